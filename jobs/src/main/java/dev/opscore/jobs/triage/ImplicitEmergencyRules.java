package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;
import static dev.opscore.jobs.triage.Rule.hazardIf;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/**
 * Emergencies told by their signs rather than named: a scorch mark at an outlet, a cord hot to
 * the touch, plaster on a bed, a stranger at a window that no longer latches, rain through a
 * hallway ceiling, a neighbour nobody has seen. Understatement ("no rush") changes none of them.
 */
final class ImplicitEmergencyRules {

    private static final Set<RiskFlag> SAFETY = Set.of(RiskFlag.SAFETY);
    private static final String ELECTRICAL_THING = "(?:outlets?|sockets?|plugs?|switch(?:es)?|switch\\splate|wall\\splate|cover\\splate|breakers?|panel"
            + "|(?:extension\\s|power\\s|heater\\s)?cords?|power\\sstrips?|surge\\sprotectors?|wires?|wiring|enchufes?|tomacorrientes?|cables?|extension|regleta)";
    private static final String NOT = "(?<!\\bnot\\s)(?<!n'?t\\s)(?<!\\bno\\s)";

    /** Signs a neighbour may be lying hurt or dead inside. */
    private static final String NOT_SEEN = "\\b(?:haven'?t|havent|have\\snot|hasn'?t|hasnt|has\\snot|nobody\\shas|no\\sone\\shas|not|nobody'?s|no\\sone'?s)\\s"
            + "(?:\\w+\\s){0,2}?(?:seen|heard\\sfrom|seen\\sor\\sheard\\sfrom)\\s(?:(?:my|our|the|that)\\s(?:\\w+\\s){0,2}?(?:neighbou?r|tenant|resident|lady|man|woman|guy"
            + "|gentleman|couple|roommate|person|family|owner)s?|him|her|them|anyone|anybody|(?:mr|mrs|ms|miss)\\.?\\s\\w+|\\w+\\s(?:in|from)\\s(?:unit|apt|apartment|#)\\s?\\w+)"
            + "\\s(?:\\w+\\s){0,4}?(?:in|for|since)\\s(?:over\\s|about\\s|almost\\s|at\\sleast\\s|like\\s|a\\sgood\\s)?"
            + "(?:a\\s(?:week|while|few\\sdays|couple\\s(?:of\\s)?(?:days|weeks))|(?:\\d+|two|three|four|five|six|seven|eight|ten|several|many|a\\sfew)\\s(?:days|weeks)"
            + "|days|weeks|last\\s(?:week|\\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b"
            + "|\\bno\\s(?:la|lo|los|las)?\\s?(?:he|hemos|ha|han)\\s(?:visto|vuelto\\sa\\sver)\\s(?:\\w+\\s){0,6}?(?:en|desde|hace)\\s(?:hace\\s)?(?:una\\ssemana|unos\\sdias|varios\\sdias|\\w+\\sdias|dias|semanas)"
            + "|\\bhace\\s(?:una\\ssemana|unos\\sdias|varios\\sdias|\\w+\\sdias|dias|semanas)\\sque\\sno\\s(?:la\\s|lo\\s|los\\s|las\\s)?(?:veo|vemos|he\\svisto|hemos\\svisto|sabemos|se\\snada)"
            + "|\\b(?:welfare|wellness)\\scheck\\b|\\bchequeo\\sde\\sbienestar\\b";
    private static final String DECAY = "\\b(?:smell|stench|odou?r|stink)\\w*\\s(?:\\w+\\s){0,3}?(?:death|decay\\w*|decompos\\w*|rott\\w*|dead|putrid)"
            + "|\\b(?:smells?|smelling|stinks?)\\slike\\s(?:\\w+\\s){0,2}?(?:death|died|dead|decay\\w*|rott\\w*|decompos\\w*)|\\bsomething\\s(?:died|dead)\\b|\\bflies\\b"
            + "|\\bworried|\\bconcerned|\\bmail\\s(?:\\w+\\s)?(?:piling|piled|stacking|building)|\\bpackages?\\s(?:\\w+\\s)?(?:piling|piled|stacking|sitting)"
            + "|\\bnot\\sanswering|\\bno\\s(?:one|body)\\sanswer\\w*|\\b(?:doesn'?t|won'?t|didn'?t)\\sanswer|\\blives\\salone|\\belderly|\\bwelfare|\\bwellness"
            + "|\\bolor\\s(?:a\\s|de\\s)?(?:muerto|podrido|putrefact\\w*|descomposicion|muerte)|\\bhuele\\s(?:a\\s)?(?:muerto|podrido|muerte)"
            + "|\\bpreocupad\\w*|\\bno\\s(?:contesta|abre|responde)\\b|\\bvive\\ssol[oa]\\b|\\bcorrespondencia\\s(?:acumulada|amontonada)";

