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
            mention("EVICTION", "\\bevict\\w*|\\bdesaloj\\w*|\\bdesahuci\\w*|\\bnotice(?<!\\b(?:my|our)\\s[\\w\\s-]{0,30}notice)\\sto\\s(?:quit|vacate|cure|pay)\\b"
                    + "|\\blegal\\snotice\\b|\\bunlawful\\sdetainer\\b", LEGAL),
            mention("RENT_WITHHOLDING", "\\bwithh?old\\w*\\s(?:my\\s|the\\s|our\\s)?rent\\b|\\brent\\swithh?old\\w*|\\bescrow\\b"
                    + "|\\b(?:not|won'?t|wont|refuse\\sto|stop(?:ping)?)\\s(?:be\\s)?pay(?:ing)?\\s(?:my\\s|the\\s|any\\s)?rent\\s(?:until|till|til)\\b"
                    + "|\\bwithh?old\\w*\\s(?:the\\s)?(?:\\w+\\s){0,2}(?:portion|part)\\sof\\s(?:my|the|our)\\srent"
                    + "|\\bno\\s(?:voy|vamos)\\sa\\spagar\\s(?:la\\s|el\\s)?(?:renta|alquiler)\\shasta"
                    + "|\\bretener\\s(?:la\\s|el\\s)?(?:renta|alquiler|pago)", LEGAL),
            mention("HOUSING_INSPECTOR", "\\b(?:housing|building|city|health|code)\\s(?:inspector|inspection|department|dept)s?\\b"
                    + "|\\bcode\\senforcement\\b|\\breport\\s(?:you|this|the\\slandlord|them)\\sto\\s(?:the\\s)?(?:city|county|state|hud)\\b"
                    + "|\\binspector\\sde\\s(?:vivienda|la\\sciudad)|\\binspeccion\\sde\\s(?:vivienda|la\\sciudad)", LEGAL),
            mention("FORMAL_LEGAL_DEMAND", "\\bdemand\\sletter\\b|\\bcease\\sand\\sdesist\\b|\\bformal\\s(?:demand|complaint|notice)\\b"
                    + "|\\blegal\\s(?:action|steps|proceedings|remedies|rights)\\b|\\bwarranty\\sof\\shabitability\\b"
                    + "|\\bbreach\\sof\\s(?:the\\s)?(?:lease|contract)\\b|\\btenant'?s?\\srights\\b|\\bmy\\srights\\sas\\sa\\stenant\\b"
                    + "|\\baccion\\w*\\slegal\\w*|\\bmis\\sderechos\\b", LEGAL));

    private LegalRules() {}
}
