package dev.opscore.jobs.maintenance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Safe, usual first steps a tenant can try before a vendor is sent (seed §5: troubleshoot first
 * where it is safe and usual). Each has the words that suggest it and the steps sent to the tenant.
 */
enum Troubleshooting {
    BREAKER_OR_GFCI(List.of("outlet", "outlets", "no power in", "plug", "enchufe", "gfci", "breaker"),
            "Some outlets can be reset: press the RESET button on any GFCI outlet (kitchen, bathroom), and check the"
                    + " breaker panel for a switch in the middle position - switch it fully off, then on."),
    DISPOSAL_RESET(List.of("disposal", "garbage disposal", "triturador"),
            "With the switch off, press the red reset button under the disposal, then run cold water and switch it on."),
    THERMOSTAT_BATTERIES(List.of("thermostat", "termostato"),
            "If the thermostat screen is blank or dim, replace its two AA batteries and set it 3 degrees above room"
                    + " temperature."),
    CLOGGED_AERATOR(List.of("low pressure", "low water pressure", "weak water", "poca presion", "poca presión"),
            "Unscrew the tip of the faucet (the aerator), rinse the screen, and screw it back on.");

    private final List<String> cues;
    private final String steps;

    Troubleshooting(List<String> cues, String steps) {
        this.cues = cues;
        this.steps = steps;
    }

    String steps() {
        return steps;
    }

    static Optional<Troubleshooting> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (Troubleshooting candidate : values()) {
            if (candidate.cues.stream().anyMatch(t::contains)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether a message reads as an answer to troubleshooting steps (fixed or not), rather than a new request. */
    static boolean answersSteps(String answer) {
        if (answer == null) {
            return false;
        }
        String t = answer.toLowerCase(Locale.ROOT);
        return List.of("fixed", "not fixed", "works", "working", "solved", "resolved", "still", "didn't help",
                "didnt help", "no luck", "tried", "funciona", "arreglado", "sigue").stream().anyMatch(t::contains);
    }

    /** Whether the tenant's answer says the steps fixed it. */
    static boolean fixedBy(String answer) {
        if (answer == null) {
            return false;
        }
        String t = answer.toLowerCase(Locale.ROOT);
        boolean negative = List.of("not ", "still", "didn't", "didnt", "doesn't", "no funciona", "sigue").stream()
                .anyMatch(t::contains);
        boolean positive = List.of("fixed", "works", "working", "solved", "resolved", "all good", "ya funciona",
                "funciona").stream().anyMatch(t::contains);
        return positive && !negative;
    }
}
