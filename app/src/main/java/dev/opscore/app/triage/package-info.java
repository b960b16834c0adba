/**
 * {@code POST /api/agent/triage}: the triage classifier's dry run over HTTP ({@code triage.md}). The
 * classifier itself lives in {@code dev.opscore.jobs.triage}.
 */
package dev.opscore.app.triage;
