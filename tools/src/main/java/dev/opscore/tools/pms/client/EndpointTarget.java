package dev.opscore.tools.pms.client;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/** A Feign target whose URL is asked of the {@link PmsEndpoint} on every request, never at build time. */
record EndpointTarget<T>(Class<T> type, PmsEndpoint endpoint) implements Target<T> {

    @Override
    public String name() {
        return "pms:" + type.getSimpleName();
    }

    @Override
    public String url() {
        return endpoint.baseUrl();
    }

    @Override
    public Request apply(RequestTemplate template) {
        if (template.url().indexOf("http") != 0) {
            template.target(url());
        }
        return template.request();
    }
}
