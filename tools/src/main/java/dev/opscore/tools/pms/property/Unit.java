package dev.opscore.tools.pms.property;

/** A unit of a property; {@code tenantIds} are the current occupants. */
public record Unit(String id, String propertyId, String number, int floor, java.util.List<String> tenantIds) {
}
