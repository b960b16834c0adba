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
            + "|kids|children|baby|nationality|ethnicity|gender|sex|age|wheelchair|faith)|(?:i|we)\\shave\\s(?:\\w+\\s)?(?:kids|children))";

    private static final String PROTECTED_WORD = "(?:black|white|hispanic|latin[oax]|mexican|asian|arab|muslim|jewish|christian"
            + "|catholic|hindu|sikh|gay|lesbian|queer|trans\\w*|disabled|deaf|blind|pregnant|an?\\simmigrant)\\b";

    /** Groups named beside "you people": a slur-like generalisation about a protected group, not mere frustration. */
    private static final String ORIGIN = "(?:black|hispanic|latin[oax]s?|mexicans?|asians?|arabs?|muslims?|jewish|jews|somalis?|africans?"
            + "|haitians?|immigrants?|refugees?|indians?|chinese|(?:spanish|arabic)[\\s-]speaking)\\b";

    static final List<Rule> RULES = List.of(
            mention("DISCRIMINATION", "\\bdiscrimin\\w*|\\bracis[mt]\\w*|\\bsexis[mt]\\w*|\\bprejudic\\w*|\\bbias(?:ed)?\\sagainst\\b"
                    + "|\\bfair\\shousing\\b|\\bhud\\scomplaint\\b|\\bprotected\\sclass\\b"
                    + "|\\bracial\\s(?:slurs?|epithets?|comments?|remarks?|names)\\b|\\bslurs?\\b|\\binsultos\\sracistas\\b", FAIR_HOUSING),
            mention("PROTECTED_CLASS_TREATMENT", "\\b(?:because|since|just\\sbecause|cause|cuz|bc|due\\sto\\sthe\\sfact|difference\\s(?:\\w+\\s){0,4}is(?:\\sthat)?)\\s"
                    + "(?:i'?m\\s|i\\sam\\s|we'?re\\s|we\\sare\\s|he'?s\\s|she'?s\\s|they'?re\\s|of\\s)?" + PROTECTED + "\\b"
                    + "|\\bpor\\sser\\s(?:negr[oa]|latin[oa]|mexican[oa]|inmigrante|mujer|discapacitad[oa])|(?<!miedo\\s)(?<!preocupad[oa]\\s)(?<!temo\\s)\\bpor\\smis\\shijos\\b"
                    + "|\\bonly\\s(?:\\w+\\s){0,2}(?:black|hispanic|latino|latina|asian|muslim|jewish|spanish[\\s-]speaking|immigrant|arab|mexican|somali)\\b"
                    + "|\\bevery\\s(?:black|hispanic|latino|asian|muslim|immigrant)\\s(?:tenant|family|resident|person)"
                    + "|\\b(?:porque|por)\\s(?:somos|soy|es)\\s(?:latin[oa]s?|mexican[oa]s?|negr[oa]s?|inmigrantes?)"
                    + "|\\b(?:porque|por)\\s(?:no\\s)?(?:hablamos|hablo|hablar)\\s(?:ingles|espanol)|\\bgente\\scomo\\sustedes\\b"
                    + "|\\b(?:treated|treating|treat)\\s(?:us\\s|me\\s)?differently\\b|\\b(?:feel|felt|feels)\\s(?:\\w+\\s)?(?:targeted|singled\\sout)"
                    + "|\\btargeted\\sat\\s(?:us|me)\\b|\\bbecause\\sof\\swhere\\s(?:i'?m|we'?re|i\\sam|we\\sare|they'?re|he'?s|she'?s)\\sfrom\\b"
                    + "|\\bfamilies\\swith\\s(?:little\\s|young\\s|small\\s)?(?:kids|children)\\b|\\bfound\\sout\\s(?:i'?m|he'?s|she'?s|we'?re|they'?re)\\s"
                    + PROTECTED_WORD + "|\\byou\\speople\\b" + ANY + "{0,60}\\b" + ORIGIN + "|\\b" + ORIGIN + ANY + "{0,60}\\byou\\speople\\b"
                    + "|\\bwho'?s\\s(?:white|black|hispanic|latino|asian|mexican)\\b|\\b(?:same[\\s-]sex|both\\s(?:men|women))\\b"
                    + "|\\btoo\\smany\\s(?:occupants|people|kids|children)\\b" + ANY + "{0,80}\\b(?:kids?|child|children|baby|babies|newborn|pregnan\\w*)\\b"
                    + "|\\b(?:kids?|child|children|baby|babies|newborn|pregnan\\w*)\\b" + ANY + "{0,80}\\btoo\\smany\\s(?:occupants|people|kids|children)\\b"
                    + "|\\bdemasiad[oa]s\\s(?:ocupantes|personas|ninos|hijos)\\b" + ANY + "{0,80}\\b(?:ninos|hijos|bebe|embaraz\\w*)\\b"
                    + "|\\b(?:ninos|hijos|bebe|embaraz\\w*)\\b" + ANY + "{0,80}\\bdemasiad[oa]s\\s(?:ocupantes|personas|ninos|hijos)\\b"
                    + "|\\b(?:wouldn'?t|would\\snot|won'?t|didn'?t\\sthink\\s(?:we|i|you)\\s(?:would|'d))\\s(?:be\\s)?(?:comfortable|fit\\sin|a\\sgood\\sfit)\\b" + ANY
                    + "{0,60}\\b(?:kids|children|family|language|accent|religion|culture|" + ORIGIN + ")", FAIR_HOUSING),
            mention("REASONABLE_ACCOMMODATION", "\\breasonable\\s(?:accommodation|accomodation|modification)s?\\b"
                    + "|\\baccomm?odations?\\s(?:request|for\\smy|due\\sto|because)\\b|\\bacomodo\\srazonable\\b"
                    + "|\\b(?:my|his|her|our)\\s(?:disabilit\\w*|wheelchair|walker|mobility\\s(?:issue|device)s?)\\b"
                    + "|\\bdiscapacidad\\b|\\bdiscapacitad[oa]s?\\b|\\b(?:as\\san?|disability|medical|ada)\\s(?:\\w+\\s)?(?:accomm?odation|modification)s?\\b"
                    + "|\\bmodification\\srequest\\b|\\b(?:wheelchair|walker)\\suser\\b|\\b(?:i|we)\\s(?:use|am\\sin)\\sa\\s(?:wheelchair|walker)\\b|\\bi'?m\\sin\\sa\\swheelchair\\b"
                    + "|\\b(?:my|an|our|approved|registered|the)\\sesa\\b(?!\\s(?:es|era|vez|casa|persona|senora|mujer|cosa))"
                    + "|\\bsilla\\sde\\sruedas\\b|\\bhard\\sof\\shearing\\b|\\bi'?m\\s(?:deaf|blind)\\b|\\bacomodo\\b", FAIR_HOUSING),
            mention("ASSISTANCE_ANIMAL", "\\b(?:service|assistance|support|emotional\\ssupport|therapy|companion|guide)\\s(?:animal|dog|cat|pet)s?\\b"
                    + "|\\besa\\s(?:letter|dog|cat|animal)\\b|\\banimal\\sde\\s(?:servicio|apoyo|asistencia)\\b"
                    + "|\\bperro\\s(?:de\\s)?(?:servicio|guia|de\\sapoyo)\\b", FAIR_HOUSING),
            mention("ACCESSIBILITY_CHANGE", "\\bgrab\\sbars?\\b|\\bwheelchair\\s(?:ramp|access\\w*)\\b|\\b(?:install|need|add|build)\\s(?:a\\s)?ramp\\b"
                    + "|\\baccessib\\w*|\\bhandicap(?:ped)?\\s(?:parking|spot|space|access\\w*)\\b|\\bdisabled\\s(?:parking|spot|space)\\b"
                    + "|\\bada\\s(?:compliant|accessible|requirements?)\\b|\\bbarras\\sde\\sapoyo\\b|\\brampa\\b", FAIR_HOUSING),
            // told "nothing available" while someone else was offered units the same day
            mention("AVAILABILITY_BY_COMPARISON",
                    "\\bno\\s(?:habia|hay|tenian|tienen|quedaban)\\s(?:\\w+\\s){0,2}(?:disponibles?|vacantes?|libres?)\\b" + ANY
                            + "{0,80}\\bpero\\s(?:a|al)\\s" + ANY + "{0,50}\\b(?:le|les)\\s(?:ofrecieron|mostraron|ensenaron|dieron|rentaron)\\b"
                            + "|(?:\\b(?:no|zero)\\s(?:vacancies|units|apartments|openings)\\b|\\bnothing\\s(?:was\\s|is\\s)?available\\b)" + ANY
                            + "{0,80}\\bbut\\s" + ANY + "{0,60}\\b(?:told|showed|offered|gave|rented)\\s(?:my|her|his|their|a|the)\\s(?:\\w+\\s){0,2}"
                            + "(?:coworker|co-worker|friend|neighbou?r|colleague|couple|family|guy|woman|man|sister|brother)\\b", FAIR_HOUSING),
            mention("RETALIATION", "\\bretaliat\\w*|\\brepresalias?\\b|\\bpayback\\sfor\\s(?:complaining|reporting)\\b"
                    + "|\\b(?:since|after|ever\\ssince)\\s(?:i|we)\\s(?:complained|reported|filed\\sa\\scomplaint|called\\sthe\\scity|testified|spoke\\s(?:up|out)|organi[sz]ed|joined\\sthe\\stenants?\\W?)" + ANY
                    + "{0,80}\\b(?:ignored|charged|fees?|raised|treated|refus\\w*|evict\\w*|targeted|non-?renew\\w*|sitting|skipped|coincidence)"
                    + "|\\b(?:desde|despues\\sde)\\sque\\s(?:me\\s)?(?:queje|quejamos|reporte|reportamos|denuncie|denunciamos|hable|hablamos|declare|fui\\sa\\sla\\sreunion"
                    // "desde que fui a la junta de vecinos a quejarme": the complaint a few words on
                    + "|(?:fui|fuimos)\\s" + ANY + "{0,40}\\b(?:quejar\\w*|reclamar|denunciar|reportar)|(?:\\w+\\s){0,4}(?:la\\s)?(?:queja|denuncia|reporte)\\s(?:a|en|ante|con)\\sla\\s(?:ciudad|municipalidad|alcaldia))"
                    + ANY + "{0,80}\\b(?:casualidad|ignoran|ignoraron|cobran|cobraron|suben|subieron|no\\s(?:me\\s|nos\\s)?(?:renuevan|arreglan|atienden|contestan)"
                    + "|nadie\\s(?:me\\s|nos\\s)?(?:contesta|responde|hace\\scaso)|ya\\sno\\s(?:me\\s|nos\\s)?(?:contestan|responden|arreglan|atienden))"
                    + "|\\bbecause\\s(?:i|we)\\s(?:complained|reported|filed)\\b"
                    // the suspicion may come sentences later: "ever since I testified ... I don't think that's a coincidence"
                    + "|\\b(?:since|after)\\s(?:i|we)\\s(?:testified|spoke\\s(?:up|out)|organi[sz]ed|complained|reported)\\b[\\s\\S]{0,240}?\\b(?:coincidence|casualidad)\\b"
                    + "|\\bbecause\\si\\s(?:complained|reported)" + ANY + "{0,20}\\b(?:now|raised|evict|refus)", FAIR_HOUSING));

    private FairHousingRules() {}
}
