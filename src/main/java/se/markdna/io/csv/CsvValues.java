package se.markdna.io.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Helpers for cell values: formula-injection protection, decimals and ISO dates. */
public final class CsvValues {

    private CsvValues() {
    }

    /** True if a spreadsheet could treat {@code value} as a formula (OWASP CSV injection). */
    public static boolean needsProtection(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * Prefixes an apostrophe if {@link #needsProtection(String)}. To keep {@link #unprotect(String)}
     * lossless, a value that already looks protected (apostrophes followed by a formula character,
     * e.g. {@code '=x}) also gets one more apostrophe. Otherwise returns the value unchanged.
     */
    public static String protect(String value) {
        return needsProtection(value) || looksProtected(value) ? "'" + value : value;
    }

    /**
     * Undoes {@link #protect(String)}: strips one leading {@code '} when the rest starts with
     * {@code = + - @}, tab or CR (or is itself such a protected value, {@code ''=x} gives
     * {@code '=x}). Other values (also other apostrophes) are returned unchanged; null stays null.
     */
    public static String unprotect(String value) {
        return looksProtected(value) ? value.substring(1) : value;
    }

    /** True for one or more apostrophes followed by a formula-start character. */
    private static boolean looksProtected(String value) {
        if (value == null) {
            return false;
        }
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < value.length() && needsProtection(value.substring(i, i + 1));
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /**
     * Parses a decimal as Swedish (and English) users type it.
     *
     * <p>Accepted: an optional sign ({@code -}, {@code +} or U+2212 minus), digits optionally grouped
     * in threes by spaces / non-breaking spaces ({@code "1 234 567"}), and at most one decimal
     * separator which may be a comma or a point ({@code "1 234,50"}, {@code "1234.5"}, {@code "-0,5"},
     * {@code ",5"}). A single comma or point is always the decimal separator ({@code "1,234"} is
     * 1.234). Surrounding whitespace is ignored. The scale is kept ({@code "2,50"} gives 2.50).
     *
     * <p>Rejected (empty): blank, both comma and point, more than one separator, badly grouped
     * digits ({@code "12 34"}), exponents, currency, percent or any other character, and a trailing
     * separator with no decimals ({@code "5,"}).
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = stripAll(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        char first = s.charAt(0);
        if (first == '-' || first == '\u2212') {
            out.append('-');
            i++;
        } else if (first == '+') {
            i++;
        }
        // integer part: digit groups
        int intDigits = 0;
        int groupLength = 0;
        boolean grouped = false;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                intDigits++;
                groupLength++;
                i++;
            } else if (isGroupSpace(c)) {
                // a group separator must follow 1-3 digits (first group) or exactly 3, and precede 3 digits
                if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3)) {
                    return Optional.empty();
                }
                grouped = true;
                groupLength = 0;
                i++;
            } else {
                break;
            }
        }
        if (grouped && groupLength != 3) {
            return Optional.empty();
        }
        if (i < n) {
            char c = s.charAt(i);
            if (c != ',' && c != '.') {
                return Optional.empty();
            }
            i++;
            out.append('.');
            int fractionDigits = 0;
            while (i < n) {
                char d = s.charAt(i);
                if (d < '0' || d > '9') {
                    return Optional.empty();
                }
                out.append(d);
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0) {
                return Optional.empty();
            }
        } else if (intDigits == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(out.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String stripAll(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isGroupSpace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || isGroupSpace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Parses an ISO date {@code YYYY-MM-DD}, also when followed by a time
     * ({@code "2024-03-05 14:30"}, {@code "2024-03-05T14:30:15"}, optional fraction of seconds),
     * in which case only the date part is returned (the time must still be valid).
     * Exactly four year digits and two month/day digits; year 0 is rejected, as are impossible
     * dates (2023-02-29) and anything else. Surrounding whitespace is ignored.
     */
    public static Optional<LocalDate> parseIsoDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.length() < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10)) {
            return Optional.empty();
        }
        if (s.length() > 10 && !validTime(s.substring(11), s.charAt(10))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int month = Integer.parseInt(s, 5, 7, 10);
        int day = Integer.parseInt(s, 8, 10, 10);
        if (year < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean validTime(String time, char separator) {
        if ((separator != ' ' && separator != 'T') || time.length() < 5) {
            return false;
        }
        if (!digits(time, 0, 2) || time.charAt(2) != ':' || !digits(time, 3, 5)) {
            return false;
        }
        int second = 0;
        if (time.length() > 5) {
            if (time.length() < 8 || time.charAt(5) != ':' || !digits(time, 6, 8)) {
                return false;
            }
            second = Integer.parseInt(time, 6, 8, 10);
            if (time.length() > 8 && (time.charAt(8) != '.' || time.length() == 9 || !digits(time, 9, time.length()))) {
                return false;
            }
        }
        try {
            LocalTime.of(Integer.parseInt(time, 0, 2, 10), Integer.parseInt(time, 3, 5, 10), second);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
