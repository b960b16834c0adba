package dev.opscore.tools.pms.client;

import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The endpoint of a Spring application, resolved at request time: {@code opscore.pms.base-url}
 * when set, otherwise the in-process sandbox at {@code http://127.0.0.1:${local.server.port}}
 * (known only once the web server listens). The credential is {@code opscore.pms.token}, else
 * {@code opscore.pms.username}/{@code password}, else the service token
 * {@code opscore.bootstrap.service-token}, which the embedded sandbox accepts.
 */
final class EnvironmentPmsEndpoint implements PmsEndpoint {

    static final String LOCAL_PORT = "local.server.port";
    static final String SERVICE_TOKEN = "opscore.bootstrap.service-token";

    private final PmsProperties properties;
    private final Environment environment;

    EnvironmentPmsEndpoint(PmsProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String baseUrl() {
        if (properties.remote()) {
            return BaseUrls.normalize(properties.baseUrl());
        }
        String port = environment.getProperty(LOCAL_PORT);
        if (port == null || port.isBlank()) {
            throw new TransientPmsFailure("in-process sandbox",
                    "opscore.pms.base-url is not set and the local web server is not listening yet", null);
        }
        return "http://127.0.0.1:" + port;
    }

    @Override
    public Optional<String> authorization() {
        return credential().authorization();
    }

    private PmsCredential credential() {
        if (present(properties.token())) {
            return PmsCredential.bearer(properties.token());
        }
        if (present(properties.username())) {
            return PmsCredential.basic(properties.username(), properties.password());
        }
        String serviceToken = environment.getProperty(SERVICE_TOKEN);
        return present(serviceToken) ? PmsCredential.bearer(serviceToken) : PmsCredential.none();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
