package se.markdna.domain.sprayer;

import java.util.regex.Pattern;

/**
 * The police's case number (diarienummer) an activation is reported under, e.g. 5000-K123456-19:
 * a four-digit unit, K and a running number, and the two-digit year.
 */
public final class PoliceCaseNumber {

    public static final Pattern FORMAT = Pattern.compile("\\d{4}-K\\d{1,7}-\\d{2}");

    private PoliceCaseNumber() {
    }

    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s.strip()).matches();
    }
}
