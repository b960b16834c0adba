package dev.opscore.app.triage;

import dev.opscore.jobs.triage.TriageInput.TriageContext;
import dev.opscore.tools.pms.property.PropertiesApi;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A property's zone from the PMS, for the season triage weighs "no heat" by. A dry run must answer even
 * when the PMS cannot: an unknown property or a failing PMS is no zone, and the classifier's calendar
 * fallback applies.
 */
@Component
class PropertyZones {

    private static final Logger LOG = LoggerFactory.getLogger(PropertyZones.class);

    private final PropertiesApi properties;

    PropertyZones(PropertiesApi properties) {
        this.properties = properties;
    }

    /** The zone of {@code propertyId}, or null when there is none, it is unknown or the PMS fails. */
    ZoneId of(String propertyId) {
        if (propertyId == null || propertyId.isBlank()) {
            return null;
        }
        try {
            return TriageContext.zoneOrNull(properties.getProperty(propertyId).timezone());
        } catch (RuntimeException unavailable) {
            LOG.debug("no zone for property {}: {}", propertyId, unavailable.getClass().getSimpleName());
            return null;
        }
    }
}
