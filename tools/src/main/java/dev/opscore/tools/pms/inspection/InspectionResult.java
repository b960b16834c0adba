package dev.opscore.tools.pms.inspection;

/** Completes an inspection with its findings. */
public record InspectionResult(String findings) {
}
