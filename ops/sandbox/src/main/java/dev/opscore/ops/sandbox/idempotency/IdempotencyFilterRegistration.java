package dev.opscore.ops.sandbox.idempotency;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxPaths;
import dev.opscore.ops.sandbox.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the idempotency filter in front of the contract's paths, after security and fault injection. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
class IdempotencyFilterRegistration {

    static final int ORDER = 20;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> sandboxIdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems));
        registration.addUrlPatterns(SandboxPaths.contractServletPatterns());
        registration.setOrder(ORDER);
        registration.setName("sandboxIdempotencyFilter");
        return registration;
    }
}
