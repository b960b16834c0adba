package dev.opscore.tools.pms.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opscore.pms.*}: where the PMS is and how to reach it.
 *
 * @param baseUrl        the PMS's base URL; blank means the in-process sandbox of this application
 * @param token          bearer token; wins over {@code username}/{@code password}
 * @param username       HTTP Basic user
 * @param password       HTTP Basic password
 * @param connectTimeout default 2 s
 * @param readTimeout    default 10 s
 */
@ConfigurationProperties("opscore.pms")
public record PmsProperties(String baseUrl, String token, String username, String password,
                            @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

    public PmsProperties {
        connectTimeout = connectTimeout == null ? PmsClients.DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? PmsClients.DEFAULT_READ_TIMEOUT : readTimeout;
    }

    /** True when a real (or external) PMS is configured rather than the in-process sandbox. */
    public boolean remote() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "PmsProperties[baseUrl=" + baseUrl + ", token=" + secret(token) + ", username=" + username
                + ", password=" + secret(password) + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + "]";
    }

    private static String secret(String value) {
        return value == null || value.isEmpty() ? "<none>" : "<set>";
    }
}
