package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.mention;

import dev.opscore.policy.RiskFlag;
import java.util.List;

/**
 * LEGAL for what a tenant does or receives without a lawyer's name on it: holding back rent
 * over a repair, calling the city on the landlord, disputing a violation notice, a pay-or-quit
 * notice, a tenants' union. "I'll fight this fee" is a billing dispute, not a legal one.
 */
final class TenantActionRules {

    private static final RiskFlag LEGAL = RiskFlag.LEGAL;

    /** Who a tenant reports a landlord to; trash, potholes and street lights are not that. */
    private static final String AUTHORITY = "(?:the\\s)?(?:city(?!\\s(?:bus|trash|water|sewer|recycl\\w*|pick\\w*|bulk))|311|hpd|dob|code\\senforcement"
            + "|(?:housing|building|buildings|health|fire)\\s(?:authority|department|dept|board|commission|court|marshal|office)"
            + "|department\\sof\\s(?:housing|buildings|health)|(?:an?|the)\\s(?:building\\s|housing\\s|city\\s)?inspector|inspectors|hud|attorney\\sgeneral"
            + "|la\\sciudad|el\\s311|(?:el\\s)?departamento\\sde\\s(?:vivienda|salud|edificios)|un\\sinspector|los\\sinspectores|el\\sinspector)\\b";

    /**
     * "Since I called the city, I've been charged fees" is a retaliation claim (FAIR_HOUSING): the
     * report is history, not a legal step the tenant is taking now.
     */
    private static final String RETALIATION_FRAME = "(?=\\b(?:call|contact|report|phon|complain|fil|get|bring|notif|email|writ|tell|llam|quej|denunci|avis))"
            + "(?<!\\b(?:since|after|because|ever\\ssince|desde\\sque|despues\\sde\\sque|porque|retaliat\\w{0,5}\\sfor|represalias?\\spor|payback\\sfor)\\b" + ANY + "{0,50})";

