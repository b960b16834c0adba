package dev.opscore.ops.sandbox.seed;

import java.math.BigDecimal;
import java.util.List;

/** One of the demo buildings: where it is, its zone, its rents and what to do in an emergency. */
record PropertyTemplate(String name, String address, String timezone, String portfolioId, boolean uk,
                        BigDecimal baseRent, String emergencyInstructions) {

    static final String US_EMERGENCY = "Fire, gas smell or anyone in danger: call 911 first, then the on-call"
            + " line +1 555-0100. Water leak: shut the main valve in the basement boiler room (red handle, marked B2)."
            + " No heat or power for the whole building: call the on-call line at any hour.";
    static final String UK_EMERGENCY = "Fire, gas smell or anyone in danger: call 999 first (gas: National Gas"
            + " Emergency 0800 111 999), then the on-call line +44 20 7946 0100. Water leak: the stopcock is under the"
            + " stairs in the ground-floor plant room. No heating or power for the whole building: call the on-call line.";

    /** The buildings in the order a portfolio takes them: New York, Chicago, Los Angeles, London. */
    static final List<PropertyTemplate> ALL = List.of(
            new PropertyTemplate("Maple Court", "214 Maple Street, Brooklyn, NY 11216", "America/New_York", "pf-1",
                    false, new BigDecimal("2800"), US_EMERGENCY),
            new PropertyTemplate("Lakeshore Commons", "1550 N Lake Shore Drive, Chicago, IL 60610", "America/Chicago",
                    "pf-1", false, new BigDecimal("1900"), US_EMERGENCY),
            new PropertyTemplate("Sunset Terrace", "7820 Sunset Boulevard, Los Angeles, CA 90046", "America/Los_Angeles",
                    "pf-2", false, new BigDecimal("2600"), US_EMERGENCY),
            new PropertyTemplate("Kensington House", "12 Abingdon Road, London W8 6AF", "Europe/London", "pf-2", true,
                    new BigDecimal("2100"), UK_EMERGENCY));
}
