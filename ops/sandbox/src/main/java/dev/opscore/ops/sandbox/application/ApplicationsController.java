package dev.opscore.ops.sandbox.application;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.application.RentalApplication;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/applications*}. */
@RestController
@ConditionalOnSandbox
class ApplicationsController implements ApplicationsApi {

    private final ApplicationRows rows;

    ApplicationsController(ApplicationRows rows) {
        this.rows = rows;
    }

    @Override
    public Page<RentalApplication> list(String propertyId, RentalApplication.ApplicationStatus status, int page,
                                        int size) {
        return rows.list(propertyId, status, Paging.of(page, size));
    }

    @Override
    public RentalApplication get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("application", id));
    }
}
