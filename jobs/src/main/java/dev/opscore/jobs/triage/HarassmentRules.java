package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;
import static dev.opscore.jobs.triage.Rule.mentionIf;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/** HARASSMENT: harassment, stalking or threats by or toward anyone; not mere rudeness. */
final class HarassmentRules {

    private static final RiskFlag HARASSMENT = RiskFlag.HARASSMENT;

    static final List<Rule> RULES = List.of(
            mention("HARASSMENT", "(?<!sorry\\sto\\s)(?<!sorry\\sto\\skeep\\s)(?<!sorry\\sfor\\s)(?<!i\\skeep\\s)\\bhar+as+\\w*|\\bacos(?:o|a|an|ando|ador\\w*)\\b|\\bhostiga\\w*"
                    + "|\\bsexual(?:ly)?\\s(?:harass\\w*|comments?|advances?|remarks?)\\b|\\binappropriate(?:ly)?\\s(?:comments?|touch\\w*|messages?|texts?)\\b"
                    + "|\\b(?:touched|groped|grabbed)\\sme\\b", HARASSMENT),
            mention("STALKING", "\\bstalk(?:s|ing|ed|er|ers)?\\b(?!\\sof\\scelery)|\\bfollow(?:s|ed|ing)\\sme\\s(?:home|around|to|into|everywhere)\\b"
                    + "|\\bwon'?t\\sleave\\sme\\salone\\b|\\bwatching\\sme\\sthrough\\b"
                    // a camera pointed into someone's home
                    + "|\\b(?:filming|recording|photographing|zooming|videoing|pointing\\s(?:a|his|her|their)\\s(?:camera|phone)|grabando|filmando|fotografiando|haciendo\\szoom)\\s(?:\\w+\\s){0,3}?(?:into|at|toward|towards|hacia|a|en)\\s(?:our|my|the|nuestr[oa]s?|mi|mis|la|el)\\s(?:\\w+\\s)?(?:windows?|apartment|apt|unit|bedroom|balcony|patio|ventanas?|apartamento|departamento|cuarto|recamara|habitacion|balcon|casa)\\b|\\b(?:films|filmed|records|recorded|photographs|photographed|graba|grabo|filma|filmo)\\s(?:us|me|my\\s(?:wife|husband|kids|daughter|son)|nos|me|a\\smi\\s(?:esposa|esposo|hija|hijo))\\b|\\bme\\ssigue\\b|\\bme\\sesta\\ssiguiendo\\b", HARASSMENT),
            mention("THREAT", "(?<!(?:didn'?t|did\\snot|never|wasn'?t|not)\\s)\\bthreat\\w*|\\bthret\\w*|\\bamenaz\\w*"
                    + "|\\b(?:kill|shoot|stab|hurt|beat\\sup|beat)\\s(?:you|him|her|them|us|me|my\\s(?!(?:leg|arm|back|knee|ankle|wrist|hip|head|foot|feet|hand|neck|shoulder|finger|toe|elbow|rib)s?\\b)\\w+)\\b(?!\\s(?:leg|arm|back|knee|ankle|wrist|hip|head|foot|feet|hand|neck|shoulder|finger|toe|elbow|rib)s?\\b)"
                    + "|\\bte\\svoy\\sa\\s(?:matar|pegar)|\\bme\\s(?:va|van)\\sa\\s(?:matar|pegar)\\b"
                    + "|\\byou'?(?:ll|\\swill)\\sregret\\b(?!\\s(?:not|missing|skipping))|\\bwatch\\syour\\sback\\b"
                    + "|\\b(?:he|she|they)(?:'ll|'d|\\swill|\\swould)\\s[\"\u201c]?(?:make\\s(?:sure|my\\slife|your\\slife)|break\\s(?:my|your|down|in)"
                    + "|take\\scare\\sof\\s(?:me|you)|come\\s(?:after|for|collect)|get\\s(?:even|me|you|her\\sboys|his\\sboys)|ruin|shut\\s(?:me|you)\\sup"
                    + "|teach\\s(?:me|you)|remember\\sit|handle\\s(?:me|you))"
                    + "|\\bmake\\s(?:my|your|our)\\slife\\s(?:here\\s)?(?:a\\s)?(?:living\\s)?(?:hell|miserable)|\\bteach\\s(?:me|you|him|her)\\sa\\slesson\\b"
                    + "|\\b(?:ya\\s)?sabe\\sdonde\\svivo\\b|\\bknows?\\swhere\\s(?:i|we|you)\\slive\\b|\\bknows?\\swhere\\smy\\s(?:kids?|children|son|daughter)"
                    + "|\\bknowing\\swhere\\s(?:i|we)\\slive|\\bput\\s(?:me|you|him|her)\\sin\\sthe\\shospital", HARASSMENT),
            mention("UNWANTED_ATTENTION", "\\bcornered\\sme\\b"
                    // "me espera en la escalera y me dice cosas feas, ya no quiero salir sola"
                    + "|\\bme\\s(?:acecha|vigila)\\b|\\bme\\s(?:espera|esta\\sesperando)\\s" + ANY + "{0,60}\\b(?:me\\s(?:dice|grita|sigue|toca|agarra)|miedo|sola|solo)\\b|\\bme\\sdice\\scosas\\s(?:feas|groseras|obscenas|horribles|sucias|de\\smi\\scuerpo)\\b"
                    + "|\\b(?:ya\\s)?no\\s(?:quiero|puedo)\\ssalir\\s(?:sola|solo)\\b|\\bme\\sda\\smiedo\\s(?:salir|bajar|pasar)\\b|\\bwould(?:n'?t|\\snot)\\slet\\sme\\sleave\\b|\\bblocked\\sthe\\sdoor\\b"
                    + "|\\bphotograph\\w*\\sme\\b|\\bcat-?\\s?call\\w*|\\bracial\\sslurs?\\b|\\bintimidat\\w*"
                    + "|\\b(?:comments?|remarks?|cosas|comentarios)\\s(?:about|de|sobre)\\s(?:my|mi)\\s(?:body|cuerpo|looks|appearance|figure|chest)"
                    + "|\\b(?:asking|asked|keeps\\sasking)\\s(?:me|her)\\sout\\b|\\b(?:keeps|kept)\\s(?:texting|calling|messaging|coming\\s(?:up\\s)?to\\smy\\sdoor)"
                    + "|\\b(?:keeps|kept)\\ssending\\sme\\s(?:personal\\s|private\\s)?(?:texts|messages|photos|pictures|pics)\\b|\\bmy\\s(?:personal|private)\\s(?:phone|cell|number)|\\bcelular\\spersonal\\b|\\bme\\sinsulta\\b"
                    + "|\\bshowed\\sup\\sat\\smy\\s(?:door|apartment|unit|home|house)\\s(?:after\\shours|off[\\s-]duty|at\\snight|late|drunk"
                    + "|uninvited|at\\s\\d+\\s?(?:pm|am))|\\b(?:i'?m|we'?re|i\\sam|we\\sare|im)\\s(?:really\\s|so\\s|very\\s)?(?:scared|afraid|terrified)"
                    + "\\sof\\s(?:him|her|them)|\\b(?:it'?s|this\\sis|he'?s|she'?s)\\s(?:scaring|frightening)\\sme\\b"
                    + "|\\b(?:called|calling|calls)\\s(?:me\\s)?(?:at\\s)?my\\s(?:job|work|employer|boss|supervisor)", HARASSMENT),
            // a staff member who keeps coming to the door, timed to when the tenant is alone: "when my husband is at work"
            mentionIf("VISITS_WHEN_ALONE",
                    "\\b(?:maintenance|super|superintendent|handyman|porter|doorman|leasing\\sagent|manager|worker|guy|man|mantenimiento"
                            + "|encargado|conserje|portero|senor|trabajador)\\b" + ANY + "{0,60}\\b(?:keeps|kept|always|constantly|again|sigue|siempre|vuelve)\\b"
                            + ANY + "{0,20}\\b(?:showing\\sup|shows\\sup|coming\\s(?:by|over|around|to\\smy)|knocking|stopping\\sby|dropping\\sby|viniendo|viene|venir|tocando|toca)\\b"
                            + "|\\b(?:maintenance|super|superintendent|handyman|porter|mantenimiento|encargado|conserje|portero)\\b" + ANY
                            + "{0,40}\\b(?:shows\\sup|comes|viene|llega)\\b" + ANY + "{0,30}\\b(?:cuando|when|whenever|siempre\\sque)\\b",
                    "\\b(?:when|whenever|while)\\s(?:my\\s(?:husband|wife|partner|boyfriend|girlfriend|roommate|parents?|mom|dad)\\s(?:is|was|'s|are|goes)\\s"
                            + "(?:at\\swork|away|out|gone|to\\swork|not\\shome|asleep)|i'?m\\s(?:home\\s)?(?:alone|by\\smyself))\\b"
                            + "|\\bcuando\\s(?:mi\\s(?:esposo|esposa|marido|pareja|novio|novia)\\s(?:no\\sesta|se\\sva|esta\\sen\\sel\\strabajo)|estoy\\s(?:sola|solo))\\b",
                    Set.of(HARASSMENT)));

    private HarassmentRules() {}
}
