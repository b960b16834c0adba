package dev.opscore.tools.pms.client;

import java.util.Optional;

/**
 * Where the PMS is and how to authenticate, asked on every request (so a base URL that is only
 * known once a web server listens, or a rotated credential, is picked up without new clients).
 */
public interface PmsEndpoint {

    /** The base URL, without a trailing slash, e.g. {@code https://pms.example.com}. */
    String baseUrl();

    /** The {@code Authorization} header value to send, if any. */
    Optional<String> authorization();

    /** A fixed base URL and credential: for tests, tools and a PMS configured outside Spring. */
    static PmsEndpoint fixed(String baseUrl, PmsCredential credential) {
        return new FixedPmsEndpoint(BaseUrls.normalize(baseUrl), credential);
    }
}
