package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;

import dev.opscore.policy.RiskFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People at risk described without alarm words: a staff member's attention to a child, or a
 * neighbour nobody has seen for days behind a door that smells of decay. Both are stated with
 * negations ("haven't seen her"), so these cues are never negated.
 */
final class WelfareRules {

    private static final String CHILD = "(?:(?:my|our|his|her|their)\\s(?:[\\w-]+\\s){0,3}(?:daughter|son|kid|kids|child|children|girl|boy"
            + "|stepdaughter|stepson|niece|nephew|granddaughter|grandson|toddler)s?\\b"
            + "|(?:my|our|his|her|their)\\s(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)[\\s-](?:year|yr)[\\s-]old\\b"
            + "(?!\\s(?:car|building|house|fridge|stove|dog|cat|furnace|boiler|appliance|washer|dryer|unit|water\\sheater|carpet|window)))";
    private static final String NINO = "(?:mi|mis|nuestr[oa]s?)\\s(?:\\w+\\s){0,1}(?:hij[oa]s?|nin[oa]s?|nieta?o?s?|sobrin[oa]s?)\\b";
    private static final String STAFF = "\\b(?:maintenance|super|superintendent|handyman|janitor|porter|custodian|doorman|staff"
            + "|employee|worker|contractor|technician|tech|leasing|manager|landlord|owner|groundskeeper|security\\sguard|guard"
            + "|exterminator|plumber|electrician|painter|mantenimiento|conserje|portero|encargado|empleado|trabajador|gerente"
            + "|administrador|dueno|tecnico|guardia)\\b";

