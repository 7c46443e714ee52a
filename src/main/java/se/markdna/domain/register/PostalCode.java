package se.markdna.domain.register;

import java.util.Optional;
import java.util.regex.Pattern;

/** Swedish postal code, written NNN NN. */
public final class PostalCode {

    public static final Pattern FORMAT = Pattern.compile("[1-9]\\d{2} \\d{2}");

    private PostalCode() {
    }

    /** "22363", "223 63", " 223  63 " become "223 63"; anything else is empty. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s\\u00a0]", "");
        if (!digits.matches("[1-9]\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + " " + digits.substring(3));
    }

    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }
}
