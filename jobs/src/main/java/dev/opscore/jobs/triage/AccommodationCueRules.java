package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reasonable-accommodation requests asked as ordinary polite questions: a placard space near the
 * door, a live-in aide, an assistance animal, a move to the ground floor on a doctor's advice.
 * Fair-housing law applies however mildly the request is put, so these are claims, never negated.
 */
final class AccommodationCueRules {

    private static final RiskFlag FAIR_HOUSING = RiskFlag.FAIR_HOUSING;
    private static final String MEDICAL = "\\b(?:doctor|doctors|doctor'?s|dr|physician|physician'?s|therapist|therapist'?s|psychiatrist|nurse|medical"
            + "|medically|disabilit\\w*|disabled|handicap\\w*|mobility|surgery|knee|knees|hip|hips|back\\sinjury|arthritis|multiple\\ssclerosis|parkinson'?s"
            + "|stroke|chemo\\w*|heart\\scondition|copd|oxygen|cane|walker|crutches|wheelchair|blind|deaf|anxiety|ptsd|depression|autism|autistic|autismo"
            + "|seizures?|epilep\\w*|convulsiones|medico|medica|doctora|discapacidad|discapacitad[oa]|cirugia|rodilla|cadera|andadera|bastón|baston|muletas|ansiedad|depresion"
            + "|diabet\\w*|low\\svision|eyesight|macular\\s\\w+|glaucoma|cataracts?|dementia|alzheimer'?s|vista|ciego|ciega|sordo|sorda|demencia|me\\soperaron|operacion)\\b";
    private static final String CHANGE = "\\b(?:parking|pets?|dogs?|cats?|animals?|stairs|steps|transfer|switch\\s(?:units|apartments)|rule|policy|aide"
            + "|caregiver|grab|ramp|bath\\w*|shower|tub|exception|elevator|entrance|closer|nearer|lower|ground|first[\\s-]floor|accommodat\\w*"
            + "|estacionamiento|mascotas?|perros?|gatos?|escaleras|regla|elevador|ascensor|entrada|planta\\sbaja|primer\\spiso"
            + "|cambiar\\sde\\s(?:apartamento|unidad)|cambio\\sde\\s(?:apartamento|unidad)"
            // a change asked for because of the condition: "can you swap the flickering lights", "se pueden cambiar"
            + "|(?:can|could|would)\\s(?:you|they|someone|we)\\s(?:please\\s)?(?:change|replace|swap|install|remove|move)"
            + "|(?:se\\s)?(?:pueden|puede|podrian|podria)\\s(?:cambiar|poner|quitar|instalar|mover)\\w*)\\b";