    static final List<Rule> RULES = List.of(
            cueIf("STAFF_ATTENTION_TO_CHILD",
                    "\\b(?:hugg\\w*|kiss\\w*|touch\\w*|tickl\\w*|grabb\\w*|fondl\\w*|groom\\w*|cuddl\\w*)\\s(?:" + CHILD + ")"
                            + "|\\b(?:gave|giving|gives|give|offered|offering|offers|bought|buying|buys|brings?|brought|slipped)\\s" + CHILD
                            + "\\s(?:\\w+\\s){0,2}(?:candy|candies|sweets|gifts?|presents?|money|cash|toys?|snacks|(?:cell\\s)?phones?|tablet)"
                            + "|\\b(?:took|taking|takes|take|snapp\\w*|filming|filmed|films)\\s(?:\\w+\\s){0,2}(?:photos?|pictures?|pics|videos?|selfies)\\s(?:of|with)\\s" + CHILD
                            + "|\\b(?:alone|private(?:ly)?|in\\sprivate)\\swith\\s" + CHILD
                            + "|\\b(?:staring|stares|stared|leering|leers|winks?|winking|whistl\\w*)\\s(?:at\\s)?" + CHILD
                            + "|\\b(?:told|tells|telling|asked|asks|asking|invited|invites|inviting|wanted|wants|tried\\sto\\sget)\\s" + CHILD
                            + ",?\\s(?:[\\w']+,?\\s){0,3}(?:to\\s(?:sit\\son|come\\s(?:in|inside|into|over|up|(?:to|by)\\s(?:the|his)\\s(?:office|basement|shop|truck|van|apartment|unit|room|boiler\\sroom|storage))|get\\sin\\shis|keep\\sa\\ssecret|hang\\sout)|by\\s(?:her|him)self|not\\sto\\stell|into\\shis|inside\\shis|to\\shis\\s(?:apartment|office|truck|van|unit|basement)|out\\b)"
                            + "|\\b" + CHILD + ANY + "{0,60}\\b(?:uncomfortable|creep\\w*|inappropriate\\w*|keep\\sa\\ssecret|their\\ssecret|our\\ssecret"
                            + "|sit\\son\\shis\\slap|on\\shis\\slap|(?:hug|touch|kiss|grabb?|tickl)(?:s|es|ed|ing|ged|ging)?\\s(?:her|him|them)\\b"
                            + "|her\\sbody|(?:his|my)\\s(?:little\\s)?(?:girlfriend|boyfriend|novia|novio)|how\\s(?:pretty|cute|sexy|hot)|so\\s(?:pretty|sexy|hot)|to\\shis\\s(?:apartment|office|truck|van|unit|basement))"
                            + "|\\b(?:regal(?:a|o|os|ando)|dulces|fotos|a\\ssolas|(?:la|lo|le)\\s(?:toca|toco|abraza|abrazo|besa|beso)|incomod\\w*)\\b" + ANY + "{0,40}\\b" + NINO
                            + "|\\b" + NINO + ANY + "{0,60}\\b(?:regalos?|dulces|fotos|a\\ssolas|incomod\\w*|(?:la|lo|le)\\s(?:toca|toco|abraza|abrazo|besa|beso)|secreto)\\b",
                    STAFF, EnumSet.of(RiskFlag.HARASSMENT, RiskFlag.SAFETY)),
            cueIf("NEIGHBOUR_NOT_SEEN",
                    "\\b(?:haven'?t|have\\snot|hasn'?t|has\\snot|nobody\\shas|no\\sone\\shas|not|no\\sone'?s|nobody'?s)\\s(?:\\w+\\s)?(?:seen|heard\\sfrom|heard)\\s"
                            + "(?:my\\s|our\\s|the\\s)?(?:\\w+\\s)?(?:neighbou?rs?|her|him|them|mr\\.?|mrs\\.?|ms\\.?|miss|lady|man|guy|woman|tenant|resident|person|couple|anyone\\s(?:in|from)|\\w+\\s(?:in|from)\\s(?:unit|apt|apartment|\\d))(?:\\b|(?<=\\.))"
                            + ANY + "{0,50}\\b(?:days|a\\sweek|weeks|since\\s(?:last\\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week))\\b"
                            + "|\\b(?:hasn'?t|has\\snot|haven'?t|have\\snot)\\s(?:answered|opened|come\\sout|left|been\\sout|picked\\sup|collected)\\b" + ANY
                            + "{0,40}\\b(?:days|a\\sweek|weeks)\\b"
                            + "|\\bno\\s(?:ha|han)\\s(?:salido|abierto|contestado|abierto\\sla\\spuerta|recogido)\\b" + ANY + "{0,40}\\b(?:dias|semanas?)\\b"
                            + "|\\bwelfare\\scheck\\b|\\bcheck\\son\\s(?:him|her|them|my\\sneighbou?r|the\\s(?:old|elderly)\\s\\w+)\\b"
                            + "|\\bno\\s(?:he|hemos|han|ha)\\svisto\\s(?:a\\s)?(?:la|el|mi|nuestr[oa]|los|las)\\s(?:\\w+\\s)?(?:vecin[oa]s?|senor|senora|inquilin[oa]s?|abuel[oa]|viejit[oa])\\b" + ANY + "{0,40}\\b(?:dias|semanas?)\\b"
                            + "|\\bno\\s(?:la|lo|los|las)\\s(?:he|hemos|han)\\svisto\\s" + ANY + "{0,40}\\b(?:dias|semanas?)\\b"
                            + "|\\bhace\\s(?:\\w+\\s)?(?:dias|semanas?)\\sque\\sno\\s(?:la|lo|veo|vemos|sale|contesta)\\b",
                    "\\b(?:smell\\w*|odou?r|stench|stink\\w*|reek\\w*|decay\\w*|decompos\\w*|rott\\w*|flies|death|dead|dying|died"
                            + "|mail\\s(?:is\\s)?piling|packages\\s(?:are\\s)?piling|not\\sanswering|won'?t\\sanswer|no\\sanswer|doesn'?t\\sanswer"
                            + "|olor|huele|peste|apesta|podrido|muert[oa]|moscas|no\\scontesta|no\\sabre)\\b",
                    EnumSet.of(RiskFlag.SAFETY)));

    private WelfareRules() {}

    /** A cue that needs a second cue elsewhere in the message; neither is negated. */
    private static Rule cueIf(String name, String regex, String contextRegex, Set<RiskFlag> flags) {
        return new Rule(name, Pattern.compile(regex), flags, false, false, Pattern.compile(contextRegex));
    }
}
