package se.markdna.domain;

/** Small helpers for optional text fields. */
public final class Text {
    private Text() {
    }

    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
