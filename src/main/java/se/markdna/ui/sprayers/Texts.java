package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import se.markdna.domain.Labelled;
import se.markdna.i18n.Messages;

/** Labels cached per enum value (looked up 100,000 times when rows are built) and date text. */
public final class Texts {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Messages messages;
    private final Map<Labelled, String> labels = new HashMap<>();

    public Texts(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    synchronized String label(Labelled value) {
        if (value == null) {
            return "";
        }
        return labels.computeIfAbsent(value, messages::label);
    }

    static String date(LocalDate d) {
        return d == null ? "" : ISO.format(d);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A sort key in Swedish alphabetical order from plain string comparison: lower case, with
     * å, ä, ö after z (in that order) and accented letters folded. Built once per row.
     */
    static String sortKey(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String lower = s.toLowerCase(Messages.SWEDISH);
        StringBuilder b = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            switch (ch) {
                case 'å' -> b.append("z\u0001");
                case 'ä', 'æ' -> b.append("z\u0002");
                case 'ö', 'ø' -> b.append("z\u0003");
                case 'é', 'è', 'ê', 'ë' -> b.append('e');
                case 'ü' -> b.append('y');
                case 'á', 'à' -> b.append('a');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
