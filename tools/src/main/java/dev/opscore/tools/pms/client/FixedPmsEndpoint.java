package dev.opscore.tools.pms.client;

import java.util.Objects;
import java.util.Optional;

/** A base URL and credential that never change. */
record FixedPmsEndpoint(String baseUrl, PmsCredential credential) implements PmsEndpoint {

    FixedPmsEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credential, "credential");
    }

    @Override
    public Optional<String> authorization() {
        return credential.authorization();
    }
}
