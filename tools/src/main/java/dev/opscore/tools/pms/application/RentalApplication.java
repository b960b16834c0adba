package dev.opscore.tools.pms.application;

import java.time.Instant;

/** A rental application. Applicant name, e-mail and phone are personal data: tools redact them. */
public record RentalApplication(String id, String propertyId, String unitId, String applicantName, String email,
                                String phone, ApplicationStatus status, Instant submittedAt) {

    public enum ApplicationStatus { SUBMITTED, SCREENING, APPROVED, DENIED, WITHDRAWN }
}
