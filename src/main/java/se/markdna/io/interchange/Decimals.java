package se.markdna.io.interchange;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as Swedish and English spreadsheets write them: "1 234,5", "1234.5", "-0,25". */
public final class Decimals {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final Pattern GROUPED_SPACE = Pattern.compile("[-+]?\\d{1,3}( \\d{3})+([.,]\\d+)?");

    private Decimals() {
    }

    /** The number, or null when the text is not one (or is ambiguous, like "1,234.5"). */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (isPlain(s)) {
            // the common case, "1234" or "55.70321": no regular expression, no copies
            return new BigDecimal(s.replace(',', '.'));
        }
        s = s.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u2212', '-');
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        if (GROUPED_SPACE.matcher(s).matches()) {
            s = s.replace(" ", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    /** What {@link #PLAIN} matches, checked by hand: an optional sign, digits, optionally a separator and digits. */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return false;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' && s.charAt(i) != ',') {
            return false;
        }
        i++;
        int fraction = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            fraction++;
        }
        return fraction > 0 && i == n;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
