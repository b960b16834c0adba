package dev.opscore.tools.pms;

import dev.opscore.tools.pms.fake.InMemoryPms;

/**
 * The contract suite against the in-memory reference fake: proves the suite itself. The sandbox
 * runs the same suite through the Feign clients over HTTP.
 */
class InMemoryPmsContractTest extends PmsContractSuite {

    private final InMemoryPms fake = new InMemoryPms();

    @Override
    protected PmsApis pms() {
        return fake.apis();
    }
}
