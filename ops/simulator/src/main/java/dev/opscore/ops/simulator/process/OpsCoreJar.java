package dev.opscore.ops.simulator.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /**
     * A copy of the jar in {@code directory}, which the months run from: a build that replaces
     * {@code app/target/opscore.jar} while a month runs would otherwise pull classes out from under the
     * running OpsCore (a Spring Boot jar loads its classes lazily), and the months of one command would not
     * all run the same OpsCore. The caller deletes it.
     */
    public static Path snapshot(Path jar, Path directory) {
        try {
            Files.createDirectories(directory);
            Path copy = directory.resolve("opscore-under-test.jar");
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + jar + " to " + directory, e);
        }
    }

    /** The first 12 hex digits of the jar's SHA-256: which OpsCore a report measured. */
    public static String fingerprint(Path jar) {
        try (var in = Files.newInputStream(jar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
