/**
 * The database: Flyway migrations (under {@code db/migration}) for every OpsCore table and the
 * data access for them with Spring's {@code JdbcClient}, JSON columns as {@code jsonb}.
 * Feature packages hold the rows of one table family each.
 */
package dev.opscore.db;
