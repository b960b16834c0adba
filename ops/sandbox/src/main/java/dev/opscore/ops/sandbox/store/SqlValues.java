package dev.opscore.ops.sandbox.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Instants and dates to and from {@code timestamptz} and {@code date} columns, null staying null. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
