package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazardIf;
import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/**
 * Threats read from their cues, wherever they sit in a message and whatever the message is
 * about: a billing dispute that ends "one more fee and you'll regret it" is a threat. A veiled
 * threat is HARASSMENT; a threat of violence against a person is also SAFETY. Frustration
 * ("this is ridiculous", "this bill is killing me") is neither.
 */
final class ThreatRules {

    private static final Set<RiskFlag> HARASSMENT = Set.of(RiskFlag.HARASSMENT);
    private static final Set<RiskFlag> VIOLENCE = Set.of(RiskFlag.SAFETY, RiskFlag.HARASSMENT);

    /** Someone announcing what they will do: first person, or a reported third person ("he said he'd"). */
    private static final String WILL = "\\b(?:i'?ll|ill|i\\swill|i'?d|i\\swould|i'?m\\s(?:going\\sto|gonna|about\\sto)|im\\s(?:going\\sto|gonna)"
            + "|i\\s(?:swear|promise)(?:\\si'?ll|\\si\\swill|\\sto\\sgod)?|i\\s(?:want|wanna|need)\\sto|i\\scould|let\\sme"
            + "|we'?ll|we\\swill|we'?re\\s(?:going\\sto|gonna)"
            + "|(?:he|she|they)(?:'ll|\\swill|\\swould|'d|(?:'s|\\sis|'re|\\sare)\\s(?:going\\sto|gonna)|\\sthreatened\\sto"
            + "|\\ssaid\\s(?:he|she|they)(?:'d|\\swould|'ll|\\swill|\\swas\\sgoing\\sto|\\swere\\sgoing\\sto)))"
            + "\\s(?:\\w+\\s){0,3}?";
    /** Someone else's announced violence, reported by the one it targets ("he said he'd break my arm"). */
    private static final String REPORTED = "\\b(?:he|she|they)(?:'ll|\\swill|\\swould|'d|(?:'s|\\sis|'re|\\sare)\\s(?:going\\sto|gonna)|\\sthreatened\\sto)\\s(?:\\w+\\s){0,3}?";
    private static final String BODY_PART = "(?:jaw|face|nose|neck|legs?|arms?|teeth|skull|head|kneecaps?|fingers?|ribs?|bones?)\\b";
    private static final String TARGET = "(?:you|u|ya|y'all|him|her|them|that\\s\\w+|the\\s(?:guy|man|woman|lady|kid|manager|super"
            + "|landlord|neighbou?r|owner|maintenance\\s\\w+)|your\\s\\w+|his\\s\\w+|her\\s\\w+|\\w+'s\\s\\w+)";
    private static final String BODY = "(?:his|her|your|ur|their|(?:that|the|this)\\s\\w+'?s|\\w+'s)\\s(?:\\w+\\s)?"
            + "(?:jaw|face|nose|neck|legs?|arms?|teeth|skull|head|kneecaps?|fingers?|ribs?|ass|butt|bones?|windows?|car|tires)\\b";

    private static final String CHILD = "(?:my|our|her|his|the)\\s(?:\\d{1,2}[\\s-]?(?:year|yr)s?[\\s-]?old\\s|little\\s|young\\s|teenage\\s|teen\\s|minor\\s)?"
            + "(?:daughters?|sons?|kids?|child|children|girls?|boys?|stepdaughter|stepson|niece|nephew|granddaughter|grandson|toddler|teen(?:ager)?s?)\\b(?!'s)";

