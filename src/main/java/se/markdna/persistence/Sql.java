package se.markdna.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import se.markdna.domain.Labelled;

/**
 * How values cross into and out of SQL, in one place: dates as ISO text, enums as their codes,
 * booleans as 0/1. Keeping it here is what lets another database replace these choices later.
 */
public final class Sql {

    private Sql() {
    }

    public static Object toDb(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof Labelled l) {
            return l.code();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value;
    }

    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        Object v = toDb(value);
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof Integer i) {
            ps.setInt(index, i);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else if (v instanceof Double d) {
            ps.setDouble(index, d);
        } else if (v instanceof BigDecimal b) {
            ps.setBigDecimal(index, b);
        } else {
            ps.setObject(index, v);
        }
    }

    /** Text form for the audit trail: the same as stored, so old → new reads like the data. */
    public static String toText(Object value) {
        Object v = toDb(value);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        return String.valueOf(v);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : new BigDecimal(s);
    }

    public static boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
