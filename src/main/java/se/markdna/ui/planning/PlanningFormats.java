package se.markdna.ui.planning;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import se.markdna.ui.common.Formats;

/**
 * Amounts, shares and scores as the user's language writes them ("12 500 kr", "14,8 %", "72"),
 * and the lenient parsing of what people type into the planning and settings forms. Whole numbers
 * go through {@link Formats} so that every view groups digits alike.
 */
public final class PlanningFormats {

    private final Locale locale;

    public PlanningFormats(Locale locale) {
        this.locale = locale;
    }

    public String sek(long amount) {
        return Formats.integer(amount, locale) + " kr";
    }

    public String integer(long n) {
        return Formats.integer(n, locale);
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

    /** A share that may be unknown (no households): a dash then. */
    public String percent(OptionalDouble share) {
        return share.isPresent() ? percent(share.getAsDouble()) : "–";
    }

    /**
     * A whole number as people type it: "1 500 000", "1500000" or "500 000 kr" (spaces, no-break
     * spaces and the currency are ignored). Null when it is not a whole number.
     */
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

    /** A decimal with either a comma (Swedish) or a point; null when it is not a finite number. */
    public static Double parseDouble(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.').strip();
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
