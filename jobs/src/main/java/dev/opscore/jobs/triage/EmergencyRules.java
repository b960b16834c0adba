package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;
import static dev.opscore.jobs.triage.Rule.hazardIf;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/**
 * EMERGENCY without SAFETY: serious property damage, a home without heat in the cold, without
 * water or power, a home that cannot be secured, or a person stuck but not hurt.
 * (Gas, fire, smoke, CO and electrical emergencies live in {@link SafetyRules}.)
 */
final class EmergencyRules {

    private static final String CANT = "(?:can'?t|cant|cannot|can\\snot|won'?t|wont|doesn'?t|doesnt|does\\snot|will\\snot"
            + "|no\\slonger|unable\\sto)";
    private static final String COLD_WEATHER = "(?:^|\\s)-\\d{1,2}\\b|\\bfreez\\w*|\\bsnow\\w*|\\bbelow\\s(?:zero|freezing)|\\bminus\\s\\d+|-\\d+\\s?(?:f\\b|degrees|wind)"
            + "|\\b[0-5]?\\d\\s?(?:degrees|deg\\b|°|grados)|\\b[0-5]?\\d\\s?f\\b|\\b(?:in\\s)?the\\steens\\b|\\bice\\s(?:cold|on)\\b"
            + "|\\bwinter\\b|\\bjanuary\\b|\\bfebruary\\b|\\bdecember\\b|\\bwind\\schill\\b|\\b(?:[0-3]?\\d)\\sout(?:side)?\\b"
            + "|\\bbajo\\scero\\b|\\bneva\\w*|\\bhelad[oa]\\b|\\b(?:mucho|muchisimo|un)\\sfrio\\b|\\bfrio\\sterrible\\b"
            + "|\\b(?:forty|thirty|fifty)[\\s-]\\w+\\sdegrees\\b|\\b(?:forty|thirty|fifty)\\sdegrees\\b"
            + "|(?=-?\\d)(?<!\\b(?:at|by|around|after|before|until|till|til|from|since|about)\\s)(?<![\\w:])-?[0-3]?\\d\\s(?:degrees\\s)?(?:tonight|overnight|tomorrow)\\b"
            + "|\\blows?\\s(?:of|in\\sthe|around|near)\\s(?:-?[0-3]?\\d|teens|single\\sdigits|20s|twenties|30s|thirties)\\b|\\bcold\\s(?:snap|front|wave|spell)\\b"
            + "|\\barctic\\b|\\bpolar\\svortex\\b|\\bfrigid\\b|\\bbitter(?:ly)?\\scold\\b|\\bsub[\\s-]?zero\\b|\\bola\\sde\\sfrio\\b|\\bfrio\\sextremo\\b"
            + "|\\bhace\\s(?:mucho\\s|muchisimo\\s)?frio\\b|\\bcongel\\w*|\\bsee\\s(?:our|my|your)\\sbreath\\b";
    static final String NO_HEAT = "\\b(?:no|without)\\s(?:heat|heating|haet|heet|hete)\\b|\\bheat(?:'s|\\sis|\\shas)?\\s(?:has\\sbeen\\s|been\\s|is\\s)?"
            + "(?:out|off|not\\s(?:on|working)|gone|dead|went\\s(?:out|off))\\b|(?<!\\bwater\\s)\\b(?:heat|heater|furnace|boiler|heat\\spump)\\s" + ANY + "{0,12}"
            + "(?:" + CANT + "\\s(?:turn\\son|come\\son|work|start)|stopped\\sworking|(?:just\\s)?died|is\\sdead|dead\\b|quit"
            + "|appears\\sto\\sbe\\sout|is\\sout|no\\sprende|blowing\\scold)|\\bradiators\\s(?:are\\s)?(?:all\\s)?(?:ice\\s)?cold"
            + "|\\bnothing\\s(?:is\\s)?coming\\sout\\sof\\sthe\\svents|\\b(?:no\\s(?:hay|tenemos)|sin)\\scalefaccion"
            + "|\\bcalefaccion\\sno\\s(?:funciona|prende|sirve|enciende)|\\bse\\s(?:apago|descompuso)\\sla\\scalefaccion"
            + "|(?<!\\bwater\\s)\\b(?:heat|heating|heater|furnace|boiler|heat\\spump)\\s(?:\\w+\\s){0,2}?(?:is|are|was|has\\sbeen|been|went|got)\\s(?:\\w+\\s)?"
            + "(?:off|out|down|broken|busted|not\\s(?:working|on|running|coming\\son)|dead)\\b"
            + "|(?<!\\bwater\\s)\\b(?:heat|heating|heater|furnace|boiler)\\s(?:isn'?t|isnt|aint|ain'?t|is\\snot|wasn'?t|hasn'?t\\sbeen)\\s(?:working|on|running|coming\\son|turning\\son)\\b"
            + "|\\bsin\\s(?:calefaccion|calor)\\b|\\bla\\scalefaccion\\s(?:no\\s(?:esta\\s)?(?:funcionando|prendida|encendida|sirve)|esta\\s(?:apagada|rota|descompuesta))"
            + "|\\b(?:el|la)\\s(?:calentador|boiler|caldera|calefactor)\\s(?:no\\s(?:funciona|prende|enciende|sirve)|esta\\s(?:apagad[oa]|descompuest[oa]|rot[oa]))";

