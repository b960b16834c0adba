package dev.opscore.tools.pms.application;

import dev.opscore.tools.pms.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Rental applications ({@code /api/applications*}). */
public interface ApplicationsApi {

    @GetMapping("/api/applications")
    Page<RentalApplication> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                                 @RequestParam(name = "status", required = false)
                                 RentalApplication.ApplicationStatus status,
                                 @RequestParam(name = "page", defaultValue = "0") int page,
                                 @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/applications/{id}")
    RentalApplication get(@PathVariable("id") String id);
}
