package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.List;

/** LEGAL: any mention counts, negated or not ("my lawyer friend", "I don't want to sue"). */
final class LegalRules {

    private static final RiskFlag LEGAL = RiskFlag.LEGAL;

    static final List<Rule> RULES = List.of(
            mention("LAWYER", "\\b(?:lawyers?|lawer\\w*|laywer\\w*|layer\\sup|attorn\\w*|atty|legal\\s(?:counsel|aid)"
                    + "|abogad[oa]s?)\\b", LEGAL),
            mention("LAWSUIT", "\\bsu(?:e|ing|ed)\\b(?!\\s(?:from|at|in\\sthe|said|says|told|is|was|and))|\\blaw\\s?suits?\\b"
                    + "|\\bdemand(?:a|ar|are|aremos|e)\\b|\\bdemandarl[oa]s?\\b", LEGAL),
            mention("COURT", "(?<!basketball\\s)(?<!tennis\\s)(?<!food\\s)(?<!pickleball\\s)(?<!volleyball\\s)(?<!squash\\s)"
                    + "\\b(?:to|in|into|at|the|housing|eviction|civil|county|district|family|landlord-tenant)\\scourt\\b(?!\\s?yard)"
                    + "|\\bcourt\\s(?:date|order|hearing|case|filing|papers|appearance|summons)\\b(?!" + ANY + "{0,40}\\b(?:pickleball|tennis|basketball|volleyball|tournament|game))|\\bsmall\\sclaims?\\b|\\btribunal\\w*|\\bcorte\\b|\\bjuez\\b|\\bjudge\\b", LEGAL),
            mention("EVICTION", "\\bevict\\w*(?!\\s(?:it|the\\s(?:spiders?|mice|mouse|roach\\w*|raccoons?|birds?|squirrels?|pigeons?|bugs?|ants))\\b)|\\bdesaloj\\w*|\\bdesahuci\\w*|\\bnotice(?<!\\b(?:my|our)\\s[\\w\\s-]{0,30}notice)\\sto\\s(?:quit|vacate|cure|pay)\\b"
                    + "|\\blegal\\snotice\\b|\\bunlawful\\sdetainer\\b", LEGAL),
            mention("RENT_WITHHOLDING", "\\bwithh?old\\w*\\s(?:my\\s|the\\s|our\\s)?rent\\b|\\brent\\swithh?old\\w*|\\bescrow\\b"
                    + "|\\b(?:not|won'?t|wont|refuse\\sto|stop(?:ping)?)\\s(?:be\\s)?pay(?:ing)?\\s(?:my\\s|the\\s|any\\s)?rent\\s(?:until|till|til)\\b"
                    + "|\\bwithh?old\\w*\\s(?:the\\s)?(?:\\w+\\s){0,2}(?:portion|part)\\sof\\s(?:my|the|our)\\srent"
                    + "|\\bno\\s(?:voy|vamos)\\sa\\spagar\\s(?:la\\s|el\\s)?(?:renta|alquiler)\\shasta"
                    + "|\\bretener\\s(?:la\\s|el\\s)?(?:renta|alquiler|pago)", LEGAL),
            mention("HOUSING_INSPECTOR", "\\b(?:housing|building|city|health|code)\\s(?:inspector|inspection|department|dept)s?\\b"
                    + "|\\bcode\\senforcement\\b|\\breport\\s(?:you|this|the\\slandlord|them)\\sto\\s(?:the\\s)?(?:city|county|state|hud)\\b"
                    + "|\\binspector\\sde\\s(?:vivienda|la\\sciudad)|\\binspeccion\\sde\\s(?:vivienda|la\\sciudad)", LEGAL),
            mention("FORMAL_LEGAL_DEMAND", "\\bdemand\\sletter\\b|\\bcease\\sand\\sdesist\\b|\\bformal\\s(?:demand|notice)\\b"
                    + "|\\blegal\\s(?:action|steps|proceedings|remedies|rights)\\b|\\bwarranty\\sof\\shabitability\\b"
                    + "|\\bbreach\\sof\\s(?:the\\s)?(?:lease|contract)\\b|\\btenant'?s?\\srights\\b|\\bmy\\srights\\sas\\sa\\stenant\\b"
                    + "|\\baccion\\w*\\slegal\\w*|\\bmis\\sderechos\\b", LEGAL),
            mention("RENT_WITHHELD_FOR_REPAIRS", "\\b(?:not|won'?t|wont|refuse\\sto|stop(?:ping)?|holding\\soff\\son|hold\\soff\\son|not\\sgoing\\sto|not\\sgonna)\\s(?:be\\s)?pay\\w*\\s(?:\\w+\\s){0,3}rent\\b"
                    + ANY + "{0,40}\\b(?:until|till|til|unless|while|as\\slong\\sas)\\b"
                    + "|\\b(?:not|won'?t|refuse\\sto)\\s(?:be\\s)?pay(?:ing)?\\s(?:anything\\s|a\\s(?:dime|cent|penny)\\s)?(?:until|till|til)\\b"
                    + "|\\bno\\s(?:\\w+\\s){0,2}pagar\\w*\\s(?:\\w+\\s){0,3}(?:hasta\\sque|mientras\\sno|hasta\\sno)\\b"
                    + "|\\bhold(?:ing)?\\s(?:back|onto)\\s(?:my\\s|the\\s|our\\s|this\\smonth'?s\\s)?rent\\b|\\brent\\sstrike\\b|\\brepair\\sand\\sdeduct\\b"
                    + "|\\bdeduct\\w*\\s(?:the\\s)?(?:cost|repair|bill|amount|it)\\s" + ANY + "{0,30}\\bfrom\\s(?:my\\s|the\\s|our\\s)?rent\\b"
                    + "|\\brent\\s(?:into|in)\\s(?:an\\s)?(?:escrow|court|account)\\b"
                    + "|\\bno\\s(?:voy|vamos)\\sa\\spagar\\s(?:la\\s|el\\s)?(?:renta|alquiler|mes)\\b" + ANY + "{0,40}\\b(?:hasta|mientras|si\\sno)\\b"
                    + "|\\b(?:dejar|dejare|dejaremos|voy\\sa\\sdejar)\\sde\\spagar\\s(?:la\\s|el\\s)?(?:renta|alquiler)", LEGAL),
            mention("REPORT_TO_AUTHORITIES", "\\b(?:call\\w*|contact\\w*|report\\w*|file\\w*|complain\\w*|phon\\w*|email\\w*|reach\\w*\\sout\\sto)\\s"
                    + "(?:\\w+\\s){0,5}?(?:to\\s|with\\s)?(?:the\\s)?(?:311|code\\senforcement|(?:housing|building|code|health)\\s(?:inspector|inspectors|authority|department|dept|board|agency)"
                    + "|(?<!pest\\s)(?<!fire\\s)(?<!home\\s)(?<!termite\\s)(?<!elevator\\s)(?<!mold\\s)(?<!sprinkler\\s)inspectors?|hpd|department\\sof\\s(?:buildings|housing)|health\\sdept|board\\sof\\shealth|hud|attorney\\sgeneral|rent\\sboard"
                    + "|tenants?'?\\s(?:union|association|rights\\s(?:group|organi[sz]ation))|legal\\s(?:aid|services|clinic|help)|housing\\s(?:court|authority|rights|advocate\\w*|clinic))\\b"
                    + "|\\b(?:will|'ll|going\\sto|gonna|about\\sto|plan\\sto|planning\\sto|have\\sto|may|might|should\\si|next\\sstep\\sis\\sto|or\\si|i'?m)\\s(?:\\w+\\s)?"
                    + "(?:call\\w*|contact\\w*|report\\w*|file\\w*|complain\\w*)\\s(?:\\w+\\s){0,4}?(?:to\\s|with\\s)?(?:the\\s)?city\\b"
                    + "(?!\\sabout\\s(?:the\\s)?(?:bulk|trash|garbage|recycling|street|pothole|parking|sidewalk|tree|noise\\sfrom\\sthe\\sstreet))"
                    + "|\\b(?:city|county|state)\\sabout\\s(?:the\\s|my\\s)?(?:landlord|management|owner|property\\smanager|you|this\\sbuilding)\\b"
                    + "|\\bcode\\s(?:violations?|complaint)\\b|\\bhousing\\scode\\b|\\b(?:our|the|my)\\stenants?'?\\s(?:union|association)\\s(?:is|will|has|are|plans?|voted|organi[sz]\\w*|filed|lawyer|attorney)\\b|\\blegal\\s(?:services|clinic|help|advice)\\b"
                    + "|\\b(?:tenant|housing)\\s(?:advocate|rights\\s(?:group|organi[sz]ation|hotline))\\b"
                    + "|\\b(?:llamar\\w*|llamare|llamaremos|llame|llamamos|reportar\\w*|reportare|reporte|reportamos|denunciar\\w*|denunciare|denuncie|denunciamos|queje|quejamos|me\\squeje)\\s(?:\\w+\\s){0,3}?(?:a\\s)?(?:la\\s|el\\s|al\\s)?"
                    + "(?:ciudad|municipio|311|inspector\\w*|inspeccion|departamento\\sde\\s(?:vivienda|salud|edificios)|autoridades)\\b"
                    // "fuimos a la alcaldia a quejarnos": went to the city's office to complain
                    + "|\\b(?:fui|fuimos|ire|iremos|vamos|voy)\\s(?:a\\s)?(?:la\\s|el\\s|al\\s)?(?:alcaldia|municipalidad|municipio|ayuntamiento|ciudad|oficina\\sde\\s(?:vivienda|la\\sciudad))\\s"
                    + "(?:a\\s|para\\s)(?:quejar\\w*|reclamar|denunciar|reportar\\w*|poner\\suna\\s(?:queja|denuncia))"
                    + "|\\binspector(?:es)?\\s(?:de\\s)?(?:vivienda|la\\sciudad|del\\smunicipio|de\\sedificios|de\\ssalud|municipal)\\b"
                    + "|\\bsindicato\\sde\\s(?:inquilinos|inquilinas)\\b|\\basociacion\\sde\\sinquilinos\\b|\\b(?:ayuda|asistencia|asesoria|asesor)\\slegal\\b"
                    + "|\\bdenuncia\\w*|\\bdemanda\\w*", LEGAL),
            mention("LEASE_VIOLATION_NOTICE", "\\b(?:lease|rule)\\s(?:violation|breach|infraction)s?\\b(?!\\s(?:fees?|charges?|fines?))|\\bnotice\\sof\\s(?:lease\\s)?(?:violation|default|termination|non-?renewal)\\b"
                    + "|\\bviolation\\s(?:notice|letter|warning)\\b|\\bpay[\\s-](?:rent[\\s-])?or[\\s-]quit\\b|\\bviolat\\w*\\s(?:my|the|our)\\s(?:lease|rental\\sagreement)\\b|\\bquit\\snotice\\b"
                    + "|\\b(?:3|three|5|five|7|seven|10|ten|14|fourteen)[\\s-]day\\snotice\\b|\\bnotice\\sof\\s(?:eviction|intent\\sto\\s(?:evict|terminate))\\b"
                    + "|\\b(?:aviso|notificacion|carta)\\s(?:de\\s)?(?:desalojo|violacion|incumplimiento|infraccion|terminacion|desahucio)\\b"
                    + "|\\bviolacion\\s(?:del|de\\sla)\\s(?:contrato|arrendamiento)\\b"
                    // "un aviso de que viole el contrato por tener visitas"
                    + "|\\b(?:viole|violamos|violo|incumpli|incumplimos|incumplio)\\s(?:el|mi|nuestro|su)\\s(?:contrato|arrendamiento|reglamento)\\b", LEGAL));

    private LegalRules() {}
}
