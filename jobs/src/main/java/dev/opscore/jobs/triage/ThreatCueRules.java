package dev.opscore.jobs.triage;

import dev.opscore.policy.RiskFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Threats read from their cues rather than the word "threat": a menace inside a billing or repair
 * complaint is HARASSMENT, and SAFETY too when it names violence against a person. Never negated:
 * "I'm not saying you'll regret it" is still a veiled threat a human must read.
 */
final class ThreatCueRules {

    private static final Set<RiskFlag> HARASSMENT = EnumSet.of(RiskFlag.HARASSMENT);
    private static final Set<RiskFlag> VIOLENT = EnumSet.of(RiskFlag.HARASSMENT, RiskFlag.SAFETY);
    private static final String BODY = "(?:jaw|face|neck|nose|legs?|arms?|teeth|head|skull|ribs?|knees?|kneecaps?"
            + "|fingers?|hands?|back|bones?|cara|boca|madre|piernas?|brazos?|cabeza|dientes|huesos?|nariz)";
    private static final String PERSON = "(?:you|u|him|her|them|y'?all|that\\s\\w+|the\\s(?:manager|super|landlord|owner|agent"
            + "|maintenance\\s(?:guy|man)|handyman|guy|lady|woman|man))";
    private static final String I_WILL = "(?:i'?ll|i\\swill|i'?m\\s(?:gonna|going\\sto)|i\\sam\\s(?:gonna|going\\sto)|im\\s(?:gonna|going\\sto)"
            + "|we'?ll|we\\swill|someone\\s(?:will|is\\sgoing\\sto|is\\sgonna))";