    static final List<Rule> RULES = List.of(
            mention("VEILED_THREAT", "\\byou(?:'?ll|\\swill|'re\\s(?:going\\sto|gonna)|\\sare\\s(?:going\\sto|gonna)|\\sgonna|\\sall)"
                            + "\\s(?:all\\s|both\\s|really\\s|seriously\\s)?(?:regret|be\\ssorry)\\b(?!\\s(?:not|missing|skipping))"
                            + "|\\bmake\\s(?:you|u|y'all|all\\sof\\syou|him|her|them)\\s(?:all\\s)?(?:regret|be\\ssorry)\\b"
                            + "|\\b(?:i'?ll|ill|i\\swill|i'?m\\s(?:going\\sto|gonna)|im\\s(?:going\\sto|gonna)|we'?ll|we\\swill)\\s(?:\\w+\\s)?make\\s"
                            + "(?:you|u|y'all|all\\sof\\syou|him|her|them)\\s(?:all\\s)?pay\\b(?!\\s(?:a|an|the|for\\sthe|\\$|\\d|rent|fees?|back))"
                            + "|\\bwatch\\s(?:your|ur|his|her|yo)\\sback\\b|\\b(?:better|gotta)\\swatch\\s(?:yourself|out)\\b"
                            + "|\\bknow\\swhere\\s(?:you|u|he|she|they|your\\s\\w+)\\s(?:live|lives|sleep|park|work)s?\\b"
                            + "|\\bknow\\s(?:what|which)\\s(?:car|unit|apartment|door)\\s(?:is\\syours|you\\s(?:drive|live\\sin))"
                            + "|\\b(?:i'?m|im|i\\sam)\\scoming\\sfor\\syou\\b|\\b(?:i'?ll|ill|i\\swill)\\s(?:come\\s(?:after|for)|get)\\s(?:you|u|him|her)\\b(?=\\s*(?:[.!?]|$|for\\sthis|one\\sday|trust))"
                            + "|\\byou(?:'ll|\\swill)\\sget\\swhat'?s\\scoming|\\bwhat'?s\\scoming\\sto\\s(?:you|him|her)\\b"
                            + "|\\byou\\s(?:have\\sno\\sidea|don'?t\\sknow)\\swho\\syou'?re\\s(?:messing|dealing|f\\w+)\\swith\\b"
                            + "|\\byou'?re\\s(?:a\\s)?dead\\s(?:man|meat|woman)\\b|\\bsleep\\swith\\sone\\seye\\sopen\\b"
                            + "|\\b(?:slash|key|torch)\\s(?:your|his|her|their|the\\s\\w+'s)\\s(?:tires|car|truck)\\b"
                            + "|\\bor\\selse\\b(?=\\s*(?:[.!?]|$))|\\bthis\\sisn'?t\\sover\\b(?=\\s*(?:[.!?]|$))"
                            + "|\\b(?:te|se|os)\\s(?:vas|van|vais)\\sa\\sarrepentir|\\b(?:vas|van)\\sa\\sarrepentirte|\\bte\\sarrepentiras\\b|\\bse\\sarrepentiran\\b"
                            + "|\\bya\\sver(?:as|an)\\b(?=\\s*(?:[.!?]|$|lo\\sque\\s|quien\\ssoy|como\\ste))"
                            + "|\\bme\\s(?:las|la)\\s(?:vas|van|va)\\sa\\spagar\\b|\\bme\\s(?:las|la)\\spagar(?:as|an)\\b"
                            + "|\\bte\\svas\\sa\\senterar\\b|\\bno\\ssabes\\scon\\squien\\ste\\s(?:metiste|estas\\smetiendo)"
                            + "|\\bmake\\s(?:me|you|him|her|us|them)\\sdisappear\\b|\\b(?:me|te|nos|los|las|la|lo)\\s(?:va|van|voy|vamos)\\sa\\s(?:desaparecer|hacer\\sdesaparecer)\\b"
                            + "|\\bse\\s(?:donde|a\\sque\\shora)\\s(?:vives|viven|vive|trabajas|sales)\\b|\\bcuidate\\sla\\sespalda\\b",
                    HARASSMENT),
            mention("THREAT_OF_VIOLENCE", WILL + "(?:beat|smash|bash|punch|slap|choke|strangle|stab|shoot|kill|hurt|kick|deck|jump|strangle"
                            + "|mess\\s(?:up\\s)?|rough\\s(?:up\\s)?|knock\\s(?:out\\s)?|beat\\s(?:up\\s)?|f\\w*k\\s(?:up\\s)?)" + TARGET
                            + "(?:\\s(?:up|out|senseless|down))?\\b"
                            + "|" + WILL + "(?:break|smash|bash|punch|kick|rearrange|bust|crack|cave)\\s" + BODY
                            + "|" + REPORTED + "(?:beat|smash|bash|punch|slap|choke|strangle|stab|shoot|kill|hurt|kick|mess\\s(?:up\\s)?|beat\\s(?:up\\s)?)(?:me|us|my\\s\\w+)\\b"
                            + "|" + REPORTED + "(?:break|smash|bash|punch|kick|rearrange|bust|crack|cave)\\s(?:my|our)\\s(?:\\w+\\s)?" + BODY_PART
                            + "|\\bbeat\\sthe\\s(?:crap|shit|hell|snot|living\\sdaylights|life|stuffing)\\sout\\sof\\b"
                            + "|\\b(?:kick|whoop|beat)\\s(?:your|his|her|ur|their)\\s(?:ass|butt)\\b"
                            + "|\\b(?:smash|bash|punch|kick)\\s(?:your|his|her|ur|their)\\s(?:face|head|teeth)\\s?in\\b"
                            + "|\\b(?:burn|torch)\\s(?:this|the|your)\\s(?:place|building|office|house|apartment)\\s?down\\b"
                            + "|(?=\\b(?:someone|somebody|some\\sone|people|one\\sof\\syou|you))"
                            + "(?<!\\b(?:before|or|until|till|unless|because|if|so)\\s)(?<!\\bbefore\\s\\w{1,12}\\s)"
                            + "\\b(?:someone|somebody|some\\sone|people|one\\sof\\syou|you)(?:'s|\\sis|\\sare|'re)?\\s(?:going\\sto|gonna|will)\\s(?:get|end\\sup)\\s(?:hurt|killed|stabbed|shot)\\b"
                            + "(?<!(?:stairs?|step|steps|railing|ice|icy|sidewalk|hole|wire|wires|ceiling|floor|balcony|outlet|glass|pothole|lot|mold|gas)\\b" + ANY + "{0,60})"
                            + "(?!" + ANY + "{0,40}\\b(?:stairs?|steps?|railing|ice|icy|sidewalk|hole|wires?|ceiling|floor|balcony|outlet|glass|pothole|trip|slip|fall|mold|gas|leak))"
                            + "|\\byou'?re\\s(?:going\\sto|gonna)\\sget\\s(?:hurt|it)\\b(?=\\s*(?:[.!?]|$))"
                            + "|\\bput\\s(?:you|him|her|them)\\sin\\s(?:the\\s)?(?:ground|grave|hospital)\\b"
                            + "|\\b(?:te|le|les)\\s(?:voy|vamos)\\sa\\s(?:romper|partir|reventar|quebrar|golpear|pegar|matar|dar\\suna\\spaliza|madrear|chingar)"
                            + "|\\b(?:voy|vamos)\\sa\\s(?:romperte|romperle|partirte|partirle|reventarte|reventarle|golpearte|golpearle|matarte|matarlo|matarla)"
                            + "|\\b(?:te|le)\\s(?:rompo|parto|reviento)\\s(?:la|el|los|las)\\b"
                            + "|\\b(?:pulled|pointed|drew|waved|waving|swung|came\\sat\\s(?:me|us|him|her|my\\s\\w+)\\swith|threaten(?:ed|ing)\\s(?:me|us|him|her|people|my\\s\\w+)\\swith)"
                            + "\\s(?:a\\s|an\\s|his\\s|her\\s|their\\s)?(?:broken\\s)?(?:gun|knife|pistol|rifle|machete|bat|hammer|bottle|weapon|crowbar|axe|taser)\\b"
                            + "|\\b(?:punched|slapped|shoved|choked|strangled|attacked|assaulted|kicked|spat\\son|spit\\son|beat\\sup)\\s(?:me|us|him|her|them|my\\s\\w+|a\\s(?:neighbou?r|tenant|kid|child|woman|man|resident))\\b"
                            + "|\\b(?:me|le|nos|les)\\s(?:saco|mostro|apunto\\scon)\\s(?:un|una)\\s(?:cuchillo|navaja|pistola|arma|machete|bate)"
                            + "|\\b(?:me|le|nos|les|la|lo)\\s(?:golpeo|pego|empujo|ahorco|ataco|agredio)\\b"
                            + "|\\balguien\\s(?:va\\sa\\s(?:salir|terminar)|saldra)\\s(?:herido|lastimado|golpeado)",
                    VIOLENCE),
            hazardIf("CHILD_INAPPROPRIATE_ATTENTION",
                    "(?<!\\b(?:i|we|i've|we've|you)\\s)\\b(?:touch(?:ed|es|ing)?|grop\\w*|fondl\\w*|kiss(?:ed|es|ing)?|hugg(?:ed|ing)|star(?:es|ed|ing)\\sat"
                            + "|leer(?:s|ed|ing)?\\sat|(?:tak\\w*|took|snap\\w*)\\s(?:\\w+\\s){0,2}(?:photos?|pictures?|pics|videos?)\\sof"
                            + "|photograph(?:s|ed|ing)|film(?:s|ed|ing)|follow(?:s|ed|ing)|lur(?:e|es|ed|ing)|groom(?:s|ed|ing)"
                            + "|(?:alone|in\\sprivate)\\swith|(?:get|be)\\s(?:\\w+\\s)?alone\\swith|(?:keeps?|kept|been|started)\\s(?:texting|messaging|dm'?ing|calling)"
                            + "|inappropriate\\w*\\s(?:\\w+\\s){0,2}(?:with|toward|towards|around|to)|(?:comments?|remarks?)\\sabout"
                            + "|(?:gave|gives|giving|buys|bought)\\s(?:\\w+\\s){0,3}?(?:gifts?|presents?|candy|money)\\sto)"
                            + "\\s(?:\\w+\\s){0,2}?" + CHILD
                            + "|\\b(?:keeps?|kept|always|been)\\s(?:staring|looking|leering)\\sat\\s" + CHILD
                            + "|\\b(?:ask|invit)(?:s|ed|ing)?\\s" + CHILD + "\\s(?:to\\s(?:come|go)\\s(?:in|inside|into|over|up|with)|into|inside|over\\sto|up\\sto)\\b"
                            + "|\\bmakes?\\s" + CHILD + "\\s(?:feel\\s)?(?:uncomfortable|nervous|scared|afraid)"
                            + "|\\b(?:toco|toca|tocando|manose\\w*|bes[oa]\\w*|abraz\\w*|sigue|siguio|persigue|fotograf\\w*|(?:le\\s)?(?:toma|tomo|saca|saco)\\sfotos|se\\s(?:le|la|lo)\\squeda\\smirando"
                            + "|mira\\w*\\s(?:raro|feo|mucho)|a\\ssolas\\scon|le\\spidio\\sque\\s(?:entrara|pasara|fuera)|le\\s(?:regala|da|dio|regalo)\\s(?:dulces|regalos|dinero))"
                            + "\\s(?:\\w+\\s){0,3}?(?:a\\s)?(?:mi|mis|nuestr[oa]s?)\\s(?:hij[oa]s?|nin[oa]s?|nena|nene|chiquit[oa]s?|sobrin[oa]s?|niet[oa]s?)\\b",
                    "\\b(?:maintenance|super|superintendent|handyman|janitor|porter|doorman|security|guard|manager|landlord|leasing|agent|staff"
                            + "|worker|employee|contractor|technician|tech|painter|plumber|electrician|exterminator|guy|man|neighbou?r|stranger|someone"
                            + "|somebody|he|adult|creepy|uncomfortable|inappropriate|mantenimiento|conserje|encargado|portero|trabajador|empleado"
                            + "|vecino|senor|hombre|tipo|administrador|tecnico|guardia|incomod[oa])\\b",
                    VIOLENCE, false));

    private ThreatRules() {}
}
