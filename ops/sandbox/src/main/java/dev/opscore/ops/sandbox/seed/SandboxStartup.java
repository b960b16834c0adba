package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Seeds the demo portfolio once all beans exist (the schema is migrated) and before the server takes requests. */
@Component
@ConditionalOnSandbox
class SandboxStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SandboxStartup.class);

    private final SandboxReset reset;
    private final SandboxProperties properties;

    SandboxStartup(SandboxReset reset, SandboxProperties properties) {
        this.reset = reset;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (reset.seedIfEmpty()) {
            log.info("Sandbox PMS seeded with seed {} ({} properties) at {}", properties.seed(),
                    properties.properties() == null ? "demo" : properties.properties(), properties.startClock());
        } else {
            log.info("Sandbox PMS serving its existing world");
        }
    }
}
