package dev.opscore.ops.sandbox.lease;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.lease.LeasesApi;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leases*}. */
@RestController
@ConditionalOnSandbox
class LeasesController implements LeasesApi {

    private final LeaseRows rows;

    LeasesController(LeaseRows rows) {
        this.rows = rows;
    }

    @Override
    public Page<Lease> list(String propertyId, String unitId, Lease.LeaseStatus status, int page, int size) {
        return rows.list(propertyId, unitId, status, Paging.of(page, size));
    }

    @Override
    public Lease get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("lease", id));
    }
}
