package dev.opscore.tools.pms.compliance;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance items ({@code /api/compliance*}). */
public interface ComplianceApi {

    @GetMapping("/api/compliance")
    Page<ComplianceItem> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                              @RequestParam(name = "dueBefore", required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                              @RequestParam(name = "status", required = false) ComplianceItem.ComplianceStatus status,
                              @RequestParam(name = "page", defaultValue = "0") int page,
                              @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/compliance/{id}")
    ComplianceItem get(@PathVariable("id") String id);

    @PostMapping("/api/compliance/{id}")
    ComplianceItem update(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                          @PathVariable("id") String id, @RequestBody ComplianceUpdate body);
}
