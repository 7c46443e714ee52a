package se.markdna.io.interchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a header row to a sheet's columns: Swedish or English, in any order, case and spacing
 * ignored. Also recognises which sheet a header row belongs to, for CSV files whose name says
 * nothing.
 */
public final class Headers {

    private Headers() {
    }

    /** Lower case, NFC, runs of whitespace/underscores to one space, trimmed. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        // every cell of a yes/no or list column comes through here (100,000 rows: a million
        // calls); text below U+0300 has no combining marks, so it is NFC already and one pass
        // over it does the rest without a regular expression
        if (!belowCombiningMarks(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '_' || ch == '\u00a0' || Character.isWhitespace(ch)) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.append(ch);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean belowCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** The result of matching: the column at each position (null when unknown) and the unknown headers. */
    public record Match(Sheet sheet, List<Column> byPosition, List<String> unknown, List<Column> missing,
            Map<String, Integer> positionsByKey) {

        public Match(Sheet sheet, List<Column> byPosition, List<String> unknown, List<Column> missing) {
            this(sheet, byPosition, unknown, missing, positions(byPosition));
        }

        // every cell read looks its column up by key: a map, not a scan of the header row
        private static Map<String, Integer> positions(List<Column> byPosition) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < byPosition.size(); i++) {
                Column c = byPosition.get(i);
                if (c != null) {
                    m.putIfAbsent(c.key(), i);
                }
            }
            return Map.copyOf(m);
        }

        public int indexOf(String key) {
            Integer i = positionsByKey.get(key);
            return i == null ? -1 : i;
        }

        public boolean has(String key) {
            return positionsByKey.containsKey(key);
        }
    }

    public static Match match(Sheet sheet, List<String> headers) {
        Map<String, Column> lookup = new HashMap<>();
        for (Column c : sheet.columns()) {
            lookup.put(normalise(c.swedish()), c);
            lookup.put(normalise(c.english()), c);
        }
        List<Column> byPosition = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Column> seen = new ArrayList<>();
        for (String h : headers) {
            Column c = lookup.get(normalise(h));
            if (c != null && seen.contains(c)) {
                c = null; // a repeated header: the first one counts
            }
            if (c == null && !normalise(h).isEmpty()) {
                unknown.add(h);
            }
            if (c != null) {
                seen.add(c);
            }
            byPosition.add(c);
        }
        List<Column> missing = sheet.columns().stream().filter(c -> !c.derived() && !seen.contains(c)).toList();
        return new Match(sheet, byPosition, unknown, missing);
    }

    /** The sheet whose columns the headers match best, if the key column is among them. */
    public static Optional<Sheet> recognise(List<String> headers) {
        Sheet best = null;
        int bestScore = 0;
        for (Sheet s : Sheet.values()) {
            Match m = match(s, headers);
            if (!m.has(s.columns().get(0).key())) {
                continue;
            }
            int matched = (int) m.byPosition().stream().filter(c -> c != null).count();
            int score = matched * 100 - m.unknown().size() * 10 - m.missing().size();
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