    static final List<Rule> RULES = List.of(
            mention("DISABILITY_PARKING",
                    "\\b(?:disability|disabled|handicap\\w*|accessible|ada)\\s(?:parking\\s)?(?:placard|plates?|tags?|permit|hang\\s?tag|sticker|parking|spots?|spaces?)\\b"
                            + "|\\bplacard\\b|\\b(?:placa|permiso|etiqueta|estacionamiento|lugar|espacio)\\s(?:\\w+\\s)?(?:de\\s|para\\s)?(?:discapacitad[oa]s?|minusvalid[oa]s?|discapacidad)",
                    FAIR_HOUSING),
            mention("LIVE_IN_AIDE",
                    "\\blive[\\s-]in\\s(?:aide|caregiver|care\\s?giver|caretaker|nurse|helper|assistant|carer)\\b"
                            + "|\\b(?:home\\shealth\\s)?(?:aide|caregiver|care\\s?giver|caretaker|carer|pca|personal\\scare\\sassistant)\\b" + ANY
                            + "{0,40}\\b(?:live|living|stay|staying|move\\sin|moving\\sin|on\\sthe\\slease|added\\sto|overnight)\\b"
                            + "|\\b(?:mov\\w*\\sin|live\\swith\\s(?:me|us)|stay\\swith\\s(?:me|us))\\sas\\s(?:my|our|his|her)\\s(?:[\\w-]+\\s)?(?:caregiver|care\\s?giver|aide|caretaker|carer|nurse)\\b"
                            + "|\\b(?:cuidador[a]?|enfermer[oa]|asistente)\\s" + ANY + "{0,40}\\b(?:viva|vivir|quedarse|se\\squede|mudarse|conmigo)\\b"
                            + "|\\b(?:cuidador[a]?)\\s(?:de\\s)?(?:tiempo\\scompleto|interna|que\\svive)"
                            // someone moving in to look after the tenant: "se va a mudar conmigo para cuidarme"
                            + "|\\b(?:mudar\\w*|vivir|quedar\\w*)\\sconmigo\\spara\\s(?:cuidarme|ayudarme|atenderme)\\b"
                            + "|\\bmov\\w*\\sin\\s(?:with\\s(?:me|us)\\s)?to\\s(?:help\\s)?(?:take\\scare\\sof|care\\sfor|look\\safter)\\s(?:me|us|my\\s\\w+)\\b",
                    FAIR_HOUSING),
            mention("ASSISTANCE_ANIMAL_CUE",
                    "\\bemotional[\\s-]support\\b|\\bsupport\\s(?:animals?|dogs?|cats?|pets?|letter)\\b|\\btherapy\\s(?:animal|dog|cat)s?\\b"
                            + "|\\b(?:exception|exemption|waiver)\\s(?:to|from|for)\\s(?:the\\s|your\\s)?(?:no[\\s-]pets?|pets?|animal|dog|breed|weight)\\s?(?:policy|rule|limit|fee|deposit|rent|restriction)?"
                            + "|\\bno[\\s-]pets?\\s(?:policy|rule|clause)\\b" + ANY + "{0,60}" + "\\b(?:doctor|therap\\w*|letter|anxiety|depress\\w*|ptsd|disab\\w*|medical|prescri\\w*|need)\\b"
                            + "|\\bwaive\\s(?:the\\s|my\\s)?pet\\s(?:fee|deposit|rent)\\b" + ANY + "{0,60}" + MEDICAL
                            + "|\\bapoyo\\semocional\\b|\\bperro\\s(?:de\\s)?(?:asistencia|guia|terapia)\\b|\\banimal\\sde\\s(?:terapia|compania)\\b|\\bperro\\sde\\sterapia\\b|\\bcarta\\s(?:de|del)\\s(?:mi\\s)?(?:terapeuta|psicolog\\w*|psiquiatra|medico)"
                            + "|\\bexcepcion\\s(?:a|de|para)\\s(?:la\\s)?(?:regla|politica)\\sde\\s(?:no\\s)?mascotas",
                    FAIR_HOUSING),
            mentionIf("MEDICAL_REASON_FOR_A_CHANGE",
                    "\\b(?:doctor|dr|physician|therapist|nurse|specialist|cardiologist|surgeon)'?s?\\s(?:\\w+\\s)?(?:note|letter|advice|recommend\\w*|orders?|says|said|told|wants|suggest\\w*|advised|prescri\\w*)\\b"
                            + "|\\b(?:on|per|by|following)\\s(?:my\\s)?(?:doctor|physician|dr)'?s?\\s(?:advice|orders?|recommendation)"
                            + "|\\bmedical\\s(?:reasons?|needs?|necessity|documentation|note|letter|condition|issues?|equipment|device)\\b|\\bfor\\smy\\shealth\\b"
                            + "|\\b(?:mi|el|la|su)\\s(?:medico|doctor|doctora|medica)\\s(?:me\\s|le\\s|nos\\s)?(?:recomienda|recomendo|dice|dijo|quiere|sugiere|sugirio|ordeno|indico|cree|piensa)"
                            + "|\\b(?:nota|carta|recomendacion|orden)\\s(?:de\\s|del\\s)(?:mi\\s)?(?:medico|doctor|doctora)|\\brazones\\smedicas\\b|\\bcondicion\\smedica\\b",
                    CHANGE),
            mentionIf("FLOOR_TRANSFER_FOR_HEALTH",
                    "\\b(?:ground|first|lower|bottom|1st)[\\s-](?:floor|level)\\b|\\bdownstairs\\s(?:unit|apartment|apt|place)\\b|\\belevator\\sbuilding\\b|\\b(?:unit|apartment|building)\\s(?:with|that\\shas)\\san\\selevator\\b"
                            + "|\\b(?:can'?t|cannot|unable\\sto|hard\\sto|struggle\\sto|difficult\\sto)\\s(?:do|climb|manage|use|take|handle|go\\sup)\\s(?:the\\s)?(?:stairs|steps)\\b"
                            + "|\\bplanta\\sbaja\\b|\\bprimer\\spiso\\b|\\bno\\spuedo\\s(?:subir|bajar)\\s(?:las\\s)?escaleras\\b",
                    MEDICAL),
            // notices in a form a tenant with low vision or blindness can read
            mention("ACCESSIBLE_FORMAT",
                    "\\b(?:large|larger|bigger|big)[\\s-]print\\b|\\b(?:bigger|larger)\\s(?:letters|font|type)\\b|\\bbraille\\b|\\bscreen[\\s-]reader\\b"
                            + "|\\bletras?\\s(?:mas\\s)?grandes?\\b|\\blector\\sde\\spantalla\\b",
                    FAIR_HOUSING),
            mention("ACCESSIBILITY_CUE",
                    "\\bwheelchairs?\\b|\\bgrab[\\s-]?bars?\\b|\\b(?:install|build|add|put\\sin|need|get|request|requesting|want)\\s(?:\\w+\\s){0,2}ramp\\b|\\bshower\\s(?:chair|seat|bench)\\b|\\broll[\\s-]in\\sshower\\b"
                            + "|\\bhandrails?\\s(?:in|for|by|next\\sto)\\s(?:the\\s|my\\s)?(?:bath\\w*|shower|tub|toilet)|\\b(?:lower|raise|raised)\\s(?:the\\s)?(?:counters?|cabinets?|toilet)"
                            + "|\\bvisual\\s(?:doorbell|alarm|smoke\\salarm)|\\bstrobe\\s(?:light\\s)?(?:alarm|smoke)|\\bflashing\\s(?:light\\s)?(?:doorbell|alarm)"
                            + "|\\bsilla\\sde\\sruedas\\b|\\bbarras?\\s(?:de\\s)?(?:apoyo|seguridad|agarre)\\b|\\bandadera\\b"
                            + "|\\b(?:instalar|poner|pongan|instalen)\\s(?:una\\s|unas\\s)?barras?\\s(?:en|para|junto\\sal?)\\s(?:la\\s|el\\s)?(?:regadera|ducha|tina|bano|inodoro|excusado)\\b",
                    FAIR_HOUSING));

    private AccommodationCueRules() {}

    /** A claim that needs a second cue elsewhere in the message; neither is negated. */
    private static Rule mentionIf(String name, String regex, String contextRegex) {
        return new Rule(name, Pattern.compile(regex), EnumSet.of(FAIR_HOUSING), false, false, Pattern.compile(contextRegex));
    }
}
