/**
 * The agent runtime: triggers (intake, schedule), runs with their state machine and dedupe keys,
 * JobRunr job handlers, and the workflows. Depends on policy, db and tools; never on app.
 */
package dev.opscore.jobs;
