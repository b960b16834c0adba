package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;
import static dev.opscore.jobs.triage.Rule.mentionIf;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Set;

/**
 * FAIR_HOUSING for reasonable-accommodation requests that never say "accommodation": a polite
 * question about a closer parking space, a ground-floor unit or an animal becomes a request
 * for an accommodation when it gives a disability or a medical reason, anywhere in the message.
 */
final class AccommodationRules {

    private static final Set<RiskFlag> FAIR_HOUSING = Set.of(RiskFlag.FAIR_HOUSING);

    /** What an accommodation or modification changes: the unit, the parking, an animal, a rule, a fixture. */
    private static final String CHANGE = "\\b(?:(?:ground|first|lower|bottom|main)[\\s-](?:floor|level)\\s(?:unit|apartment|apt|place|one)"
            + "|(?:unit|apartment|apt)\\s(?:on|in)\\s(?:the|a)\\s(?:ground|first|lower|bottom)\\s(?:floor|level)|transfer\\s(?:to|into)\\b"
            + "|(?:move|moving|switch|switching)\\s(?:to|into)\\s(?:a|an|another|the)\\s(?:\\w+\\s)?(?:unit|apartment|building|floor)"
            + "|(?:building|unit)\\swith\\s(?:an\\s)?elevator|elevator\\sbuilding|(?:closer|nearer|near|close)\\s(?:to\\s)?(?:the\\s)?(?:entrance|door|elevator|building)"
            + "|(?:parking|spot|space)\\s(?:\\w+\\s){0,3}(?:closer|nearer|near|close\\sto|by)\\s(?:the\\s|my\\s)?(?:entrance|door|building|elevator|unit)"
            + "|(?:reserved|assigned|closer|designated)\\s(?:parking\\s)?(?:spot|space)|exception\\s(?:to|for|from)\\b|no[\\s-]pets?\\s(?:rule|policy|clause)"
            + "|pet\\s(?:rule|policy|limit|fee|deposit|rent)|(?:keep|have|bring|allow\\w*)\\s(?:my|a|an|our)\\s(?:\\w+\\s)?(?:dog|cat|animal|pet|rabbit|bird)"
            + "|live[\\s-]in\\s(?:aide|caregiver|carer|nurse|helper|assistant)|(?:caregiver|aide|carer|nurse)\\s(?:to\\s|will\\s|would\\s|could\\s)?(?:\\w+\\s)?(?:live|move\\sin|stay)"
            + "|(?:install|put\\sin|add|need|get|widen|lower)\\s(?:\\w+\\s){0,3}?(?:grab\\s?bars?|hand\\s?rails?|ramp|shower\\schair|(?:roll|walk)-?in\\sshower"
            + "|strobe|flashing\\s(?:light|doorbell|alarm)|visual\\s(?:doorbell|alarm)|lever\\s(?:handles?|door)|raised\\stoilet|door\\sopener|door(?:way)?s?)"
            + "|planta\\sbaja|primer\\spiso|(?:otro|otra)\\s(?:apartamento|departamento|unidad)|cambio\\sde\\s(?:apartamento|departamento|unidad)"
            + "|estacionamiento\\s(?:\\w+\\s){0,3}(?:cerca|mas\\scerca|reservado)|(?:cerca|mas\\scerca)\\sde\\sla\\s(?:entrada|puerta)"
            + "|(?:tener|traer|quedarme\\scon|mantener)\\s(?:a\\s)?(?:mi|un)\\s(?:perro|gato|animal|mascota)|excepcion|regla\\sde\\s(?:no\\s)?mascotas"
            + "|cuidador[ao]?\\s(?:\\w+\\s){0,3}(?:vive|viva|viviria|viviendo|se\\squede|mudarse|quedarse)|barras\\s(?:de\\s)?(?:apoyo|seguridad))\\b";

