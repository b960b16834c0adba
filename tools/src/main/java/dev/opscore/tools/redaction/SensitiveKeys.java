package dev.opscore.tools.redaction;

import java.util.Locale;
import java.util.Set;

/** Which field names hold personal data (masked whole) and which hold identifiers (kept). */
final class SensitiveKeys {

    private static final Set<String> PERSONAL = Set.of(
            "name", "author", "body", "phone", "mobile", "telephone", "tel", "email", "mail",
            "card", "pan", "cvv", "cvc", "iban", "bic", "swift", "accountnumber", "bankaccount", "routingnumber",
            "sortcode", "paymentdetails", "paymentmethod", "password", "token", "secret", "ssn", "dateofbirth", "dob");
    private static final String[] PERSONAL_SUFFIXES = {"name", "phone", "phonenumber", "email", "emailaddress",
            "cardnumber", "iban", "accountnumber", "body"};

    private SensitiveKeys() {
    }

    /** {@code name}, {@code applicantName}, {@code phone}, {@code email}, {@code body}, {@code cardNumber} … */
    static boolean personal(String key) {
        if (key == null) {
            return false;
        }
        String normalized = normalize(key);
        if (PERSONAL.contains(normalized)) {
            return true;
        }
        for (String suffix : PERSONAL_SUFFIXES) {
            if (normalized.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code id}, {@code workOrderId}, {@code tenantIds}, {@code vendor_id} … */
    static boolean identifier(String key) {
        return key != null && (key.equals("id") || key.endsWith("Id") || key.endsWith("Ids") || key.endsWith("_id"));
    }

    private static String normalize(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
