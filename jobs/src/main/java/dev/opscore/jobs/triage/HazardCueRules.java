package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;
import static dev.opscore.jobs.triage.Rule.hazardIf;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Physical hazards described by what the tenant sees, not by alarm words: a scorch mark at an
 * outlet, a cord hot to the touch, plaster fallen from the ceiling, someone at a window whose latch
 * is broken, rain pouring through a hallway ceiling. Negatable like every hazard.
 */
final class HazardCueRules {

    private static final Set<RiskFlag> SAFETY = Set.of(RiskFlag.SAFETY);
    private static final String ELECTRICAL = "(?:outlets?|sockets?|plugs?|switch(?:es)?|wall\\splate|cover\\splate|cords?|extension\\scords?"
            + "|power\\sstrips?|surge\\sprotectors?|wires?|wiring|breakers?|panel|enchufes?|tomacorrientes?|cables?|extension"
            + "|interruptor|regleta)";

    static final List<Rule> RULES = List.of(
            hazard("SCORCHED_ELECTRICAL",
                    "\\b(?:scorch\\w*|burn\\s?marks?|black(?:ened)?\\s(?:marks?|soot|spots?)|charred|singed|melted)\\b" + ANY + "{0,40}\\b" + ELECTRICAL + "\\b"
                            + "|\\b" + ELECTRICAL + "\\b" + ANY + "{0,40}\\b(?:burn\\s?marks?|blackened|black\\s(?:marks?|soot|spots?|around)|singed|charred|scorch\\w*)\\b"
                            + "|\\b(?:burnt|burned|burning|melting|melted|hot)\\s(?:plastic|rubber|wire|wiring|electrical)\\b"
                            + "|\\bsme+l+\\w*\\s(?:of\\s|like\\s)?(?:hot|burnt|burned|burning|melting|melted)\\s(?:plastic|rubber|wires?|electrical|dust\\sfrom\\sthe\\soutlet)\\b"
                            + "|\\b(?:olor|huele)\\s(?:a\\s)?(?:plastico|cable|goma)\\s?(?:quemad[oa]|derretid[oa])|\\b(?:enchufe|tomacorriente|cable)\\s(?:esta\\s)?(?:quemad[oa]|negr[oa]|derretid[oa])"
                            + "|\\bmarcas?\\s(?:negras?|de\\squemad\\w*)\\s" + ANY + "{0,30}\\b(?:enchufe|tomacorriente|cable)"
                            // "el enchufe junto a mi cama trono y tiene una mancha negra"
                            + "|\\b(?:enchufes?|tomacorrientes?|el\\scontacto|apagador)\\b" + ANY + "{0,50}\\b(?:manchas?\\snegras?|marcas?\\snegras?"
                            + "|ennegrecid[oa]|chamuscad[oa]|quemad[oa]|hizo\\scorto|trono|echo\\shumo)\\b",
                    SAFETY, true),
            // someone shocked by an outlet, a switch or an appliance; "sticker shock" has no electrical context
            hazardIf("ELECTRIC_SHOCK",
                    "\\b(?:got|get|gets|getting|took|received|felt)\\s(?:a\\s)?(?:(?:pretty|really|very|bad|nasty|big|little|small|mild|slight|strong|real)\\s){0,2}"
                            + "(?:electric(?:al)?\\s)?shocks?\\b(?!\\s(?:absorbers?|when\\s(?:i|we)\\s(?:saw|opened|read|got)))"
                            + "|\\b(?:shocked|zapped|jolted)\\s(?:me|him|her|us|them|my\\s(?:\\w+\\s)?\\w+)\\b(?!\\s(?:with|by)\\s(?:the|a|this|that)\\s(?:bill|price|rent|fee|notice|increase))"
                            + "|\\belectrocut\\w*|\\b(?:me|le|nos|les|te)\\s(?:dio|dieron|da|dan|ha\\sdado)\\s(?:un\\s|una\\s)?(?:toques?|descargas?|calambres?|chispazo)\\b"
                            + "|\\bda\\s(?:toques|descargas)\\b",
                    "\\b" + ELECTRICAL + "\\b|\\b(?:light|lamp|fixture|appliance|washer|dryer|stove|oven|fridge|refrigerator|microwave|faucet|shower|tub|sink|metal|electric\\w*"
                            + "|luz|lampara|lavadora|secadora|estufa|horno|refri\\w*|microondas|llave|regadera|contacto|apagador|electric\\w*)\\b",
                    SAFETY, true),
            // heating a home with the oven or the stove: carbon monoxide and fire, and a heat loss behind it
            hazard("HEATING_WITH_THE_OVEN",
                    "\\b(?:using|use|uses|used|turned\\son|turning\\son|running|leaving|left|keeping|keeps|opened|opening)\\s(?:the\\s|her\\s|his\\s|my\\s|our\\s|their\\s)?(?:gas\\s)?"
                            + "(?:oven|stove|burners?|range)\\s(?:on\\s|open\\s|door\\sopen\\s|with\\s(?:the|its)\\sdoor\\sopen\\s)?(?:to\\s(?:stay\\swarm|keep\\s(?:\\w+\\s){0,2}warm|heat|warm\\s(?:up|the))|for\\s(?:heat|warmth))"
                            + "|\\b(?:prend\\w*|usa\\w*|uso|dej\\w*)\\s(?:el\\s|la\\s)?(?:horno|estufa|hornillas?)\\s(?:abiert[oa]\\s|prendid[oa]\\s)?para\\s(?:calentar\\w*|no\\s(?:tener|pasar)\\sfrio)",
                    SAFETY, true),
            hazard("HOT_ELECTRICAL",
                    "\\b" + ELECTRICAL + "\\b" + ANY + "{0,40}\\b(?:(?:hot|warm)\\sto\\sthe\\stouch|too\\shot\\sto\\s(?:touch|hold)|(?:very|really|super|so|extremely|burning)\\shot"
                            + "|getting\\s(?:really\\s|very\\s)?hot|gets\\s(?:really\\s|very\\s)?hot|melt\\w*|warping|bubbling)\\b"
                            + "|\\b(?:space\\s)?heater\\b" + ANY + "{0,40}\\b(?:melt\\w*|smok\\w*|spark\\w*|cord\\s(?:is\\s)?(?:hot|warm|melt\\w*))\\b"
                            + "|\\b(?:cable|enchufe|extension|regleta|calentador)\\b" + ANY + "{0,30}\\b(?:muy\\scaliente|calentando\\smucho|derriti\\w*|derrit\\w*|quemando|echando\\shumo)",
                    SAFETY, true),
            // plaster that fell where someone sleeps or sits; a chunk in an empty tub is urgent, not an emergency
            hazard("CEILING_FELL_ON_SOMEONE",
                    "\\b(?:ceiling|plaster|drywall|sheetrock|chunks?|pieces?)\\b" + ANY + "{0,40}\\b(?:(?:fell|fallen|came\\sdown|dropped|landed|crashed)\\s(?:on|onto|into|in)"
                            + "\\s(?:my|the|our|his|her)\\s(?:\\w+\\s)?(?:bed|crib|pillow|couch|sofa|head|desk|table)\\b"
                            + "|(?:fell|fallen|came\\sdown|dropped|landed)\\s(?:on|onto)\\s(?:me|him|her|us|them|my\\s(?:\\w+\\s)?(?:daughter|son|kid|child|baby|wife|husband|mother|father|mom|dad|partner))\\b|(?:nearly|almost|barely|just)\\s(?:hit|missed)\\s(?:me|my|him|her|us)\\b)"
                            + "|\\b(?:cayo|cayeron)\\s(?:un\\s|unos\\s)?(?:pedazos?|trozos?|parte)\\s(?:de|del)\\s(?:techo|yeso)\\b" + ANY
                            + "{0,30}\\b(?:en|sobre|encima\\sde)\\s(?:la|mi|su)\\s(?:cama|cuna|cabeza|sofa)\\b",
                    SAFETY, true),
            hazard("STRUCTURE_GAVE_WAY",
                    "\\b(?:ceiling|roof|balcony|stairs|staircase|stairway|deck|porch)\\b" + ANY
                            + "{0,20}\\b(?:collapsed|caved\\sin|pulling\\saway|pulled\\saway|gave\\sway|giving\\sway)\\b"
                            + "|\\b(?:step|stair|tread)s?\\s(?:just\\s)?(?:broke|collapsed|gave\\sway|snapped|cracked\\sin\\shalf)\\b"
                            + "|\\b(?:se\\s)?(?:derrumbo|colapso|desplomo)\\s(?:el|la)\\s(?:techo|balcon|escalera)",
                    Set.of(), true),
            hazard("CEILING_GIVING_WAY",
                    "\\bceiling\\b(?!\\s(?:fan|light|fixture|lamp|paint|tiles?))" + ANY + "{0,40}\\b(?:sagg\\w*|bowing|buckl\\w*|drooping|splitting|coming\\sapart|giving\\sway"
                            + "|cracking\\s(?:and|&)\\s(?:sagg\\w*|bowing)|cracking\\s(?:open|apart|badly|loudly|overhead|above)|crack\\w*\\s(?:is\\s|are\\s|keeps\\s)?(?:growing|spreading|getting\\s(?:bigger|wider|longer)))"
                            + "|\\b(?:sagg\\w*|bowing|buckl\\w*|drooping)\\s(?:\\w+\\s){0,2}ceiling\\b(?!\\s(?:fan|light|fixture|lamp|tiles?))"
                            + "|\\b(?:se\\s(?:cayo|cayeron|desprendio|desprendieron)|cayo|cayeron)\\s(?:un\\s|unos\\s)?(?:pedazos?|trozos?|parte)\\s(?:de|del)\\s(?:techo|yeso|cielo\\sraso)"
                            + "|\\btecho\\b" + ANY + "{0,30}\\b(?:hundiendo|hundido|agrietando|cuarteando|pandeado|colgando|se\\sesta\\scayendo|a\\spunto\\sde\\scaer)",
                    Set.of(), true),
            hazard("INTRUDER_AT_WINDOW",
                    "\\b(?:someone|somebody|a\\s(?:man|guy|person|stranger|woman)|some\\s(?:man|guy|person)|a\\sstranger)\\s"
                            + "(?:was\\s|is\\s|were\\s|has\\sbeen\\s|kept\\s|keeps\\s)?(?:trying|tried|try|attempting|attempted)\\sto\\s(?:open|pry|force|lift|climb|get|come|break|jimmy|push)"
                            + ANY + "{0,40}\\b(?:window|windows|screen|slider|sliding\\sdoor|patio\\sdoor)\\b"
                            + "|\\b(?:alguien|un\\s(?:hombre|senor|tipo|desconocido))\\s(?:\\w+\\s){0,2}(?:trato|intento|tratando|intentando|queria|quiso)\\s(?:de\\s)?(?:abrir|forzar|entrar|meterse)"
                            + ANY + "{0,30}\\bventana",
                    Set.of(), true),
            new Rule("DOOR_CANNOT_BE_SECURED", Pattern.compile(
                    "\\bdoor\\s(?:can'?t|cannot|won'?t|will\\snot)\\s(?:be\\s)?(?:secured|locked)\\b|\\bdoor\\s(?:doesn'?t|does\\snot|won'?t)\\s(?:close|shut)\\sor\\slock\\b"
                            + "|\\bdoor\\sglass\\sis\\sgone\\b|\\b(?:still\\s)?no\\slock\\son\\s(?:my|the|our)\\s(?:front\\s|entry\\s|apartment\\s)?door\\b"
                            + "|\\bkicked\\sin\\s(?:my|the|our)\\s(?:front\\s|apartment\\s|back\\s)?door\\b|\\b(?:broke|busted|forced|kicked)\\s(?:my|the|our)\\s(?:front\\s|apartment\\s|back\\s)?door\\s(?:in|open|down)\\b"
                            + "|\\b(?:rompieron|forzaron|patearon|tumbaron)\\s(?:la|mi)\\spuerta\\b|\\bpuerta\\s(?:ya\\s)?no\\s(?:cierra|tiene\\sseguro|tiene\\schapa)"),
                    Set.of(), true, false, null),
            new Rule("PEOPLE_AT_RISK_IN_ELEVATOR", Pattern.compile(
                    "\\b(?:stuck|trapped)\\sin\\s(?:the\\s|an\\s)?(?:elevator|lift)\\b|\\b(?:atrapad|encerrad)\\w*\\sen\\sel\\s(?:ascensor|elevador)"),
                    SAFETY, true, false, Pattern.compile(
                    "\\b(?:kids?|children|baby|bebe|infant|toddler|newborn|hij[oa]s|nin[oa]s|pregnant|embarazada|elderly|senior|wheelchair|oxygen|panic\\w*"
                            + "|can'?t\\sbreathe|asthma|banging|screaming|crying|(?:age|aged|she'?s|he'?s|is)\\s(?:[6-9]\\d|1[01]\\d)\\b|(?:[6-9]\\d|1[01]\\d)[\\s-](?:years?[\\s-]old|yo|anos)\\b|eighty|ninety|seventy"
                            + "|(?:alarm|emergency|call)\\sbutton\\s(?:doesn'?t|does\\snot|isn'?t|won'?t)|boton\\sde\\semergencia\\sno|nobody\\sanswer\\w*"
                            + "|someone\\sis\\strapped|somebody\\sis\\strapped)")),
            hazardIf("WINDOW_LATCH_BROKEN_LOW_FLOOR",
                    "\\b(?:window|ventana)\\b" + ANY + "{0,40}\\b(?:latch|lock|catch|pestillo|seguro|cerradura)\\b" + ANY + "{0,20}\\b(?:broken|busted|broke|missing|snapped|gone"
                            + "|doesn'?t\\swork|won'?t\\s(?:close|lock|latch)|roto|rota|no\\s(?:sirve|funciona|cierra))"
                            + "|\\b(?:broken|busted|missing|snapped)\\s(?:window\\s)?(?:latch|lock|catch)\\b",
                    "\\b(?:ground|first|1st|bottom|street)[\\s-]?(?:floor|level)\\b|\\bplanta\\sbaja\\b|\\bprimer\\spiso\\b|\\bbasement\\sapartment\\b"
                            + "|\\b(?:someone|somebody|a\\sman|a\\sguy|a\\sstranger)\\s" + ANY + "{0,20}\\b(?:tried|trying)\\b|\\balguien\\s" + ANY + "{0,20}\\b(?:trato|intento)",
                    Set.of(), true),
            hazard("RAIN_THROUGH_CEILING",
                    "\\b(?:rain|rainwater|water)\\s(?:is\\s|keeps\\s|was\\s)?(?:pouring|gushing|streaming|dumping|pours|pour|poured|flowing|dripping\\sheavily|coming\\sdown|running\\sdown)\\s"
                            + "(?:in\\s|down\\s|out\\s)?(?:through|from|of|out|in)\\s" + ANY + "{0,25}\\b(?:ceiling|roof|hallway|hall|stairwell|stairs|lobby|light|skylight|vent)\\b"
                            + "|\\b(?:hallway|hall|stairwell|lobby|corridor)\\s(?:ceiling\\s)?" + ANY + "{0,30}\\b(?:pouring|gushing|waterfall|raining|dumping\\swater|like\\sa\\sfaucet)\\b"
                            + "|\\braining\\s(?:inside|indoors|in\\sthe\\s(?:hallway|hall|lobby|stairwell|apartment|kitchen|bedroom|living\\sroom))\\b"
                            + "|\\b(?:llueve|esta\\slloviendo)\\s(?:adentro|dentro|en\\sel\\s(?:pasillo|apartamento|edificio))"
                            + "|\\b(?:agua|lluvia)\\s(?:esta\\s)?(?:cayendo|entrando|saliendo|chorreando)\\s" + ANY + "{0,25}\\b(?:techo|pasillo|escalera)",
                    Set.of(), true));

    private HazardCueRules() {}
}
