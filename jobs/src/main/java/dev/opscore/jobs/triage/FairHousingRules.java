package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.List;

/** FAIR_HOUSING: discrimination claims, accommodation/modification requests, retaliation. */
final class FairHousingRules {

    private static final RiskFlag FAIR_HOUSING = RiskFlag.FAIR_HOUSING;
    private static final String PROTECTED = "(?:black|white|hispanic|latin[oax]|mexican|asian|arab|muslim|jewish|christian"
            + "|catholic|gay|lesbian|queer|trans\\w*|disabled|handicapped|deaf|blind|pregnant|an?\\simmigrant|foreign"
            + "|a\\swoman|a\\sman|a\\ssingle\\s(?:mom|mother|dad|father)|my\\s(?:race|religion|disability|accent|skin|color|colour"
            + "|kids|children|baby|nationality|ethnicity|gender|sex|age|wheelchair|faith)|(?:i|we)\\shave\\s(?:kids|children))";

    static final List<Rule> RULES = List.of(
            mention("DISCRIMINATION", "\\bdiscrimin\\w*|\\bracis[mt]\\w*|\\bsexis[mt]\\w*|\\bprejudic\\w*|\\bbias(?:ed)?\\sagainst\\b"
                    + "|\\bfair\\shousing\\b|\\bhud\\scomplaint\\b|\\bprotected\\sclass\\b", FAIR_HOUSING),
            mention("PROTECTED_CLASS_TREATMENT", "\\b(?:because|since|just\\sbecause|cause|cuz|bc|due\\sto\\sthe\\sfact)\\s"
                    + "(?:i'?m\\s|i\\sam\\s|we'?re\\s|we\\sare\\s|he'?s\\s|she'?s\\s|they'?re\\s|of\\s)?" + PROTECTED + "\\b"
                    + "|\\bpor\\sser\\s(?:negr[oa]|latin[oa]|mexican[oa]|inmigrante|mujer|discapacitad[oa])|\\bpor\\smis\\shijos\\b", FAIR_HOUSING),
            mention("REASONABLE_ACCOMMODATION", "\\breasonable\\s(?:accommodation|accomodation|modification)s?\\b"
                    + "|\\baccomm?odations?\\s(?:request|for\\smy|due\\sto|because)\\b|\\bacomodo\\srazonable\\b"
                    + "|\\b(?:my|his|her|our)\\s(?:disabilit\\w*|wheelchair|walker|mobility\\s(?:issue|device)s?)\\b"
                    + "|\\bdiscapacidad\\b", FAIR_HOUSING),
            mention("ASSISTANCE_ANIMAL", "\\b(?:service|assistance|support|emotional\\ssupport|therapy|companion|guide)\\s(?:animal|dog|cat|pet)s?\\b"
                    + "|\\besa\\s(?:letter|dog|cat|animal)\\b|\\banimal\\sde\\s(?:servicio|apoyo|asistencia)\\b"
                    + "|\\bperro\\s(?:de\\s)?(?:servicio|guia|de\\sapoyo)\\b", FAIR_HOUSING),
            mention("ACCESSIBILITY_CHANGE", "\\bgrab\\sbars?\\b|\\bwheelchair\\s(?:ramp|access\\w*)\\b|\\b(?:install|need|add|build)\\s(?:a\\s)?ramp\\b"
                    + "|\\baccessib\\w*|\\bhandicap(?:ped)?\\s(?:parking|spot|space|access\\w*)\\b|\\bdisabled\\s(?:parking|spot|space)\\b"
                    + "|\\bada\\s(?:compliant|accessible|requirements?)\\b|\\bbarras\\sde\\sapoyo\\b|\\brampa\\b", FAIR_HOUSING),
            mention("RETALIATION", "\\bretaliat\\w*|\\brepresalias?\\b|\\bpayback\\sfor\\s(?:complaining|reporting)\\b"
                    + "|\\bbecause\\si\\s(?:complained|reported)" + ANY + "{0,20}\\b(?:now|raised|evict|refus)", FAIR_HOUSING));

    private FairHousingRules() {}
}
