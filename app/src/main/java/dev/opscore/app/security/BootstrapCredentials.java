package dev.opscore.app.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The bootstrap admin password and service token. Taken from {@code OPSCORE_BOOTSTRAP_ADMIN_PASSWORD}
 * and {@code OPSCORE_BOOTSTRAP_SERVICE_TOKEN} when set; otherwise generated at first start, printed
 * once, and kept in a file readable only by the owner in the data folder (as Jenkins keeps its
 * initial admin password) so that restarts keep them.
 */
record BootstrapCredentials(String adminPassword, String serviceToken, boolean generated) {

    static final String FILE_NAME = "bootstrap-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static BootstrapCredentials resolve(String adminPassword, String serviceToken, Path dataDirectory) {
        if (present(adminPassword) && present(serviceToken)) {
            return new BootstrapCredentials(adminPassword, serviceToken, false);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties stored = Files.exists(file) ? read(file) : generateInto(file);
        boolean generated = "true".equals(stored.getProperty("freshly-generated"));
        return new BootstrapCredentials(present(adminPassword) ? adminPassword : stored.getProperty("admin-password"),
                present(serviceToken) ? serviceToken : stored.getProperty("service-token"), generated);
    }

    private static Properties generateInto(Path file) {
        Properties generated = new Properties();
        generated.setProperty("admin-password", secret());
        generated.setProperty("service-token", secret());
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
            try (Writer writer = Files.newBufferedWriter(file)) {
                generated.store(writer, "OpsCore bootstrap credentials, generated at first start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        generated.setProperty("freshly-generated", "true");
        return generated;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
