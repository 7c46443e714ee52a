package se.markdna.io.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import se.markdna.domain.Labelled;
import se.markdna.io.csv.CsvValues;

/**
 * Reads typed values from one row by column key. A cell that cannot be read is reported (with
 * its column) to the problem sink and read as "no value", so every bad cell of a row is reported,
 * not only the first. Columns absent from the file fall back to the value given by the caller,
 * which lets a template with fewer columns update only what it has.
 */
public final class RowReader {

    /** A cell that could not be read: which column, a message key and its arguments. */
    public record CellProblem(Column column, String messageKey, List<Object> args) {
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private final Headers.Match match;
    private final SheetRow row;
    private final EnumLabels labels;
    private final long dateShiftDays;
    private final Consumer<CellProblem> problems;
    private final java.util.Set<String> badKeys = new java.util.HashSet<>();

    public RowReader(Headers.Match match, SheetRow row, EnumLabels labels, long dateShiftDays,
            Consumer<CellProblem> problems) {
        this.match = match;
        this.row = row;
        this.labels = labels;
        this.dateShiftDays = dateShiftDays;
        this.problems = problems;
    }

    public SheetRow row() {
        return row;
    }

    public boolean has(String key) {
        return match.has(key);
    }

    /** The raw trimmed text, "" when the column is absent or empty. */
    public String raw(String key) {
        return row.cell(match.indexOf(key)).strip();
    }

    public boolean isBlankRow() {
        for (String c : row.cells()) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = unprotect(raw(key));
        return s.isEmpty() ? null : s;
    }

    public Integer integer(String key, Integer fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = raw(key);
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal d = Decimals.parse(s);
        if (d == null) {
            report(key, "import.notInteger", s);
            return null;
        }
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            report(key, "import.notInteger", s);
            return null;
        }
    }

    public int count(String key, int fallback) {
        Integer v = integer(key, fallback);
        return v == null ? 0 : v;
    }

    public BigDecimal decimal(String key, BigDecimal fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = raw(key);
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal d = Decimals.parse(s);
        if (d == null) {
            report(key, "import.notNumber", s);
        }
        return d;
    }

    public Double real(String key, Double fallback) {
        if (!has(key)) {
            return fallback;
        }
        BigDecimal d = decimal(key, null);
        return d == null ? null : d.doubleValue();
    }

    public LocalDate date(String key, LocalDate fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = raw(key);
        if (s.isEmpty()) {
            return null;
        }
        String datePart = s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') ? s.substring(0, 10) : s;
        try {
            LocalDate d = LocalDate.parse(datePart);
            if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
                report(key, "import.dateOutOfRange", s, MIN_YEAR, MAX_YEAR);
                return null;
            }
            return d.plusDays(dateShiftDays);
        } catch (DateTimeParseException e) {
            report(key, "import.notDate", s);
            return null;
        }
    }

    public Boolean bool(String key, Boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = Headers.normalise(raw(key));
        if (s.isEmpty()) {
            return null;
        }
        switch (s) {
            case "ja", "j", "yes", "y", "true", "sant", "1", "x":
                return true;
            case "nej", "n", "no", "false", "falskt", "0":
                return false;
            default:
                report(key, "import.notBoolean", raw(key));
                return null;
        }
    }

    public boolean flag(String key, boolean fallback) {
        Boolean b = bool(key, fallback);
        return b != null && b;
    }

    public <E extends Labelled> E enumValue(String key, Class<E> type, E fallback) {
        if (!has(key)) {
            return fallback;
        }
        String s = raw(key);
        if (s.isEmpty()) {
            return null;
        }
        var v = labels.parse(type, s);
        if (v.isEmpty()) {
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                if (allowed.length() > 0) {
                    allowed.append(", ");
                }
                allowed.append(labels.label(e, false));
            }
            report(key, "import.unknownValue", s, allowed.toString());
            return null;
        }
        return type.cast(v.get());
    }

    /** Keys of the columns whose cells could not be read in this row. */
    public java.util.Set<String> badKeys() {
        return java.util.Collections.unmodifiableSet(badKeys);
    }

    public void report(String key, String messageKey, Object... args) {
        badKeys.add(key);
        badKeys.add(match.sheet().column(key).field());
        Object[] shown = args.clone();
        // the first argument is always the cell's text, quoted back to the user: a 4,000-character
        // value must not become the message (the others, such as the allowed values, stay whole)
        if (shown.length > 0 && shown[0] instanceof String s && s.length() > MAX_QUOTED_CHARS) {
            shown[0] = s.substring(0, MAX_QUOTED_CHARS) + "…";
        }
        problems.accept(new CellProblem(match.sheet().column(key), messageKey, List.of(shown)));
    }

    /** Longest cell text quoted in a message. */
    static final int MAX_QUOTED_CHARS = 60;

    /** Removes the apostrophe our CSV export puts before text that would otherwise be a formula. */
    static String unprotect(String s) {
        return CsvValues.unprotect(s);
    }
}
