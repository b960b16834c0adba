/**
 * What every sandbox endpoint shares: its small exception hierarchy (400 with the offending field,
 * 404, 409, 422), request validation, paging, and errors as problem+json (RFC 9457), both from
 * controllers ({@code SandboxProblems}) and from servlet filters ({@link ProblemWriter}).
 */
package dev.opscore.ops.sandbox.web;
