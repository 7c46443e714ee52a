package se.markdna.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the user's language writes them (Swedish: 10 000). */
public final class Formats {

    private Formats() {
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
