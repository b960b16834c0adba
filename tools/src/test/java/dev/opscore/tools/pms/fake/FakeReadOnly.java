package dev.opscore.tools.pms.fake;

import static dev.opscore.tools.pms.fake.PmsStore.found;
import static dev.opscore.tools.pms.fake.PmsStore.matches;
import static dev.opscore.tools.pms.fake.PmsStore.page;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.lease.LeasesApi;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.vendor.VendorsApi;
import java.util.List;

/** The read-only resources: properties, units, tenants, vendors, leases, applications. */
final class FakeReadOnly {

    private FakeReadOnly() {
    }

    static final class Properties implements PropertiesApi {

        private final InMemoryPms pms;

        Properties(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<Property> listProperties(int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.properties.values()), p -> true, page, size));
        }

        @Override
        public Property getProperty(String id) {
            return pms.store.read(() -> found(pms.properties, id));
        }

        @Override
        public Page<Unit> listUnits(String propertyId, int page, int size) {
            return pms.store.read(() -> {
                found(pms.properties, propertyId);
                return page(List.copyOf(pms.units.values()), unit -> unit.propertyId().equals(propertyId), page, size);
            });
        }

        @Override
        public Tenant getTenant(String id) {
            return pms.store.read(() -> found(pms.tenants, id));
        }
    }

    static final class Vendors implements VendorsApi {

        private final InMemoryPms pms;

        Vendors(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<Vendor> list(Category trade, String propertyId, int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.vendors.values()),
                    vendor -> (trade == null || vendor.trades().contains(trade))
                            && (propertyId == null || vendor.propertyIds().contains(propertyId)), page, size));
        }

        @Override
        public Vendor get(String id) {
            return pms.store.read(() -> found(pms.vendors, id));
        }
    }

    static final class Leases implements LeasesApi {

        private final InMemoryPms pms;

        Leases(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<Lease> list(String propertyId, String unitId, Lease.LeaseStatus status, int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.leases.values()),
                    lease -> matches(propertyId, lease.propertyId()) && matches(unitId, lease.unitId())
                            && matches(status, lease.status()), page, size));
        }

        @Override
        public Lease get(String id) {
            return pms.store.read(() -> found(pms.leases, id));
        }
    }

    static final class Applications implements ApplicationsApi {

        private final InMemoryPms pms;

        Applications(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Page<RentalApplication> list(String propertyId, RentalApplication.ApplicationStatus status, int page,
                                            int size) {
            return pms.store.read(() -> page(List.copyOf(pms.applications.values()),
                    application -> matches(propertyId, application.propertyId()) && matches(status, application.status()),
                    page, size));
        }

        @Override
        public RentalApplication get(String id) {
            return pms.store.read(() -> found(pms.applications, id));
        }
    }
}
