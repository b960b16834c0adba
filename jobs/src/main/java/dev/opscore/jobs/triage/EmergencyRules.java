package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.hazard;

import java.util.List;
import java.util.Set;

/**
 * EMERGENCY without SAFETY: serious property damage or a person stuck but not hurt.
 * (Gas, fire, smoke, CO and electrical emergencies live in {@link SafetyRules}.)
 */
final class EmergencyRules {

    static final List<Rule> RULES = List.of(
            hazard("ACTIVE_FLOODING",
                    "\\bflood(?:ing|ed|s)?\\b(?!\\s(?:with|insurance|zone|light|lights))"
                            + "|\\b(?:burst|bursted|busted|broken|exploded)\\s(?:water\\s)?(?:pipe|line|main)s?\\b"
                            + "|\\bpipes?\\s(?:has\\s|have\\s|just\\s)?(?:burst|bursted|busted|exploded)\\b"
                            + "|\\bwater\\s(?:is\\s|keeps\\s)?(?:pouring|gushing|flowing|streaming|coming|spraying)\\s"
                            + "(?:in\\s|down\\s|out\\s)?(?:through|from|of|out)\\s" + ANY + "{0,15}\\b(?:ceiling|light|roof|walls?)\\b"
                            + "|\\b(?:pouring|gushing)\\s(?:water|down|through)\\b"
                            + "|\\binund\\w*|\\btuberia\\s(?:rota|reventada)|\\bse\\s(?:rompio|reviento)\\s(?:la|una)\\stuberia",
                    Set.of(), true),
            hazard("SEWAGE_BACKUP",
                    "\\b(?:sewage|sewer)\\s?(?:is\\s|keeps\\s)?(?:back(?:ing|ed)?\\s?up|backup|coming\\sup|overflow\\w*|everywhere|in\\sthe|on\\sthe|all\\sover)"
                            + "|\\bbacked\\sup\\ssew\\w*|\\baguas\\s(?:negras|residuales)\\b",
                    Set.of(), true),
            hazard("TRAPPED_IN_ELEVATOR",
                    "\\b(?:stuck|trapped)\\sin\\s(?:the\\s|an\\s)?(?:elevator|lift)\\b"
                            + "|\\b(?:elevator|lift)\\s" + ANY + "{0,25}\\b(?:with\\s(?:someone|people|a\\sperson|my\\s\\w+)\\s(?:inside|in\\sit|trapped|stuck))"
                            + "|\\batrapad\\w*\\sen\\sel\\s(?:ascensor|elevador)",
                    Set.of(), true),
            hazard("ENTRY_NOT_SECURE",
                    "\\b(?:front|entry|entrance|apartment|apt|unit|main|exterior)\\sdoor\\s" + ANY + "{0,20}"
                            + "(?:won'?t|wont|doesn'?t|does\\snot|can'?t|cannot|will\\snot|no\\slonger)\\s(?:lock|close|latch|shut|be\\slocked|be\\ssecured)"
                            + "|\\bcan'?t\\s(?:lock|secure|close)\\s(?:my|the|our)\\s(?:front\\s|entry\\s|apartment\\s)?door\\b"
                            + "|\\bdoor\\s(?:was\\s|got\\s)?(?:kicked|broken)\\sin\\b"
                            + "|\\bground\\sfloor\\swindow\\s" + ANY + "{0,20}(?:won'?t|doesn'?t|can'?t|cannot)\\s(?:lock|close|latch)"
                            + "|\\bpuerta\\s(?:principal\\s|de\\sentrada\\s)?no\\s(?:cierra|se\\spuede\\scerrar|tiene\\sseguro)",
                    Set.of(), true));

    private EmergencyRules() {}
}
