package dev.opscore.tools.pms.inspection;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Inspections ({@code /api/inspections*}). */
public interface InspectionsApi {

    @PostMapping("/api/inspections")
    Inspection schedule(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody NewInspection body);

    @GetMapping("/api/inspections")
    Page<Inspection> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                          @RequestParam(name = "status", required = false) Inspection.InspectionStatus status,
                          @RequestParam(name = "page", defaultValue = "0") int page,
                          @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/inspections/{id}")
    Inspection get(@PathVariable("id") String id);

    @PostMapping("/api/inspections/{id}/result")
    Inspection complete(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                        @PathVariable("id") String id, @RequestBody InspectionResult body);
}