    static final List<Rule> RULES = List.of(
            cue("VEILED_THREAT",
                    "\\b(?:you|u|y'?all|you\\sguys|you\\sall|you\\speople|everyone|all\\sof\\syou|they|he|she)\\s?(?:'ll|will|are\\sgoing\\sto|'re\\sgoing\\sto"
                            + "|are\\sgonna|'re\\sgonna|r\\sgonna)\\s(?:all\\s)?(?:\\w+\\s)?(?:regret|be\\ssorry)\\b(?!\\s(?:not|missing|skipping|it\\sif\\syou\\sdon'?t\\scome|not\\scoming))"
                            + "|\\bwatch\\s(?:your|ur|yer|his|her|their)\\sback\\b|\\bbetter\\swatch\\s(?:out|yourself|yourselves)\\b"
                            + "|\\bknows?\\swhere\\s(?:you|u|she|he|they|the\\smanager|your\\s\\w+)\\s(?:all\\s)?live[sd]?\\b"
                            + "|\\b(?:i'?ll|i\\swill|i'?m\\sgonna|i'?m\\sgoing\\sto|im\\sgonna)\\smake\\s(?:you|u|him|her|them|y'?all)\\s(?:all\\s)?(?:pay|sorry)\\b(?!\\s(?:the|a|an|your|rent|it\\sback|back|me\\sback|on\\stime|by|online|in\\sfull))"
                            + "|\\byou\\s(?:won'?t|will\\snot|wont)\\slike\\swhat\\s(?:happens|comes\\snext|i\\sdo|i'?ll\\sdo|i'?m\\sgonna\\sdo)"
                            + "|\\bor\\selse(?:\\s?[.!]|$)"
                            + "|\\b(?:te|se|le|les|me)\\s(?:vas|van|va|vais)\\sa\\sarrepentir|\\bvan\\sa\\sarrepentirse\\b|\\bte\\sarrepentiras\\b"
                            + "|\\bya\\s(?:veras|vera|veran|van\\sa\\sver)\\b|\\bme\\slas\\s(?:vas|van|va)\\sa\\spagar\\b|\\bme\\slas\\spagaras\\b"
                            + "|\\bse\\sdonde\\s(?:vives|viven|vive)\\b|\\bcuidate\\sla\\sespalda\\b"
                            + "|\\b(?:vas|van)\\sa\\sver\\slo\\sque\\s(?:pasa|te\\spasa|les\\spasa)|\\bno\\ste\\sva\\sa\\sgustar\\slo\\sque",
                    HARASSMENT),
            cue("THREAT_OF_VIOLENCE",
                    "\\b(?:break|snap|smash|bust)\\s(?:his|her|your|ur|their|that\\s\\w+'?s?|the\\s\\w+'?s)\\s(?:\\w+\\s)?" + BODY + "\\b"
                            + "|\\b" + I_WILL + "\\s(?:\\w+\\s)?(?:crack|rip|knock|punch|kick|slap|hit)\\s(?:his|her|your|ur|their)\\s(?:\\w+\\s)?" + BODY + "\\b"
                            + "|\\b" + I_WILL + "\\s(?:\\w+\\s)?(?:beat|smash|mess|rough|f\\w*k|kick\\sthe\\s\\w+\\sout\\sof|punch|slap|strangle|choke|knock)\\s"
                            + "(?:" + PERSON + ")(?:\\s(?:up|out|down))?\\b"
                            + "|(?=\\b(?:someone|somebody|people)\\b)(?<!\\b(?:railing|stairs?|steps?|ice|icy|loose|broken|wet|floor|hole|wires?|ceiling|sidewalk|light)\\b[^.!?]{0,60})\\b(?:someone|somebody|people)(?:'s|\\sis|\\sare)?\\s(?:going\\sto|gonna)\\sget\\s(?:hurt|killed)\\b(?!\\s(?:on|by|from|in\\sthe|in\\sthis|in\\shere|out\\sthere|there|here|falling|tripping|slipping|walking|using))"
                            + "|\\b(?:someone|somebody)\\swill\\sget\\s(?:hurt|killed)\\b(?!\\s(?:on|by|from|in\\sthe|in\\sthis|in\\shere|out\\sthere|there|here|falling|tripping|slipping|walking|using))|\\balguien\\sva\\sa\\ssalir\\s(?:lastimado|herido)"
                            + "|\\b" + I_WILL + "\\s(?:\\w+\\s)?(?:f|fuck|f\\*+k|eff|f\\*+)\\s?" + PERSON + "\\sup\\b"
                            + "|\\b(?:beat|mess|rough)\\s" + PERSON + "\\sup\\b|\\bbeat\\sthe\\s\\w+\\sout\\sof\\b"
                            + "|\\b" + I_WILL + "\\s(?:\\w+\\s)?(?:hurt|kill|end|shoot|stab|strangle|choke)\\s" + PERSON + "\\b"
                            + "|\\b(?:te|le|les|los|las)\\s(?:voy|vamos)\\sa\\s(?:romper|partir|reventar|madrear|pegar|golpear|matar|quebrar|dar\\suna\\spaliza|sacar\\sla\\s\\w+)"
                            + "|\\b(?:romperle|partirle|reventarle|quebrarle)\\s(?:la|el|los|las)\\s" + BODY,
                    VIOLENT),
            cue("ARMED_THREAT",
                    "\\bthreat\\w*\\s(?:me|him|her|us|them|my\\s\\w+)\\swith\\s(?:a|an|his|her|their)\\s(?:\\w+\\s)?\\w+"
                            + "|\\bamenaz\\w*\\scon\\s(?:un|una|su)\\s\\w+",
                    VIOLENT),
            // "I'll take a bat to the driver": a weapon brought to a person
            cue("WEAPON_TAKEN_TO_SOMEONE",
                    "\\b(?:i'?ll|i\\swill|i'?m\\s(?:gonna|going\\sto)|gonna|we'?ll)\\s(?:take|bring|put)\\s(?:a|my|the|this)\\s(?:baseball\\s)?"
                            + "(?:bat|crowbar|hammer|knife|machete|gun|pipe|tire\\siron|golf\\sclub|shovel|axe)\\s(?:to|on|into)\\s(?:him|her|them|you|whoever|anyone|(?:the|your|his|her|their|that)\\s(?:\\w+\\s)?"
                            + "(?:driver|guy|man|woman|lady|manager|super|landlord|neighbou?r|tenant|owner|agent|worker|face|head|knees?|car|truck|office|windows?))\\b"
                            + "|\\b(?:le|les|te)\\s(?:doy|voy\\sa\\sdar|daremos)\\s(?:con\\s)?(?:un|el|mi)\\s(?:bate|palo|martillo|machete|tubo)\\b",
                    VIOLENT),
            cue("ASSAULT_BY_SOMEONE",
                    "\\b(?:punched|slapped|shoved|kicked|choked|strangled|spat\\son|beat\\sup|assaulted|attacked|head-?butted)\\s(?:me|him|her|us|them|my\\s(?:\\w+\\s)?"
                            + "(?:husband|wife|son|daughter|kids?|child|children|partner|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|friend|roommate"
                            + "|neighbou?r|grandmother|grandfather|grandma|grandpa))\\b"
                            + "|\\b(?:me|nos|le|la|lo)\\s(?:golpeo|golpearon|pego|pegaron|empujo|ataco|agredio)\\b",
                    VIOLENT),
            cue("PROTECTION_ORDER",
                    "\\b(?:restraining|protective|protection|no[\\s-]contact)\\sorder\\b|\\border\\sof\\sprotection\\b"
                            + "|\\borden\\sde\\s(?:proteccion|alejamiento|restriccion)\\b",
                    HARASSMENT));

    private ThreatCueRules() {}

    /** A cue, never negated: threats are claims to be read by a human, like mentions. */
    private static Rule cue(String name, String regex, Set<RiskFlag> flags) {
        return new Rule(name, Pattern.compile(regex), flags, false, false, null);
    }
}