    static final List<Rule> RULES = List.of(
            mention("RENT_HELD_BACK", "\\b(?:hold(?:ing)?|held|keep(?:ing)?)\\s(?:back\\s)?(?:my\\s|the\\s|this\\smonth'?s\\s|next\\smonth'?s\\s|our\\s)?rent\\b(?!\\s(?:check|receipt|ledger|portal))"
                            + "|\\b(?:not|won'?t|wont|refuse\\sto|stop(?:ping)?|no\\smore|never)\\s(?:be\\s)?(?:going\\sto\\s|gonna\\s)?pay(?:ing)?\\s(?:my\\s|the\\s|any\\s|this\\smonth'?s\\s|next\\smonth'?s\\s|a\\sdime\\sof\\s|another\\scent\\sof\\s)?rent\\b"
                            + ANY + "{0,40}\\b(?:until|till|til|unless|while|as\\slong\\sas)\\b"
                            + "|\\brent\\s(?:strike|abatement|reduction\\sfor\\s(?:the\\s)?(?:repair|leak|heat|mold|days))\\b|\\bdeduct\\w*\\s(?:\\w+\\s){0,4}from\\s(?:my\\s|the\\s)?rent\\b"
                            + "|\\brepair\\sand\\sdeduct\\b|\\bpay(?:ing)?\\s(?:my\\s|the\\s)?rent\\s(?:in|into|to)\\s(?:the\\s)?(?:court|an\\saccount|a\\sseparate\\saccount)\\b"
                            + "|\\bno\\s(?:voy|vamos|pienso|pensamos)\\sa\\spagar\\s(?:la\\s|el\\s|nada\\sde\\s)?(?:renta|alquiler|mensualidad|arriendo)\\b" + ANY
                            + "{0,40}\\b(?:hasta|mientras|si\\sno)\\b|\\bdejar\\sde\\spagar\\s(?:la\\s|el\\s)?(?:renta|alquiler)\\b|\\bhuelga\\sde\\s(?:renta|alquiler|inquilinos)\\b",
                    LEGAL),
            mention("REPORT_TO_AUTHORITY", RETALIATION_FRAME + "\\b(?:call\\w*|contact\\w*|report\\w*|phon\\w*|complain\\w*\\sto|fil(?:e|ed|ing)\\s(?:\\w+\\s){0,3}(?:with|to)|get(?:ting)?"
                            + "|bring\\w*\\sin|notif\\w*|email\\w*|writ\\w*\\sto|tell\\w*)\\s(?:you\\s(?:guys\\s)?|this\\s|them\\s|the\\slandlord\\s|it\\s)?(?:to\\s|with\\s|on\\s(?:you\\s|u\\s|them\\s)?)?"
                            + AUTHORITY + "(?!" + ANY + "{0,40}\\b(?:trash|recycl\\w*|bulk|garbage|pothole|street\\s?lights?|parking\\stickets?|permits?|bus|noise\\sfrom\\sthe\\sstreet))"
                            + "|" + RETALIATION_FRAME + "\\b(?:llam\\w*|report\\w*|quej\\w*|denunci\\w*|contact\\w*|avis\\w*)\\s(?:a\\s|al\\s|con\\s|ante\\s)?" + AUTHORITY
                            + "|\\bcode\\sviolations?\\b|\\bviolat\\w*\\s(?:of\\s)?(?:the\\s)?(?:housing|building|health|fire)\\scode\\b|\\b(?:housing|building|health)\\scode\\b"
                            + "|\\bcodigo\\sde\\s(?:vivienda|construccion)\\b|\\binspector(?:es)?\\sde\\s(?:vivienda|la\\sciudad|salud|edificios|codigo)",
                    LEGAL),
            mention("LEGAL_NOTICE", "\\bpay[\\s-]or[\\s-](?:quit|vacate)\\b|\\bcure[\\s-]or[\\s-](?:quit|vacate)\\b|\\bperform\\sor\\squit\\b"
                            + "|\\b(?:3|three|5|five|7|seven|10|ten|14|fourteen)[\\s-]day\\snotice\\b(?!\\s(?:of\\s|to\\s)?(?:entry|enter|inspection|pest|treatment|spray))"
                            + "|\\b(?:lease\\s)?violation\\s(?:notice|letter|warning)s?\\b|\\bnotice\\sof\\s(?:lease\\s)?(?:violation|default|non-?compliance|termination|non-?renewal)\\b"
                            + "|\\b(?:disput\\w*|contest\\w*|challeng\\w*|appeal\\w*|fight\\w*)\\s(?:\\w+\\s){0,3}?(?:violation|notice|citation|write-?up|warning\\sletter)s?\\b"
                            + "(?<!\\b(?:move[\\s-]out|moving|60[\\s-]day|30[\\s-]day|my|our)\\s(?:notice|violation))"
                            + "|\\blegal\\s(?:services|assistance|help|clinic|advice|representation)\\b|\\bhousing\\s(?:rights|court|lawyer|advocate|clinic)\\b"
                            + "|\\btenants?'?(?:'s)?\\s(?:union|rights\\s(?:group|organi[sz]ation|org|hotline|center|clinic|association|lawyer))\\b"
                            + "|\\b(?:contact\\w*|call\\w*|talk\\w*\\sto|reach\\w*\\sout\\sto|go\\w*\\sto|bring\\w*|involv\\w*|get\\w*|report\\w*|file\\w*|join\\w*)\\s(?:\\w+\\s){0,3}?"
                            + "(?:the\\s|a\\s|our\\s|my\\s|local\\s)*tenants?'?(?:'s)?\\s(?:association|council|organi[sz]ation|group|advocates?)\\b"
                            + "|\\b(?:aviso|notificacion|carta)\\s(?:legal|de\\s(?:violacion|incumplimiento|terminacion|pagar\\so|desocupar|abandono))\\b"
                            + "|\\bviolacion\\sdel\\scontrato\\b|\\b(?:asistencia|ayuda|asesoria|servicios)\\slegal(?:es)?\\b|\\bsindicato\\sde\\s(?:inquilinos|arrendatarios)\\b"
                            + "|\\basociacion\\sde\\sinquilinos\\b|\\bderechos\\sde\\s(?:inquilino|los\\sinquilinos)\\b",
                    LEGAL));

    private TenantActionRules() {}
}