    /** Water or power gone (not hot water, not a single outlet): an emergency for someone who cannot do without. */
    private static final String NO_WATER_OR_POWER = "\\b(?:no|without)\\s(?:running\\s)?water\\b(?!\\s(?:pressure|heater|bill|in\\sthe\\s(?:toilet|tub|dishwasher|washer)))"
            + "|\\b(?<!hot\\s)water\\s(?:is\\s|was\\s|has\\sbeen\\s|got\\s|been\\s)?(?:shut|turned|cut)\\s(?:off|out)\\b|\\bwater'?s\\s(?:off|out)\\b"
            + "|\\b(?:no|without)\\s(?:power|electricity)\\b|\\b(?:power|electricity)(?:'s|\\sis|\\shas|\\swas)?\\s(?:been\\s)?(?:completely\\s)?(?:out|off|gone|down|cut)\\b"
            + "|\\b(?:power|electricity|lights)\\swent\\s(?:out|off)\\b|\\blost\\s(?:all\\s)?(?:power|electricity)\\b|\\bpower\\soutage\\b(?!\\snotice)"
            + "|\\b(?:no\\s(?:hay|tenemos)|sin)\\s(?:agua|luz|electricidad|corriente)\\b(?!\\scaliente)|\\bse\\s(?:fue|corto|cortaron|fueron)\\s(?:la\\s|el\\s)?(?:luz|agua|electricidad|corriente)\\b";
    /** Someone the cold, the dark or a dry tap endangers: the very old, the very young, the sick. */
    private static final String VULNERABLE = "\\b(?:[6-9]\\d|1[01]\\d)[\\s-](?:year|yr)s?[\\s-]old\\b|\\b(?:sixty|seventy|eighty|ninety)[\\s-]\\w+\\syears?\\sold\\b"
            + "|\\b(?:sixty|seventy|eighty|ninety)[\\s-]?\\w*\\s(?:year|yr)s?[\\s-]old\\b"
            + "|\\belderly\\b|\\bsenior\\s(?:citizen|parent|mother|father)|\\bold\\s(?:man|woman|lady)\\b|\\bgrand(?:ma|pa|mother|father|parents?)\\b"
            + "|\\b(?:infant|newborn|new\\sborn|baby|babies|toddler|preemie)s?\\b|\\b(?:\\d{1,2}|one|two|three|four|six|eight|ten)[\\s-](?:week|month)s?[\\s-]old\\b"
            + "|\\bpregnant\\b|\\boxygen\\b|\\bdisabled\\b|\\bdisability\\b|\\bwheelchair\\b|\\bbed[\\s-]?(?:ridden|bound)\\b|\\bhospice\\b"
            + "|\\b(?:medical|heart|lung|chronic)\\scondition\\b|\\bcopd\\b|\\bchemo\\w*|\\bdialysis\\b|\\bventilator\\b|\\bnebuli[sz]er\\b|\\binsulin\\b"
            + "|\\bcpap\\b|\\brecovering\\sfrom\\s(?:surgery|a\\sstroke|chemo)|\\bsick\\s(?:kid|child|baby|mother|father|mom|dad)\\b"
            + "|\\bancian[oa]s?\\b|\\babuel[oa]s?\\b|\\badult[oa]\\smayor\\b|\\bbebes?\\b|\\brecien\\snacid[oa]s?\\b|\\bembarazada\\b"
            + "|\\boxigeno\\b|\\bdiscapacitad[oa]s?\\b|\\b\\d{1,2}\\smeses\\b|\\bpersona\\smayor\\b|\\bsilla\\sde\\sruedas\\b";
    /** Equipment that needs power to keep someone alive. */
    private static final String LIFE_SUPPORT = "\\boxygen\\b|\\bconcentrator\\b|\\bventilator\\b|\\bdialysis\\b|\\bcpap\\b|\\bbipap\\b"
            + "|\\bnebuli[sz]er\\b|\\binsulin\\b|\\bapnea\\b|\\boxigeno\\b|\\bventilador\\smecanico\\b|\\bdialisis\\b";
    /** The home itself is cold enough to say the heat is gone: breath visible, numb fingers, a reading in the forties. */
    private static final String COLD_INSIDE = "\\b(?:can|could)\\s(?:\\w+\\s)?see\\s(?:our|my|your|their|his|her)\\sbreath\\b"
            + "|\\b(?:can'?t|cannot|can\\snot)\\sfeel\\s(?:my|our|his|her|their)\\s(?:fingers|toes|hands|feet)\\b"
            // the cheap look-ahead first: the look-behind below is costly, so it runs only where a reading can start
            + "|(?=\\b(?:[3-5]\\d|(?:apartment|apt|unit|house|place|bedroom|inside|thermostat|it|hace|estamos|hay)\\b))"
            + "(?<!(?:fridge|refrigerator|freezer|cooler|nevera|refri\\w*|oven|water|tub|shower|pool)\\b" + ANY + "{0,80})"
            + "(?<![$\\d.,])(?:\\b(?:[3-4]\\d|5[0-6])\\s?(?:degrees|deg|°f?|f)?\\s(?:inside|in\\shere|indoors|in\\s(?:the|my|our)\\s(?:apartment|apt|unit|house|bedroom|living\\sroom|kitchen|place|home))\\b"
            + "|\\b(?:apartment|apt|unit|house|place|bedroom|inside|thermostat|it)\\s(?:is|was|reads|says|shows|got\\sdown\\sto|dropped\\sto|is\\sat|is\\sreading|is\\sdown\\sto)\\s(?:only\\s|barely\\s)?"
            + "(?:[3-4]\\d|5[0-6])\\s?(?:degrees|deg|°f?|f)\\b(?!\\s(?:out|outside))"
            + "|\\b(?:hace|estamos\\sa|hay)\\s(?:[0-9]|1[0-4]|[3-4]\\d|5[0-6])\\sgrados\\s(?:adentro|dentro|en\\s(?:la\\scasa|el\\sapartamento|el\\sdepartamento))\\b)"
            + "|\\bse\\s(?:nos\\s|me\\s)?ve\\s(?:el|nuestro|mi)\\saliento\\b|\\bno\\s(?:siento|sentimos)\\s(?:los|mis)\\sdedos\\b";

