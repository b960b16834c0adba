package dev.opscore.tools.pms.vendor;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Vendors ({@code /api/vendors*}): who covers which trade where, at what rate and load. */
public interface VendorsApi {

    @GetMapping("/api/vendors")
    Page<Vendor> list(@RequestParam(name = "trade", required = false) Category trade,
                      @RequestParam(name = "propertyId", required = false) String propertyId,
                      @RequestParam(name = "page", defaultValue = "0") int page,
                      @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/vendors/{id}")
    Vendor get(@PathVariable("id") String id);
}
