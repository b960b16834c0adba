package dev.opscore.tools.pms.property;

/** A managed property, with what the agent needs to act for it: its zone and its emergency instructions. */
public record Property(String id, String portfolioId, String name, String address, String timezone,
                       String emergencyInstructions, int unitCount) {
}