    static final List<Rule> RULES = List.of(
            hazard("ACTIVE_FLOODING",
                    "\\bflood(?:ing|ed|s)?\\b(?!\\s(?:with|insurance|zone|light|lights))"
                            + "|\\b(?:burst|bursted|busted|broken|exploded)\\s(?:water\\s)?(?:pipe|line|main)s?\\b"
                            + "|\\b(?:pipe|water\\sline|supply\\sline|water\\smain|hose|tubo|water\\sheater)s?\\b" + ANY + "{0,30}\\b(?:burst|bursted|busted|exploded|split"
                            + "|broke|snapped|let\\sgo|came\\soff|blew)\\b"
                            + "|\\bwater\\s(?:is\\s|keeps\\s)?(?:pouring|gushing|flowing|streaming|coming|spraying|running)\\s"
                            + "(?:in\\s|down\\s|out\\s)?(?:through|from|of|out)\\s" + ANY + "{0,15}\\b(?:ceiling|light|roof|walls?|skylight)\\b"
                            + "|\\b(?:pouring|gushing)\\s(?:water|down|through|out)\\b"
                            + "|\\bwater\\s(?:is\\s|keeps\\s)?(?:everywhere|all\\sover|spraying|shooting|gushing|streaming"
                            + "|running\\sout|running\\sdown\\s(?:the\\s)?(?:inside|walls?|stair\\w*|ceiling)|coming\\sup\\sthrough"
                            + "|coming\\sin\\sunder|coming\\sout\\sinto|spreading)"
                            + "|\\b(?:inch|inches|centimetros)\\s(?:of\\s|de\\s)?(?:water|agua)|\\b\\d+\\sinch(?:es)?\\son\\sthe\\sfloor"
                            + "|\\b(?:overflow\\w*|desbord\\w*)\\b" + ANY + "{0,40}\\b(?:" + CANT + "\\sstop|no\\spara)"
                            + "|\\bceiling\\b(?!\\s(?:tiles?|fan|light))" + ANY + "{0,20}\\b(?:bulging|sagging|ballooning)|\\btecho\\sse\\sesta\\sinflando"
                            + "|\\binund\\w*|\\btuberia\\s(?:rota|reventada)|\\bse\\s(?:rompio|reviento)\\s(?:la|una|el|un)\\s(?:tuberia|tubo|caneria|manguera)"
                            + "|\\bagua\\s(?:sale\\s|saliendo\\s)?por\\stod(?:os|as|o)\\s(?:lados|partes|el\\spiso)"
                            + "|\\b(?:cayendo|saliendo|sale|entrando|chorreando)\\s(?:mucha\\s)?agua\\s(?:del|por\\sel|de\\sla)\\s(?:techo|pared|piso)"
                            + "|\\bagua\\s(?:saliendo|cayendo)\\s(?:del|por\\sel)\\stecho|\\bcayendo\\s(?:mucha\\s)?agua\\b|\\bcomo\\s(?:una\\s)?cascada\\b|\\bsigue\\ssaliendo\\b",
                    Set.of(), true),
            hazard("SEWAGE_BACKUP",
                    "\\b(?:sewage|sewer)\\s?(?:is\\s|keeps\\s)?(?:back(?:ing|ed)?\\s?up|backup|coming\\sup|overflow\\w*|everywhere|in\\sthe|on\\sthe|all\\sover)"
                            + "|\\bbacked\\sup\\ssew\\w*|\\bback(?:ing|ed)\\sup\\swith\\s(?:sewage|sewer)|\\baguas\\s(?:negras|residuales)\\b",
                    Set.of(), true),
            hazard("TRAPPED_IN_ELEVATOR",
                    "\\b(?:stuck|trapped)\\sin\\s(?:the\\s|an\\s)?(?:elevator|lift)\\b"
                            + "|\\b(?:elevator|lift)\\s" + ANY + "{0,25}\\b(?:with\\s(?:someone|people|a\\sperson|my\\s\\w+)\\s(?:inside|in\\sit|trapped|stuck))"
                            + "|\\batrapad\\w*\\sen\\sel\\s(?:ascensor|elevador)",
                    Set.of(), true),
            hazard("ENTRY_NOT_SECURE",
                    "\\b(?:front|entry|entrance|apartment|apt|unit|main|exterior|back)\\sdoor\\s" + ANY + "{0,40}"
                            + CANT + "\\s(?:stay\\s)?(?:lock|close|closed|latch|shut|be\\slocked|be\\ssecured)"
                            + "|\\bcan'?t\\s(?:lock|secure|close)\\s(?:my|the|our)\\s(?:front\\s|entry\\s|apartment\\s)?door\\b"
                            + "|\\b(?:front\\s)?door\\s(?:lock\\s)?" + ANY + "{0,30}\\b(?:i\\s)?(?:can'?t|cant|cannot)\\slock\\sit\\b"
                            + "|\\bdoor\\s(?:was\\s|got\\s)?(?:kicked|broken)\\sin\\b|\\b(?:deadbolt|door\\slock)\\b" + ANY + "{0,60}\\b" + CANT
                            + "\\s(?:stay\\s)?(?:lock|shut|closed|close)\\b|(?<!(?:bedroom|closet|bathroom|cabinet|pantry|shower|oven|fridge|freezer|dishwasher|screen|lobby)\\s)\\bdoor\\s" + ANY + "{0,30}\\b(?:swings|slides|can\\sbe\\spushed)\\sopen\\b"
                            + "|\\bground\\sfloor\\swindow\\s" + ANY + "{0,20}(?:won'?t|doesn'?t|can'?t|cannot)\\s(?:lock|close|latch)"
                            + "|\\bpuerta\\s(?:principal\\s|de\\sentrada\\s|de\\senfrente\\s)?no\\s(?:cierra|se\\spuede\\scerrar|tiene\\sseguro)"
                            + "|\\bpuerta\\s" + ANY + "{0,40}\\bse\\sabre\\ssola",
                    Set.of(), true),
            hazardIf("GROUND_FLOOR_OPENING",
                    "\\b(?:window|door|ventana|puerta|vidrio|glass)\\b" + ANY + "{0,60}\\b(?:shatter\\w*|smashed|wide\\sopen|slides?\\sopen"
                            + "|big\\sopen\\shole|no\\scierra|queda\\sabierta|se\\ssalio|came\\soff|" + CANT + "\\s(?:\\w+\\s){0,4}(?:lock|secure|close)"
                            + "|no\\shay\\sforma\\sde\\scerrar\\w*)|\\b(?:shatter\\w*|smashed)\\b" + ANY + "{0,40}\\b(?:window|door|glass)",
                    "\\bground[\\s-]?(?:floor|level)\\b|\\bplanta\\sbaja\\b|\\bprimer\\spiso\\b|\\bfirst\\sfloor\\b",
                    Set.of(), true),
            hazardIf("NO_HEAT_IN_COLD", NO_HEAT, COLD_WEATHER, Set.of(), true),
            hazardIf("VULNERABLE_WITHOUT_UTILITY", NO_HEAT + "|" + NO_WATER_OR_POWER, VULNERABLE, Set.of(), true),
            hazardIf("LIFE_SUPPORT_WITHOUT_POWER", NO_WATER_OR_POWER, LIFE_SUPPORT, Set.of(RiskFlag.SAFETY), true),
            hazard("COLD_INSIDE", COLD_INSIDE, Set.of(), true),
            hazard("NO_WATER_IN_UNIT",
                    "\\bno\\s(?:running\\s)?water\\s(?:at\\sall|whatsoever|anywhere(?!\\s(?:near|close|around))|in\\s(?:the|my|our)\\s(?:whole|entire)"
                            + "|in\\s(?:the|my|our)\\s(?:apartment|apt|unit|place|house))"
                            + "|\\bno\\swater\\s(?:in\\s)?(?:the\\s)?(?:whole|entire)\\s(?:apartment|apt|unit|place)"
                            + "|\\bwater(?:'s\\sbeen|'s|\\sis|\\shas\\sbeen|\\swas)?\\s(?:out|off|shut\\soff|cut\\soff|gone)\\s(?:in|for|to|throughout)\\s(?:the|my|our)\\s(?:whole|entire)\\s(?:apartment|apt|unit|place|house)\\b"
                            + "|\\b(?:no\\s(?:hay|tenemos)|sin)\\sagua\\s(?:en\\stodo|en\\sel\\s(?:apartamento|apto|departamento)|en\\sla\\scasa)",
                    Set.of(), true),
            hazard("NO_POWER_IN_UNIT",
                    "\\b(?:no\\s(?:power|electricity)|(?:power|electricity)\\s(?:is\\s)?(?:completely\\s)?out|power\\swent\\sout"
                            + "|lost\\s(?:all\\s)?power)\\b" + ANY + "{0,30}\\b(?:in\\s(?:my|the|our)\\s(?:whole\\s|entire\\s)?(?:apartment|apt|unit|place)"
                            + "|at\\sall|anywhere|whole\\s(?:apartment|apt|unit)|entire\\s(?:apartment|apt|unit))"
                            + "|\\b(?:whole|entire)\\s(?:apartment|apt|unit)\\s(?:lost\\spower|is\\sdark|has\\sno\\spower)"
                            + "|\\b(?:whole|entire)\\s(?:apartment|apt|unit|place|house)\\s(?:has\\sbeen\\s|is\\s|has\\sgone\\s)?(?:without|with\\sno)\\s(?:any\\s)?(?:power|electricity)"
                            + "|\\bno\\s(?:hay|tenemos)\\s(?:luz|electricidad)\\sen\\stodo|\\bse\\s(?:fue|corto)\\sla\\sluz\\sen\\stodo",
                    Set.of(), true));

    private EmergencyRules() {}
}
