package dev.opscore.tools.pms.client;

import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.PmsJson;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.lease.LeasesApi;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.notification.NotificationsApi;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.vendor.VendorsApi;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import org.springframework.format.support.DefaultFormattingConversionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Feign clients for the contract's interfaces: their Spring MVC annotations drive Feign
 * ({@link SpringMvcContract}), bodies are JSON ({@link PmsJson}), every failure is a
 * {@link PmsFailure}, and Feign never retries (retry policy belongs to the runtime, classified by
 * {@link PmsFailure#transientFailure()}). Clients are thread-safe and share one connection pool.
 */
public final class PmsClients {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    private final PmsEndpoint endpoint;
    private final Request.Options options;
    private final JdkHttpClient http;
    private final JsonCodec codec;
    private final PmsErrorDecoder errors;
    private final SpringMvcContract contract;

    /** Clients with the default timeouts (connect 2 s, read 10 s). */
    public PmsClients(PmsEndpoint endpoint) {
        this(endpoint, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Clock.systemUTC());
    }

    /** @param clock only turns an HTTP-date {@code Retry-After} into a wait */
    public PmsClients(PmsEndpoint endpoint, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.endpoint = endpoint;
        this.options = new Request.Options(connectTimeout, readTimeout, false);
        this.http = new JdkHttpClient(connectTimeout);
        JsonMapper mapper = PmsJson.newMapper();
        this.codec = new JsonCodec(mapper);
        this.errors = new PmsErrorDecoder(mapper, new RetryAfter(clock));
        this.contract = new SpringMvcContract(List.of(), new DefaultFormattingConversionService());
    }

    /** A client for one of the contract's interfaces (e.g. {@code WorkOrdersApi.class}). */
    public <T> T create(Class<T> api) {
        return Feign.builder()
                .client(http)
                .contract(contract)
                .encoder(codec)
                .decoder(codec)
                .errorDecoder(errors)
                .retryer(Retryer.NEVER_RETRY)
                .options(options)
                .requestInterceptor(new PmsRequestHeaders(endpoint))
                .invocationHandlerFactory(new FailureTranslation())
                .target(new EndpointTarget<>(api, endpoint));
    }

    /** Clients for the whole contract. */
    public PmsApis apis() {
        return new PmsApis(create(PropertiesApi.class), create(WorkOrdersApi.class), create(MessagesApi.class),
                create(VendorsApi.class), create(ComplianceApi.class), create(PmSchedulesApi.class),
                create(InspectionsApi.class), create(LeasesApi.class), create(ApplicationsApi.class),
                create(NotificationsApi.class));
    }
}
