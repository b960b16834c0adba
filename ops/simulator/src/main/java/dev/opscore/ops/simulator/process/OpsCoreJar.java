package dev.opscore.ops.simulator.process;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the built application jar, {@code app/target/opscore.jar}, from the working directory or above it. */
public final class OpsCoreJar {

    static final String RELATIVE = "app/target/opscore.jar";

    private OpsCoreJar() {
    }

    /** The given jar, or the one found from the working directory up; fails with how to build it. */
    public static Path locate(String given) {
        if (given != null) {
            Path jar = Path.of(given).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No OpsCore jar at " + jar);
            }
            return jar;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve(RELATIVE);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("No " + RELATIVE + " found from " + Path.of("").toAbsolutePath()
                + ". Build it first, from the repository root: ./mvnw -q package -DskipTests"
                + " (or pass --jar <path>).");
    }

    /** Whether the jar can be found, for tests that need it. */
    public static boolean available() {
        try {
            locate(null);
            return true;
        } catch (IllegalStateException missing) {
            return false;
        }
    }
}
