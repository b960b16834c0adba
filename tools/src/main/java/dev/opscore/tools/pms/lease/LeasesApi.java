package dev.opscore.tools.pms.lease;

import dev.opscore.tools.pms.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Leases ({@code /api/leases*}). */
public interface LeasesApi {

    @GetMapping("/api/leases")
    Page<Lease> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                     @RequestParam(name = "unitId", required = false) String unitId,
                     @RequestParam(name = "status", required = false) Lease.LeaseStatus status,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/leases/{id}")
    Lease get(@PathVariable("id") String id);
}
