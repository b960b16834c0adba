package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;
import static dev.opscore.jobs.triage.Rule.urgent;

import java.util.List;

/**
 * The losses {@code triage.md} names URGENT — habitability affected, nobody in danger — said plainly
 * (EN/ES): no hot water, a refrigerator that stopped cooling, the only toilet unusable, a lockout,
 * an infestation, a smoke or CO detector chirping or missing. Each lifts a ROUTINE reading to URGENT
 * and is negated like a hazard ("no roaches, just one spider"). A partial loss (one burner, the oven
 * light) is left to the heads.
 */
final class UrgencyCueRules {

    static final List<Rule> RULES = List.of(
            urgent("NO_HOT_WATER",
                    "\\bno\\s(?:more\\s)?hot\\swater\\b|\\bhot\\swater\\s(?:is\\s|has\\sbeen\\s|went\\s)?(?:out|gone|off|not\\sworking)\\b"
                            + "|\\bonly\\s(?:ice\\s)?cold\\swater\\b|\\bsin\\sagua\\scaliente\\b|\\bno\\s(?:hay|tenemos|sale|tengo)\\sagua\\scaliente\\b"
                            + "|\\bwater\\sheater\\s(?:is\\s|has\\s)?(?:out|broken|dead|not\\sworking|died|quit|stopped)\\b"
                            + "|\\bcalentador\\s(?:de\\sagua\\s)?(?:no\\s(?:prende|sirve|funciona|calienta)|se\\sdescompuso)"),
            urgent("REFRIGERATOR_NOT_COOLING",
                    "\\b(?:fridge|refrigerator|freezer|refri\\w*|nevera|congelador)\\b" + ANY + "{0,30}\\b(?:not\\scooling|isn'?t\\scooling"
                            + "|stopped\\scooling|not\\scold|died|dead|is\\swarm|getting\\swarm|no\\senfria|dejo\\sde\\senfriar|esta\\scaliente)\\b"),
            urgent("ONLY_TOILET_UNUSABLE",
                    "\\b(?:only|one|unico|solo)\\s(?:toilet|bathroom|bano|inodoro|excusado)\\b" + ANY + "{0,40}\\b(?:clogged|broken|not\\sworking"
                            + "|won'?t\\sflush|unusable|tapad[oa]|no\\ssirve|no\\sfunciona|overflow\\w*|can'?t\\s(?:use|flush))"
                            + "|\\b(?:toilet|inodoro|bano|excusado)\\b" + ANY + "{0,40}\\b(?:only|unico)\\s(?:one|toilet|bathroom|bano)\\b"),
            urgent("LOCKED_OUT",
                    "\\blocked\\s(?:myself\\s|ourselves\\s)?out\\b|\\block(?:ed)?\\s(?:myself|ourselves)\\sout\\b|\\bme\\sdeje\\s(?:las\\sllaves\\s)?(?:adentro|afuera)"
                            + "|\\bme\\squede\\s(?:afuera|fuera)\\b|\\bdeje\\slas\\sllaves\\sadentro\\b"),
            urgent("INFESTATION",
                    "\\b(?:roaches|cockroaches|mice|rats|bed\\s?bugs|cucarachas|ratones|ratas|chinches|infest\\w*|plaga)\\b"),
            urgent("DETECTOR_CHIRPING_OR_MISSING",
                    "\\b(?:smoke|co|carbon\\smonoxide)\\s(?:detector|alarm)s?\\b" + ANY + "{0,30}\\b(?:chirp\\w*|missing|gone|removed|keeps\\sbeeping|beeps\\severy)"
                            + "|\\b(?:detector|alarma)\\sde\\s(?:humo|monoxido)" + ANY + "{0,30}\\b(?:pita\\w*|no\\shay|falta|quitaron)"));

    private UrgencyCueRules() {}
}
