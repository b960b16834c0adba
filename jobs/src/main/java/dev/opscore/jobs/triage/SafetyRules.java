package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/** SAFETY: people in danger. Gas, fire, smoke, CO and electrical burning are also EMERGENCY. */
final class SafetyRules {

    private static final Set<RiskFlag> SAFETY = Set.of(RiskFlag.SAFETY);
    private static final String ALARM = "(?:alarm|detector|dectector|alarma|detector)s?";

    static final List<Rule> RULES = List.of(
            hazard("GAS_SMELL",
                    "\\bsme+l+\\w*\\s(?:of\\s|like\\s|any\\s|some\\s)?(?:natural\\s)?gas\\b"
                            + "|\\bgas\\s(?:leak\\w*|sme+l+\\w*|odou?r\\w*|fumes?)"
                            + "|\\bleak\\w*\\sgas\\b|\\brotten\\segg\\w*\\ssme+l+"
                            + "|\\b(?:olor|huele|oler)\\s(?:a|de)\\sgas\\b|\\bfuga\\sde\\sgas\\b",
                    SAFETY, true),
            hazard("FIRE",
                    "(?<!camp)(?<!bon)(?<!cease\\s)\\bfire\\b(?!\\s?(?:alarm|escape|extinguisher|drill|door|place"
                            + "|pit|exit|code|inspection|marshal|hydrant|lane|works|wood|fighter|department"
                            + "|dept|safety|test|sprinkler|station|stick)|d\\b)"
                            + "|\\bon\\sfire\\b|\\bflames?\\b|\\bfuego\\b"
                            + "|(?<!alarma\\sde\\s)(?<!contra\\s)(?<!salida\\sde\\s)\\bincendios?\\b"
                            + "|\\bllamas\\b",
                    SAFETY, true),
            hazard("SMOKE",
                    "(?<!cigarette\\s)(?<!cigar\\s)(?<!weed\\s)(?<!pot\\s)(?<!vape\\s)(?<!hand\\s)"
                            + "\\bsmoke\\b(?!\\s?(?:" + ALARM + "|free|-free|weed|break|shop))"
                            + "|\\bsmoky\\b|\\bsmell\\w*\\s(?:of\\s|like\\s)?smoke\\b"
                            + "|(?<!detector\\sde\\s)(?<!alarma\\sde\\s)\\bhumo\\b(?!\\sde\\s(?:cigarr\\w*|tabaco|marihuana))",
                    SAFETY, true),
            hazard("SMOKE_ALARM_SOUNDING",
                    "\\b(?:smoke|fire)\\s" + ALARM + "\\s(?:is\\s|are\\s|keeps?\\s|has\\sbeen\\s|just\\s)?"
                            + "(?:going\\soff|went\\soff|sounding|blaring|screaming)",
                    SAFETY, false),
            hazard("CARBON_MONOXIDE",
                    "\\bcarbon\\smon\\w*xide\\b(?!\\s" + ALARM + ")|\\bco\\spoisoning\\b|\\bmonoxido\\sde\\scarbono\\b"
                            + "|\\b(?:co|carbon\\smon\\w*xide|co2)\\s" + ALARM
                            + "\\s(?:is\\s|are\\s|keeps?\\s|has\\sbeen\\s|just\\s)?(?:going\\soff|went\\soff|sounding|blaring|alarming)",
                    SAFETY, true),
            hazard("ELECTRICAL_SPARKING",
                    "\\bspark(?:s|ing|ed|y)?\\b|\\bchispa\\w*"
                            + "|\\b(?:outlet|socket|plug|switch|wire|wiring|breaker|panel|cord|fixture|enchufe|cable)s?\\b"
                            + ANY + "{0,30}\\b(?:burning|smoking|melt\\w*|scorch\\w*|charred|on\\sfire)"
                            + "|\\b(?:burning|melt\\w*|scorch\\w*|smoking)\\s(?:outlet|socket|plug|wire|wiring|cord|panel)s?\\b"
                            + "|\\bburning\\s(?:plastic|rubber|electrical|wire)\\s?(?:smell)?|\\belectrical\\sburning\\b",
                    SAFETY, true),
            hazard("BURNING_SMELL",
                    "\\bburning\\ssme+l+|\\bsme+l+\\w*\\s(?:of\\s|like\\s)?(?:something\\s)?burn\\w*|\\bolor\\sa\\squemado",
                    SAFETY, false),
            hazard("INJURY",
                    "\\binjur\\w*|\\bhurt\\s(?:myself|himself|herself|themselves|my|his|her|badly)\\b|\\bbleed\\w*"
                            + "|\\b(?:fell|slipped|tripped)\\s(?:down|and|on|off|through)\\b|\\bbroke\\s(?:my|his|her)\\s(?:arm|leg|wrist|ankle|hip|back|foot)"
                            + "|\\bambulance\\b|\\b911\\b|\\bunconscious\\b|\\bpassed\\sout\\b|\\bcan'?t\\sbreathe?\\b"
                            + "|\\bchest\\spain\\b|\\bheart\\sattack\\b|\\bseizure\\b|\\bmedical\\semergency\\b|\\boverdos\\w*"
                            + "|\\bherid[oa]s?\\b|\\bsangr\\w*|\\bambulancia\\b|\\bse\\scayo\\b|\\blesionad\\w*",
                    SAFETY, false),
            hazard("STRUCTURAL_DANGER",
                    "\\b(?:ceiling|roof|wall|floor|balcony|stairs?|staircase|railing|deck|porch)\\s(?:is\\s|has\\s|just\\s)?"
                            + "(?:collaps\\w*|caving|caved|came\\sdown|coming\\sdown|falling\\s(?:in|down|apart)|fell\\s(?:in|down))"
                            + "|\\bcollaps\\w*|\\bcaving\\sin\\b|\\bderrumb\\w*|\\btecho\\sse\\s(?:cayo|esta\\scayendo)",
                    SAFETY, false),
            hazard("VIOLENCE_OR_WEAPON",
                    "\\bassault\\w*|\\battack\\w*|\\bpunch(?:ed|ing)\\b|\\bhit\\s(?:me|my|him|her)\\b|\\bdomestic\\sviolence\\b"
                            + "|\\bviolen\\w*|\\bbreak-?\\s?in\\b|\\bbroke\\sin(?:to)?\\b|\\bintruder\\w*|\\bweapons?\\b|\\barmed\\b"
                            + "|\\bgunshots?\\b|\\bshots\\sfired\\b|\\bshooting\\b|\\b(?:got|was|been)\\s(?:shot|stabbed)\\b|\\bstabb\\w*"
                            + "|\\b(?:pulled|pointed|waving|waved|with|has|had|carrying)\\s(?:a\\s|his\\s|her\\s|their\\s)?(?:gun|knife|pistol|rifle)\\b"
                            + "|\\b(?:kill|shoot|stab|hurt)\\s(?:you|him|her|them|us|me|my\\s\\w+)\\b"
                            + "|\\bpistola\\b|\\bcuchillo\\b|\\barmas?\\b(?!\\sde\\sfuego)|\\barma\\sde\\sfuego\\b|\\bgolpe[oa]\\w*|\\bviolencia\\b",
                    SAFETY, false));

    private SafetyRules() {}
}
