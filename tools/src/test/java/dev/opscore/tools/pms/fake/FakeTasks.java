package dev.opscore.tools.pms.fake;

import static dev.opscore.tools.pms.fake.PmsStore.found;
import static dev.opscore.tools.pms.fake.PmsStore.matches;
import static dev.opscore.tools.pms.fake.PmsStore.page;
import static dev.opscore.tools.pms.fake.PmsStore.require;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.client.PmsConflict;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.compliance.ComplianceUpdate;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.inspection.InspectionResult;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.inspection.NewInspection;
import dev.opscore.tools.pms.pm.PmCompletion;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import java.time.LocalDate;
import java.util.List;

/** Follow-up work with dates: compliance items, PM schedules, inspections. */
final class FakeTasks {

    private FakeTasks() {
    }

    static final class Compliance implements ComplianceApi {

        private final InMemoryPms pms;

        Compliance(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<ComplianceItem> list(String propertyId, LocalDate dueBefore, ComplianceItem.ComplianceStatus status,
                                         int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.compliance.values()),
                    item -> matches(propertyId, item.propertyId()) && matches(status, item.status())
                            && (dueBefore == null || item.dueDate().isBefore(dueBefore)), page, size));
        }

        @Override
        public ComplianceItem get(String id) {
            return pms.store.read(() -> found(pms.compliance, id));
        }

        @Override
        public ComplianceItem update(String key, String id, ComplianceUpdate body) {
            return pms.store.write(key, "compliance " + id, body, () -> {
                ComplianceItem i = found(pms.compliance, id);
                if (body.workOrderId() != null) {
                    found(pms.workOrders, body.workOrderId());
                }
                ComplianceItem.ComplianceStatus status = body.status() == null ? i.status() : body.status();
                ComplianceItem updated = new ComplianceItem(id, i.propertyId(), i.type(), i.description(), i.dueDate(),
                        status, body.workOrderId() == null ? i.workOrderId() : body.workOrderId(),
                        status == ComplianceItem.ComplianceStatus.COMPLETED ? pms.store.now() : i.completedAt());
                pms.compliance.put(id, updated);
                return updated;
            });
        }
    }

    static final class PmSchedules implements PmSchedulesApi {

        private final InMemoryPms pms;

        PmSchedules(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<PmSchedule> list(String propertyId, LocalDate dueBefore, int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.pmSchedules.values()),
                    pm -> matches(propertyId, pm.propertyId())
                            && (dueBefore == null || !pm.nextDueDate().isAfter(dueBefore)), page, size));
        }

        @Override
        public PmSchedule get(String id) {
            return pms.store.read(() -> found(pms.pmSchedules, id));
        }

        @Override
        public PmSchedule complete(String key, String id, PmCompletion body) {
            return pms.store.write(key, "pm " + id, body, () -> {
                PmSchedule s = found(pms.pmSchedules, id);
                require(body.completedOn(), "completedOn");
                PmSchedule done = new PmSchedule(id, s.propertyId(), s.unitId(), s.category(), s.task(),
                        s.intervalDays(), body.completedOn().plusDays(s.intervalDays()), body.completedOn(), s.active());
                pms.pmSchedules.put(id, done);
                return done;
            });
        }
    }

    static final class Inspections implements InspectionsApi {

        private final InMemoryPms pms;

        Inspections(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Inspection schedule(String key, NewInspection body) {
            return pms.store.write(key, "inspection", body, () -> {
                require(body.propertyId(), "propertyId");
                require(body.type(), "type");
                require(body.scheduledFor(), "scheduledFor");
                Inspection inspection = new Inspection(pms.store.newId("i"), body.propertyId(), body.unitId(),
                        body.type(), body.scheduledFor(), Inspection.InspectionStatus.SCHEDULED, null, null);
                pms.inspections.put(inspection.id(), inspection);
                return inspection;
            });
        }

        @Override
        public Page<Inspection> list(String propertyId, Inspection.InspectionStatus status, int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.inspections.values()),
                    inspection -> matches(propertyId, inspection.propertyId()) && matches(status, inspection.status()),
                    page, size));
        }

        @Override
        public Inspection get(String id) {
            return pms.store.read(() -> found(pms.inspections, id));
        }

        @Override
        public Inspection complete(String key, String id, InspectionResult body) {
            return pms.store.write(key, "inspect " + id, body, () -> {
                Inspection i = found(pms.inspections, id);
                if (i.status() != Inspection.InspectionStatus.SCHEDULED) {
                    throw new PmsConflict("fake", "inspection " + id + " is " + i.status());
                }
                Inspection done = new Inspection(id, i.propertyId(), i.unitId(), i.type(), i.scheduledFor(),
                        Inspection.InspectionStatus.COMPLETED, body.findings(), pms.store.now());
                pms.inspections.put(id, done);
                return done;
            });
        }
    }
}
