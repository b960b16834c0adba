package dev.opscore.tools.pms.workorder;

/** A note added to a work order. */
public record NewNote(String author, String text) {
}