    /** A medical or disability reason for the change. */
    private static final String MEDICAL = "\\b(?:doctor|doctor'?s|physician|therapist|psychiatrist|psychologist|counsel+or|medical(?:ly)?"
            + "|disab\\w*|handicap\\w*|(?:my|his|her|their)\\s(?:\\w+\\s)?condition|(?:medical|health|heart|lung|chronic|back|neurological)\\scondition|surgery|knee|hip|back\\sinjury|mobility|walker|wheelchair|cane|crutches|arthritis"
            + "|multiple\\ssclerosis|parkinson'?s|copd|chemo\\w*|cancer|stroke|ptsd|anxiety|depression|panic\\sattacks|autis\\w*|blind|deaf|hard\\sof\\shearing"
            + "|placard|prescri\\w*|health\\s(?:reasons?|condition|issues?)|can'?t\\s(?:do|climb|manage|handle|walk\\sup)\\s(?:the\\s)?stairs"
            + "|medico|doctora?|terapeuta|psicolog[oa]|psiquiatra|mi\\scondicion|condicion\\smedica|cirugia|rodilla|cadera|discapacid\\w*|enfermedad|salud"
            + "|artritis|movilidad|baston|andadera|muletas)\\b";

    static final List<Rule> RULES = List.of(
            mentionIf("ACCOMMODATION_FOR_A_REASON", CHANGE, MEDICAL, FAIR_HOUSING),
            mention("DISABILITY_PERMIT_OR_AIDE", "\\b(?:disability|disabled|handicap(?:ped)?|accessible|ada)\\s(?:parking\\s)?(?:placard|tag|plates?|permit|sticker|hang\\s?tag)s?\\b"
                            + "|\\blive[\\s-]in\\s(?:aide|caregiver|carer|nurse|home\\shealth\\saide|helper|care\\s?worker)s?\\b"
                            + "|\\b(?:placa|permiso|etiqueta|calcomania)\\sde\\s(?:discapacitad[oa]s?|minusvalid[oa]s?|impedid[oa]s?)"
                            + "|\\bcuidador[ao]?\\s(?:que\\s)?(?:vive|viva|viviria|se\\squeda|duerme)\\sconmigo\\b|\\bcuidador[ao]?\\sde\\stiempo\\scompleto\\b"
                            + "|\\b(?:emotional|emocional)\\s(?:support|apoyo)\\b|\\bapoyo\\semocional\\b"
                            + "|\\b(?:letter|note)\\sfrom\\s(?:my|his|her)\\s(?:doctor|therapist|psychiatrist|psychologist|counsel+or|physician)"
                            + ANY + "{0,60}\\b(?:dog|cat|animal|pet|rabbit|bird)s?\\b"
                            + "|\\b(?:dog|cat|animal|pet|rabbit|bird)s?\\b" + ANY + "{0,60}\\b(?:letter|note)\\sfrom\\s(?:my|his|her)\\s(?:doctor|therapist|psychiatrist|psychologist|counsel+or|physician)"
                            + "|\\b(?:therapist|doctor|psychiatrist|physician)\\s(?:prescribed|recommended|recommends)\\s(?:a|an|my|the)\\s(?:\\w+\\s)?(?:dog|cat|animal|pet)"
                            + "|\\bcarta\\s(?:de|del)\\s(?:mi\\s)?(?:medico|doctor|doctora|terapeuta|psicolog[oa]|psiquiatra)" + ANY + "{0,60}\\b(?:perro|gato|animal|mascota)"
                            + "|\\b(?:perro|gato|animal|mascota)\\b" + ANY + "{0,60}\\bcarta\\s(?:de|del)\\s(?:mi\\s)?(?:medico|doctor|doctora|terapeuta|psicolog[oa]|psiquiatra)"
                            + "|\\b(?:my|mi)\\s(?:doctor|medico|doctora|physician|therapist)\\s(?:says|said|recommends|recommended|advised|advises|wants|suggested|suggests"
                            + "|told\\sme|dice|dijo|recomienda|recomendo|me\\sdijo|sugiere|sugirio)\\b" + ANY + "{0,80}" + "(?:" + CHANGE + "|\\bstairs\\b|\\bescaleras\\b)"
                            + "|\\b(?:for|due\\sto|because\\sof|por)\\s(?:my\\s|mi\\s)?(?:medical|health|salud|medicas|razones\\smedicas|razones\\sde\\ssalud)"
                            + "\\s?(?:reasons|condition|issues|needs)?\\b" + ANY + "{0,60}(?:" + CHANGE + ")"
                            + "|(?:" + CHANGE + ")" + ANY + "{0,60}\\b(?:for|due\\sto|because\\sof|por)\\s(?:my\\s|mi\\s)?(?:medical|health|salud|razones\\smedicas|razones\\sde\\ssalud|mi\\scondicion)\\b",
                    FAIR_HOUSING));

    private AccommodationRules() {}
}
