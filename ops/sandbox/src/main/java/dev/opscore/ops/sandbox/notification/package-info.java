/**
 * Notifications ({@code NotificationsApi}): sent at once (status SENT). A TENANT or VENDOR recipient
 * must exist; a STAFF recipient is any id the caller's organisation uses.
 */
package dev.opscore.ops.sandbox.notification;
