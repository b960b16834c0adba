package dev.opscore.ops.sandbox.fault;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxPaths;
import dev.opscore.ops.sandbox.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the fault filter in front of the contract's paths only, after security and before idempotency. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
class FaultFilterRegistration {

    static final int ORDER = 10;

    @Bean
    FilterRegistrationBean<FaultFilter> sandboxFaultFilter(FaultRules rules, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new FaultFilter(rules, problems));
        registration.addUrlPatterns(SandboxPaths.contractServletPatterns());
        registration.setOrder(ORDER);
        registration.setName("sandboxFaultFilter");
        return registration;
    }
}
