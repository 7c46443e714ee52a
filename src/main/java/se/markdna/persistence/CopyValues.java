package se.markdna.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Turns the values of the file into the shared database's types, column by column by {@link ColumnKind}.
 * SQLite keeps whatever a column is given; a value no column of its kind can hold becomes a
 * {@link BadValue}, so that the copy can name it and its row instead of the server's type error.
 */
final class CopyValues {

    private CopyValues() {
    }

    /** A value of the file that no column of its kind on the server can hold. */
    record BadValue(Object value, ColumnKind kind) {
        String describe() {
            return "'" + value + "', which is not " + switch (kind) {
                case LONG, INT, SHORT -> "a whole number" + (value instanceof Number ? " in range" : "");
                case DOUBLE, DECIMAL -> "a number";
                case BOOLEAN -> "a yes/no value";
                default -> "text";
            };
        }
    }

    /** A column's value as the target's type; a {@link BadValue} if it cannot be one. */
    static Object read(ResultSet rs, int i, ColumnKind kind) throws SQLException {
        Object raw = rs.getObject(i);
        if (raw == null) {
            return null;
        }
        switch (kind) {
            case LONG, INT, SHORT, BOOLEAN -> {
                Long whole = whole(raw);
                if (whole == null) {
                    return new BadValue(raw, kind);
                }
                return switch (kind) {
                    case INT -> whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? (Object) whole.intValue()
                            : new BadValue(raw, kind);
                    case SHORT -> whole >= Short.MIN_VALUE && whole <= Short.MAX_VALUE ? (Object) whole.shortValue()
                            : new BadValue(raw, kind);
                    case BOOLEAN -> whole == 0 || whole == 1 ? (Object) (whole == 1) : new BadValue(raw, kind);
                    default -> whole;
                };
            }
            case DOUBLE -> {
                if (raw instanceof Number n) {
                    return n.doubleValue();
                }
                try {
                    return Double.parseDouble(raw.toString().trim());
                } catch (NumberFormatException e) {
                    return new BadValue(raw, kind);
                }
            }
            case DECIMAL -> {
                // the text the application itself reads a NUMERIC column as (Sql.decimal)
                String s = rs.getString(i);
                try {
                    return new BigDecimal(s.trim());
                } catch (NumberFormatException e) {
                    return new BadValue(raw, kind);
                }
            }
            case BYTES -> {
                return raw instanceof byte[] b ? b : raw.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return rs.getString(i);
            }
        }
    }

    // a whole number however SQLite stored it: as an integer, a real without a fraction, or digits in text
    private static Long whole(Object raw) {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            // beyond 2^53 a double no longer holds every whole number exactly
            return d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (long) d : null;
        }
        try {
            return Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Binds a row {@link #read} made (without bad values) to the insert's parameters. */
    static void bind(PreparedStatement ps, Object[] row, ColumnKind[] kinds) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int at = i + 1;
            if (v == null) {
                ps.setNull(at, kinds[i].sqlType);
                continue;
            }
            switch (kinds[i]) {
                case LONG -> ps.setLong(at, (Long) v);
                case INT -> ps.setInt(at, (Integer) v);
                case SHORT -> ps.setShort(at, (Short) v);
                case DOUBLE -> ps.setDouble(at, (Double) v);
                case DECIMAL -> ps.setBigDecimal(at, (BigDecimal) v);
                case BOOLEAN -> ps.setBoolean(at, (Boolean) v);
                case BYTES -> ps.setBytes(at, (byte[]) v);
                default -> ps.setString(at, (String) v);
            }
        }
    }

    /** The row's key as the messages name it ({@code id=17}), with a bad value as the file holds it. */
    static String rowKey(List<String> columns, int[] keyAt, Object[] row) {
        StringBuilder s = new StringBuilder();
        for (int at : keyAt) {
            if (s.length() > 0) {
                s.append(", ");
            }
            Object v = row[at];
            s.append(columns.get(at)).append('=').append(v instanceof BadValue b ? b.value() : v);
        }
        return s.toString();
    }
}
