package dev.opscore.tools.pms.property;

/** A tenant. Name, phone and e-mail are personal data: tools redact them before anything is logged. */
public record Tenant(String id, String propertyId, String unitId, String name, String phone, String email,
                     String preferredLanguage) {
}
