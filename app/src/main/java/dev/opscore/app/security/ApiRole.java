package dev.opscore.app.security;

/** Who may call what: services publish events and ticks, managers read and decide, admins govern. */
public enum ApiRole {
    SERVICE, MANAGER, ADMIN
}
