package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;
import static dev.opscore.jobs.triage.Rule.hazardIf;

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
                            // hedged: "smelled a little like gas", "smells kind of like gas", "a faint whiff of gas"
                            + "|\\bsme+l+\\w*\\s(?:a\\s(?:little|bit|tad|little\\sbit)|kind\\sof|sort\\sof|kinda|sorta|faintly|slightly|strongly|really|very)\\s"
                            + "(?:of\\s|like\\s)?(?:natural\\s)?gas\\b|\\b(?:whiff|hint|trace|odou?r|scent)\\sof\\s(?:natural\\s)?gas\\b"
                            + "|\\bgas(?<!sewer\\sgas)(?<!sewage\\sgas)\\s(?:leak\\w*|sme+l+\\w*|odou?r\\w*|fumes?)"
                            + "|\\bgas\\s(?:is\\s)?(?:hiss\\w*|escaping|coming\\sout)|\\bhiss\\w*\\sgas\\b"
                            + "|\\bleak\\w*\\sgas\\b|\\brotten\\segg\\w*\\ssme+l+"
                            + "|\\b(?:olor|huele|oler)\\s(?:\\w+\\s){0,2}(?:a|de)\\sgas\\b|\\bfuga\\sde\\sgas\\b",
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
                    "\\bsmoke\\b(?<!\\b(?:cigarette|cigar|weed|pot|vape|hand)\\ssmoke)"
                            + "(?<!\\b(?:people|they|to|he|she|i|you|we|who|tenants|neighbou?rs?)\\ssmoke)(?!\\s?(?:" + ALARM + "|free|-free|weed|break|shop|cigar\\w*|marijuana|hookah|vap\\w*|pot\\b|cannabis))"
                            + "(?!\\s(?:from|of)\\s" + ANY + "{0,25}\\b(?:cigar\\w*|hookah|weed|marijuana|pot|vap\\w*|grill|bbq|barbecue|incense))"
                            + "|\\bsmoky\\b|\\bsmell\\w*\\s(?:of\\s|like\\s)?smoke\\b"
                            + "|\\bhumo\\b(?<!detector\\sde\\shumo)(?<!detectores\\sde\\shumo)(?<!alarmas\\sde\\shumo)(?<!alarma\\sde\\shumo)(?<!\\bfuma\\w{0,3}\\s[\\w\\s]{0,40}humo)(?!\\sde\\s(?:cigarr\\w*|tabaco|marihuana))",
                    SAFETY, true),
            hazard("SMOKE_ALARM_SOUNDING",
                    "\\b(?:smoke|fire)\\s" + ALARM + "\\s(?:is\\s|are\\s|keeps?\\s|has\\sbeen\\s|just\\s)?"
                            + "(?:going\\soff|went\\soff|sounding|blaring|screaming)"
                            + "(?!" + ANY + "{0,30}\\b(?:for\\sno\\sreason|randomly|no\\ssmoke|nothing\\sburning|false\\salarm))",
                    SAFETY, false),
            hazard("CARBON_MONOXIDE",
                    "\\bcarbon\\smon\\w*xide\\b(?!\\s" + ALARM + ")|\\bco\\spoisoning\\b"
                            + "|(?<!detector\\sde\\s)(?<!detectores\\sde\\s)(?<!alarma\\sde\\s)\\bmonoxido\\sde\\scarbono\\b"
                            + "|\\b(?:co|carbon\\smon\\w*xide|co2)\\s" + ALARM
                            + "\\s(?:" + ANY + "{0,30}\\s)?(?:is\\s|are\\s|keeps?\\s|has\\sbeen\\s|just\\s)?(?:started\\s)?(?<!\\bnot\\s)(?<!n't\\s)(?<!\\bno\\s)(?:going\\soff|went\\soff|sounding|blaring|alarming|screaming)"
                            + "|\\balarma\\sde\\s(?:monoxido|co\\b)" + ANY + "{0,30}\\b(?:sonando|suena|empezo\\sa\\ssonar|no\\spara|no\\sse\\sapaga)"
                            + "|\\b(?:sonando|suena|empezo\\sa\\ssonar)\\s(?:la\\s)?alarma\\sde\\s(?:monoxido|co\\b)",
                    SAFETY, true),
            hazardIf("CO_SYMPTOMS",
                    "\\b(?:headaches?|nause\\w*|dizz\\w*|lightheaded|mareo\\w*|mareados?|dolor\\sde\\scabeza)\\b",
                    "\\b(?:exhaust|fumes|furnace|boiler|heater|co\\s(?:detector|alarm)|carbon\\smon\\w*xide|calentador|estufa)\\b",
                    SAFETY, true),
            hazard("WATER_IN_ELECTRICAL",
                    "\\b(?:water|leak\\w*|drip\\w*|agua)\\b" + ANY + "{0,40}\\b(?:into|in|through|out\\sof|onto|from|behind)\\s"
                            // "out of the bathroom ceiling light fixture": up to two words name where the fixture is
                            + "(?:the\\s|my\\s|a\\s)?(?:[a-z]+\\s){0,2}?(?:light\\sfixture|fixture|breaker\\s(?:panel|box)|electrical\\s(?:panel|box)|panel"
                            + "|outlets?|sockets?)\\b",
                    SAFETY, true),
            hazard("ELECTRICAL_SPARKING",
                    "\\bspark(?:s|ing|ed|y)?\\b|\\bchispa\\w*"
                            + "|\\b(?:outlet|socket|plug|switch|wire|wiring|breaker|panel|cord|fixture|enchufe|cable)s?\\b"
                            + ANY + "{0,30}\\b(?:burning|smoking|melt\\w*|scorch\\w*|charred|on\\sfire)"
                            + "|\\b(?:burning|melt\\w*|scorch\\w*|smoking)\\s(?:outlet|socket|plug|wire|wiring|cord|panel)s?\\b"
                            + "|\\bburning\\s(?:plastic|rubber|electrical|wire)\\s?(?:smell)?|\\belectrical\\sburning\\b",
                    SAFETY, true),
            hazard("EXPOSED_WIRING",
                    "\\bexposed\\s(?:live\\s|electrical\\s)?(?:wires?|wiring)|\\blive\\swires?\\b"
                            + "|\\bcables?\\s(?:pelados|expuestos|sueltos)",
                    SAFETY, false),
            hazard("BURNING_SMELL",
                    "\\bburning\\ssme+l+|\\bsme+l+\\w*\\s(?:of\\s|like\\s)?(?:something\\s)?burn\\w*|\\bolor\\sa\\squemado",
                    SAFETY, false),
            hazard("INJURY",
                    "\\binjur\\w*|\\bhurt\\s(?:myself|himself|herself|themselves|my|his|her|badly)\\b"
                            + "|\\bbleed(?:ing|s)?\\b(?!\\s(?:the\\s|my\\s)?(?:radiators?|valves?|lines?|air|system|brakes?))"
                            + "|\\b(?:fell|slipped|tripped)\\b(?<=\\b(?:i|he|she|we|they|someone|somebody|son|daughter|kid|child|baby|toddler"
                            + "|mom|mother|dad|father|wife|husband|grandma|grandmother|grandpa|grandfather|neighbou?r|tenant|guest|resident"
                            + "|man|woman|lady)\\s(?:just\\s)?(?:fell|slipped|tripped))|\\bbroke\\s(?:my|his|her)\\s(?:arm|leg|wrist|ankle|hip|back|foot)"
                            + "|\\b(?:taking|took|rushed|going|headed|heading|to)\\s(?:him|her|them|me|my\\s\\w+\\s)?(?:to\\s)?(?:the\\s)?"
                            + "(?:urgent\\scare|er|emergency\\sroom|hospital)\\b|\\bat\\s(?:the\\s)?(?:er|urgent\\scare|emergency\\sroom)\\b|\\bstitches\\b|\\bstung\\b|\\bbitten\\b"
                            + "|\\b(?:bit|stung)\\s(?:me|my|him|her|them|us)\\b|\\ballergic\\sreaction\\b|\\bswelling\\b"
                            + "|\\bcut\\s(?:my|his|her|their)\\s(?:finger|hand|foot|feet|arm|leg|head|face)"
                            + "|\\b(?:home\\soxygen|oxygen\\s(?:concentrator|machine|tank)|ventilator|dialysis)\\b"
                            + "|\\b(?:vamos|voy|fuimos|estamos|llevamos|llevando|llevamos)\\s(?:al|en\\sel)\\s(?:hospital|urgencias)\\b"
                            + "|\\b(?:pico|mordio)\\s(?:a\\s)?(?:mi|mis)\\b|\\bme\\scai\\b"
                            + "|\\bhit\\sby\\sa\\s(?:car|vehicle|truck)|\\bbroken\\s(?:leg|arm|wrist|ankle|hip|bone|nose|rib)"
                            + "|\\bse\\scorto\\s(?:la|el|con)\\b|\\bpuntadas\\b|\\burgencias\\b"
                            + "|\\b(?:hij[oa]|nin[oa]|mama|papa|espos[oa]|abuel[oa]|vecin[oa])\\s(?:se\\s)?cayo\\b"
                            + "|\\bambulance\\b|\\b911\\b|\\bunconscious\\b|\\bpassed\\sout\\b|\\bcan'?t\\sbreathe?\\b"
                            + "|\\bchest\\spain\\b|\\bheart\\sattack\\b|\\bseizure\\b|\\bmedical\\semergency\\b|\\boverdos\\w*"
                            + "|\\bherid[oa]s?\\b|\\bsangr\\w*|\\bambulancia\\b|\\blesionad\\w*",
                    SAFETY, false),
            hazard("STRUCTURAL_DANGER",
                    "\\b(?:ceiling|roof|wall|floor|balcony|stairs?|staircase|railing|deck|porch)\\s(?:is\\s|has\\s|just\\s)?"
                            + "(?:collaps\\w*|caving|caved|came\\sdown|coming\\sdown|falling\\s(?:in|down|apart)|fell\\s(?:in|down))"
                            + "|\\bcollaps(?<!\\b(?:shelf|shelves|rod|bed|table|chair|box|tent)\\scollaps)\\w*|\\bcaving\\sin\\b|\\bderrumb\\w*|\\btecho\\sse\\s(?:cayo|esta\\scayendo)"
                            + "|\\b(?:ceiling|roof|wall|balcony|stairs?|staircase|railing|deck|porch)\\b" + ANY + "{0,40}\\b(?:pulling\\saway"
                            + "|about\\sto\\s(?:fall|collapse|come\\sdown|give)|going\\sto\\s(?:fall|collapse|come\\sdown)|gonna\\s(?:fall|collapse|come\\sdown)"
                            + "|sagging\\sand\\scrack\\w*|came\\soff\\sin\\smy\\shand)|\\b(?:almost|nearly)\\sfell\\b|\\btree\\s(?:fell|came\\sdown)\\son"
                            + "|\\bthrough\\sthe\\sroof\\b|\\bse\\scayo\\s(?:parte\\sdel|el|un\\spedazo\\sdel)\\stecho|\\bse\\sva\\sa\\s(?:caer|derrumbar)\\b",
                    SAFETY, false),
            // violence heard through a wall: "screaming and things breaking next door, I think someone is getting hurt"
            hazard("VIOLENCE_HEARD",
                    "\\b(?:some1|someone|somebody|alguien)\\s(?:is\\s|'s\\s|might\\sbe\\s|may\\sbe\\s)?(?:getting|being)\\s(?:hurt|beaten|beat\\sup|hit|attacked|killed)\\b"
                            + "|\\b(?:screaming|screams|yelling|shrieking|crying\\sfor\\shelp|gritos|gritando)\\b" + ANY + "{0,60}\\b(?:things\\s(?:breaking|smashing|crashing|being\\sthrown)"
                            + "|glass\\sbreaking|(?:someone|somebody|a\\s(?:woman|man|kid|child))\\s(?:being\\s)?(?:hit|thrown|slammed)|cosas\\squebrandose|rompiendo\\scosas|golpes)\\b"
                            + "|\\balguien\\s(?:esta\\s)?(?:saliendo\\s)?(?:lastimad[oa]|herid[oa])\\b|\\bestan\\sgolpeando\\sa\\b",
                    SAFETY, false),
            hazard("VIOLENCE_OR_WEAPON",
                    "\\bassault\\w*|\\battack\\w*|\\bpunch(?:ed|ing)\\b(?!\\s(?:a\\s)?(?:holes?|bag))|\\bhit\\s(?:me|him|her)\\b|\\bhit\\smy\\s(?:son|daughter|wife|husband|kid|child|mom|mother|dad|father|partner|girlfriend|boyfriend|friend|dog)\\b|\\bdomestic\\sviolence\\b"
                            + "|\\bviolen\\w*|\\bbreak-?\\s?in\\b|\\bbroke\\sin(?:to)?\\b|\\bintruder\\w*|\\bweapons?\\b|\\barmed\\b"
                            + "|\\bgunshots?\\b|\\bshots\\sfired\\b|(?<!water\\s)(?<!is\\s)\\bshooting\\b(?!\\s(?:out|up|from|everywhere|across))|\\bburglar\\w*|\\brobbed\\b|\\bse\\smetieron\\sa\\s(?:robar|mi\\scasa|mi\\sapartamento|el\\sapartamento)|\\b(?:nos|me)\\srobaron\\b(?!\\s(?:otro\\s|un\\s|el\\s|mi\\s)?paquete)|\\bsomeone\\s(?:tried|was\\strying)\\s(?:to\\s(?:open|get\\sin|break\\sin|force)|my\\s(?:door|handle|lock|window))|\\b(?:got|was|been)\\s(?:shot|stabbed)\\b|\\bstabb\\w*"
                            + "|\\b(?:pulled|pointed|waving|waved|with|has|had|carrying)\\s(?:a\\s|his\\s|her\\s|their\\s)?(?:gun|knife|pistol|rifle|machete)\\b|\\bmachete\\b"
                            + "|\\b(?:kill|shoot|stab|hurt)\\s(?:you|him|her|them|us|me|my\\s(?!(?:leg|arm|back|knee|ankle|wrist|hip|head|foot|feet|hand|neck|shoulder|finger|toe|elbow|rib)s?\\b)\\w+)\\b(?!\\s(?:leg|arm|back|knee|ankle|wrist|hip|head|foot|feet|hand|neck|shoulder|finger|toe|elbow|rib)s?\\b)"
                            + "|\\b(?:someone|somebody|a\\s(?:woman|man|kid|child)|she|he)\\s(?:is\\s|was\\s)?(?:getting|being)\\s(?:hurt|beaten|beat\\sup|attacked|hit)\\b|\\bscreaming\\sfor\\shelp\\b"
                            + "|\\bpistola\\b|\\bcuchillo\\b|\\barmas?\\b(?!\\sde\\sfuego)|\\barma\\sde\\sfuego\\b|\\bgolpe[oa]\\w*|\\bviolencia\\b",
                    SAFETY, false),
            // injuries and gunfire told as events rather than named: "fell down the stairs", "una bala"
            hazard("INJURY_OR_GUNFIRE_CUE",
                    "\\bfractur(?:ed|es|e)\\s(?:her|his|my|their|a|an)\\b|\\bfell\\sdown\\s(?:the\\s|several\\s|a\\sflight\\sof\\s|some\\s|two\\s|three\\s)?(?:stairs|steps)\\b"
                            + "|\\bconcussion\\b|\\b(?:me|se)\\sfractur\\w*|\\bbalacera\\b|\\bbalazos?\\b|\\btiroteo\\b|\\bdisparos\\b|\\buna\\sbala\\b"
                            + "|\\bbullets?\\s(?:hole|went|hit|came|through)|\\bkicked\\sin\\s(?:my|the|our)\\s(?:front\\s|apartment\\s)?door\\b|\\bkicked\\s(?:my|the|our)\\s(?:front\\s|apartment\\s)?door\\s(?:in|down)\\b",
                    SAFETY, false));

    private SafetyRules() {}
}
