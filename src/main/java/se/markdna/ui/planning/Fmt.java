package se.markdna.ui.planning;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers as the user reads them: "12 500 kr", "14,8 %", "72". */
public final class Fmt {

    private final Locale locale;

    public Fmt(Locale locale) {
        this.locale = locale;
    }

    public String sek(long amount) {
        return NumberFormat.getIntegerInstance(locale).format(amount) + " kr";
    }

    public String integer(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String decimal(double d, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(d);
    }

    /** A share 0–1 as a percentage with one decimal. */
    public String percent(double share) {
        return decimal(share * 100, 1) + " %";
    }

    public String percent(OptionalDouble share) {
        return share.isPresent() ? percent(share.getAsDouble()) : "–";
    }

    /** Parses a whole number the way people type it ("1 500 000", "1500000", "1,5 mkr" is not accepted). */
    public static Long parseLong(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("kr", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Parses a decimal with either comma or point. */
    public static Double parseDouble(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\u00a0", "").replace(" ", "").replace(',', '.').strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
