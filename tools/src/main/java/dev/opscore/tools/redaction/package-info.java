/**
 * Redaction of personal data before anything reaches a log: {@link dev.opscore.tools.redaction.Redactor}
 * for whole values (by field name and by value shape), {@link dev.opscore.tools.redaction.TextMasks}
 * for text.
 */
package dev.opscore.tools.redaction;
