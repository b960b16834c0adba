package dev.opscore.jobs.triage;

/** Logging for the triage command-line tools: errors only, unless the caller chose a configuration. */
final class CommandLineLogging {

    private static final String PROPERTY = "logback.configurationFile";

    private CommandLineLogging() {}

    /** Must run before the first logger is created, i.e. first thing in {@code main}. */
    static void errorsOnly() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "triage/cli-logback.xml");
        }
    }
}
