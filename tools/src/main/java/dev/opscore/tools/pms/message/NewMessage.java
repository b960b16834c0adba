package dev.opscore.tools.pms.message;

/** A message added to a thread; the agent writes OUTBOUND ones, the world INBOUND ones. */
public record NewMessage(Message.Direction direction, String author, String body) {
}
