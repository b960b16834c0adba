package dev.opscore.tools.pms.message;

/** Moves a thread to another status. */
public record ThreadStatusChange(MessageThread.ThreadStatus to) {
}