    static final List<Rule> RULES = List.of(
            hazard("ELECTRICAL_OVERHEATING",
                    "\\b" + ELECTRICAL_THING + "\\b" + ANY + "{0,40}" + NOT + "\\b(?:hot\\sto\\sthe\\stouch|too\\shot\\sto\\s(?:touch|hold)|warm\\sto\\sthe\\stouch"
                            + "|hot\\sto\\stouch|(?:really|very|super|so|extremely|burning|scary)\\shot|melt(?:s|ed|ing)|melty|discolou?red|blackened|scorch\\w*|charred|(?:burnt|burned)(?!\\sout)"
                            + "|caliente|calentando|derriti\\w*|derrite|quemad[oa])\\b"
                            + "|\\b(?:scorch|burn|black|char)\\s?marks?\\b" + ANY + "{0,40}\\b" + ELECTRICAL_THING + "\\b"
                            + "|\\b(?:burnt|burned|burning|melted|melting)\\s(?:plastic|rubber|wire|wiring|electrical)\\s?(?:smell|odou?r)?"
                            + "|\\bsme+l+\\w*\\s(?:of\\s|like\\s)?(?:burnt|burned|burning|melted|melting)\\s(?:plastic|rubber|wires?|electrical)"
                            + "|\\b(?:olor|huele)\\s(?:a\\s)?(?:plastico|cable)\\s(?:quemado|derretido)",
                    SAFETY, true),
            hazard("CEILING_FELL_ON_SOMEONE",
                    "\\b(?:ceiling|plaster|drywall|sheetrock|chunks|debris|chunks?\\sof\\s(?:the\\s)?(?:ceiling|plaster)|pieces?\\sof\\s(?:the\\s)?(?:ceiling|plaster))\\b"
                            + ANY + "{0,30}\\b(?:fell|fallen|came\\sdown|dropped|landed|crashed|collapsed|falling)\\s(?:\\w+\\s){0,4}?(?:on|onto|into|in|over)\\s"
                            + "(?:\\w+\\s){0,3}?(?:bed|beds|crib|cot|bassinet|couch|sofa|pillow|kid|kids|child|baby|son|daughter|head|me|us|him|her|bunk)\\b"
                            + "|\\b(?:ceiling|techo)\\s(?:\\w+\\s){0,3}?(?:sagg\\w*|bow(?:s|ed|ing)|bulg\\w*|droop\\w*|buckl\\w*|cracking|splitting|coming\\sloose|separating)"
                            + "\\s(?:\\w+\\s){0,3}?(?:over|above|on\\stop\\sof)\\s(?:\\w+\\s){0,2}?(?:bed|beds|crib|couch|sofa|head|heads|kids?|baby|us|me|where\\s(?:we|i|they|he|she)\\ssleep)\\b"
                            + "|\\b(?:sagging|bulging|bowing|cracking)\\sceiling\\s(?:\\w+\\s){0,3}?(?:over|above)\\s(?:\\w+\\s){0,2}?(?:bed|crib|couch|sofa|head|heads|kids?|baby)"
                            + "|\\b(?:se\\s)?(?:cayo|cayeron|desprendio|desprendieron)\\s(?:\\w+\\s){0,4}?(?:yeso|techo|plafon|cielo\\sraso)\\s(?:\\w+\\s){0,3}?(?:sobre|en|encima\\sde)\\s(?:\\w+\\s){0,2}?(?:cama|cuna|sofa|nin[oa]|bebe|hij[oa])",
                    SAFETY, true),
            hazardIf("ATTEMPTED_ENTRY_UNSECURED",
                    "\\b(?:someone|somebody|some\\sguy|a\\s(?:man|guy|person|stranger)|a\\sman|people|they|he|she|alguien|un\\shombre|un\\stipo)\\s(?:\\w+\\s)?"
                            + "(?:tried|was\\strying|is\\strying|keeps\\strying|trying|been\\strying|attempted|intento|estaba\\stratando|trato|quiso)\\s(?:to\\s|de\\s)?"
                            + "(?:open|pry|jimmy|force|get\\sin|get\\sinto|come\\sin|climb\\sin|break\\sin|abrir|forzar|entrar|meterse)\\b",
                    "\\b(?:latch|lock|cerradura|seguro|pestillo)s?\\s(?:\\w+\\s)?(?:is\\s|are\\s|esta\\s)?(?:broken|busted|missing|snapped|gone|loose|rot[oa]|descompuest[oa]|no\\sfunciona)"
                            + "|\\bbroken\\s(?:latch|lock)|\\b(?:won'?t|doesn'?t|can'?t|cannot|no\\s(?:se\\s)?(?:puede\\s)?)\\s?(?:latch|lock|close|cerrar|cierra)\\b"
                            + "|\\bno\\s(?:tiene|hay)\\s(?:seguro|cerradura|pestillo)\\b",
                    SAFETY, true),
            hazard("WATER_THROUGH_HALLWAY_CEILING",
                    "\\b(?:rain|rainwater|water|it'?s|it\\sis)\\s(?:is\\s|keeps\\s|was\\s)?(?:pouring|gushing|streaming|dumping|cascading)\\s"
                            + "(?:in\\s|down\\s)?(?:through|from|out\\sof|thru)\\s" + ANY + "{0,30}\\b(?:ceiling|roof|skylight|light\\sfixture)"
                            + "|\\b(?:raining|rains)\\s(?:inside|indoors|in\\sthe\\s(?:hall\\w*|stairwell|apartment|unit|bedroom))\\b"
                            + "|\\b(?:llueve|lloviendo|llovia)\\s(?:adentro|dentro|en\\sel\\s(?:pasillo|apartamento|cuarto))\\b"
                            + "|\\b(?:entra|entrando|cae|cayendo)\\s(?:mucha|muchisima|un\\schorro\\sde|chorros\\sde)\\s(?:agua|lluvia)\\s(?:\\w+\\s){0,3}?(?:por|del|de\\sel)\\s(?:el\\s)?(?:techo|tragaluz)",
                    Set.of(), true),
            hazardIf("WELFARE_CHECK", NOT_SEEN, DECAY, SAFETY, false),
            hazardIf("BURNING_SMELL_ELECTRICAL",
                    "\\bburning\\s(?:smell|odou?r)|\\bsme+l+\\w*\\s(?:of\\s|like\\s)?(?:something\\s)?burn\\w*|\\bolor\\sa\\squemado|\\bhuele\\sa\\squemado",
                    "\\b" + ELECTRICAL_THING + "\\b|\\b(?:wall|walls|dryer|buzz\\w*|crackl\\w*|popping|flash\\w*|spark\\w*|smok\\w*|pared|zumbido)\\b",
                    SAFETY, true),
            hazard("APPLIANCE_SMOKING",
                    "\\b(?:dryer|stove|oven|microwave|outlet|panel|wall|heater|furnace|toaster|washer|fridge|refrigerator|dishwasher|motor|fan|light|fixture|cord|plug"
                            + "|secadora|estufa|horno|microondas|enchufe|lavadora)\\s(?:is\\s|was\\s|started\\s|keeps\\s|esta\\s)?(?:smoking|echando\\shumo|humeando)\\b",
                    SAFETY, true),
            hazardIf("DOOR_UNSECURED_AFTER_BREAK_IN",
                    "\\bdoor\\b" + ANY + "{0,30}\\b(?:won'?t|wont|doesn'?t|doesnt|can'?t|cannot|will\\snot|does\\snot)\\s(?:\\w+\\s)?(?:close|lock|latch|shut|be\\ssecured)"
                            + "|\\bpuerta\\b" + ANY + "{0,30}\\bno\\s(?:cierra|se\\spuede\\scerrar|tiene\\sseguro)|\\bkicked\\sin\\s(?:my|the|our)\\s(?:front\\s|apartment\\s)?door",
                    "\\bbr(?:oke|eak)[\\s-]?in|\\bkicked\\sin|\\bforced\\s(?:open|in|the)|\\brobbed|\\bburglar\\w*|\\bse\\smetieron|\\brobaron|\\bforzaron|\\bpateo|\\brompieron\\sla\\spuerta",
                    SAFETY, true),
            hazard("WHOLE_UNIT_WITHOUT_UTILITY",
                    "\\b(?:entire|whole)\\s(?:apartment|apt|unit|place|house|building)\\s(?:\\w+\\s){0,3}?(?:without|no|lost|has\\sno)\\s(?:power|electricity|water)\\b",
                    Set.of(), true));

    private ImplicitEmergencyRules() {}
}
