package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.List;

/** HARASSMENT: harassment, stalking or threats by or toward anyone; not mere rudeness. */
final class HarassmentRules {

    private static final RiskFlag HARASSMENT = RiskFlag.HARASSMENT;

    static final List<Rule> RULES = List.of(
            mention("HARASSMENT", "\\bhar+as+\\w*|\\bacos(?:o|a|an|ando|ador\\w*)\\b|\\bhostiga\\w*"
                    + "|\\bsexual(?:ly)?\\s(?:harass\\w*|comments?|advances?|remarks?)\\b|\\binappropriate(?:ly)?\\s(?:comments?|touch\\w*|messages?|texts?)\\b"
                    + "|\\b(?:touched|groped|grabbed)\\sme\\b", HARASSMENT),
            mention("STALKING", "\\bstalk(?:s|ing|ed|er|ers)?\\b(?!\\sof\\scelery)|\\bfollow(?:s|ed|ing)\\sme\\s(?:home|around|to|into|everywhere)\\b"
                    + "|\\bwon'?t\\sleave\\sme\\salone\\b|\\bwatching\\sme\\sthrough\\b|\\bme\\ssigue\\b|\\bme\\sesta\\ssiguiendo\\b", HARASSMENT),
            mention("THREAT", "\\bthreat\\w*|\\bthret\\w*|\\bamenaz\\w*"
                    + "|\\b(?:kill|shoot|stab|hurt|beat\\sup|beat)\\s(?:you|him|her|them|us|me|my\\s\\w+)\\b"
                    + "|\\bte\\svoy\\sa\\s(?:matar|pegar)|\\bme\\s(?:va|van)\\sa\\s(?:matar|pegar)\\b"
                    + "|\\byou'?(?:ll|\\swill)\\sregret\\b|\\bwatch\\syour\\sback\\b", HARASSMENT));

    private HarassmentRules() {}
}
