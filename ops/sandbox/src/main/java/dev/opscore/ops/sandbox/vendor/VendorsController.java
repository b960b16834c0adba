package dev.opscore.ops.sandbox.vendor;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.vendor.VendorsApi;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vendors*}. */
@RestController
@ConditionalOnSandbox
class VendorsController implements VendorsApi {

    private final VendorRows rows;

    VendorsController(VendorRows rows) {
        this.rows = rows;
    }

    @Override
    public Page<Vendor> list(Category trade, String propertyId, int page, int size) {
        return rows.list(trade, propertyId, Paging.of(page, size));
    }

    @Override
    public Vendor get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("vendor", id));
    }
}
