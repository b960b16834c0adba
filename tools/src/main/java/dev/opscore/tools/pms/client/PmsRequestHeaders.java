package dev.opscore.tools.pms.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** {@code Accept: application/json} and the endpoint's current {@code Authorization} on every request. */
final class PmsRequestHeaders implements RequestInterceptor {

    private final PmsEndpoint endpoint;

    PmsRequestHeaders(PmsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.headerLiteral("Accept", JsonCodec.JSON + ", application/problem+json");
        endpoint.authorization().ifPresent(value -> template.headerLiteral("Authorization", value));
    }
}
