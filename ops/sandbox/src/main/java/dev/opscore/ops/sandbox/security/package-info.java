/**
 * Who may call the sandbox: its own {@code SecurityFilterChain} (order 1) for exactly the contract's
 * paths and {@code /sandbox/**}, stateless, without CSRF, accepting {@code Authorization: Bearer}
 * with {@code opscore.pms.token} (or, when that is blank, {@code opscore.bootstrap.service-token}) and
 * HTTP Basic {@code admin} with {@code opscore.bootstrap.admin-password}, both compared in constant
 * time. Anything else is a 401 problem+json. It defines no {@code UserDetailsService}: the host
 * application's stays the only one.
 */
package dev.opscore.ops.sandbox.security;
