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
        String s = text.strip().replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u2212', '-');
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
}
