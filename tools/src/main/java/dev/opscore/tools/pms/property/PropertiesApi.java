package dev.opscore.tools.pms.property;

import dev.opscore.tools.pms.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Properties, units and tenants: read-only for the agent; the context bundle is built from them. */
public interface PropertiesApi {

    @GetMapping("/api/properties")
    Page<Property> listProperties(@RequestParam(name = "page", defaultValue = "0") int page,
                                  @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/properties/{id}")
    Property getProperty(@PathVariable("id") String id);

    @GetMapping("/api/properties/{id}/units")
    Page<Unit> listUnits(@PathVariable("id") String propertyId,
                         @RequestParam(name = "page", defaultValue = "0") int page,
                         @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/tenants/{id}")
    Tenant getTenant(@PathVariable("id") String id);
}
