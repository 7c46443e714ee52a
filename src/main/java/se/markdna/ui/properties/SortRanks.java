package se.markdna.ui.properties;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import se.markdna.domain.register.PropertySummary;

/**
 * Each row's rank in every column's ascending order, computed once for a set of rows off the
 * JavaFX thread. Sorting by one column is then a sort of primitive longs (the column's rank, then
 * the row's place in designation order as the tie-break) instead of a comparator chain over
 * 100,000 rows, which compared designation strings on every tie of a column with few values.
 * <p>
 * Orders equal to {@code column.comparator(asc).thenComparing(DESIGNATION ascending)}: empty
 * values last in both directions.
 */
final class SortRanks {

    private static final int EMPTY = Integer.MAX_VALUE;

    /** The rows in ascending designation order; a row's index here is its tie-break. */
    private final PropertyRow[] byDesignation;
    /** Per column: the rank of {@code byDesignation[i]}, {@link #EMPTY} for an empty value. */
    private final Map<PropertyRow.Column, int[]> ranks = new EnumMap<>(PropertyRow.Column.class);
    private final Map<PropertyRow.Column, Integer> highest = new EnumMap<>(PropertyRow.Column.class);

    private SortRanks(PropertyRow[] rows) {
        int[] designation = textRanks(rows, PropertyRow.Column.DESIGNATION);
        long[] keys = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = ((long) designation[i] << 32) | i;
        }
        Arrays.sort(keys);
        byDesignation = new PropertyRow[rows.length];
        for (int p = 0; p < keys.length; p++) {
            byDesignation[p] = rows[(int) keys[p]];
        }
        for (PropertyRow.Column column : PropertyRow.Column.values()) {
            int[] r = ranksOf(byDesignation, column);
            ranks.put(column, r);
            int max = -1;
            for (int v : r) {
                if (v != EMPTY && v > max) {
                    max = v;
                }
            }
            highest.put(column, max);
        }
    }

    /** Ranks for the given rows, in any order. */
    static SortRanks of(PropertyRow[] rows) {
        return new SortRanks(rows);
    }

    int size() {
        return byDesignation.length;
    }

    /** All rows sorted by the column, ties in ascending designation order. */
    PropertyRow[] sorted(PropertyRow.Column column, boolean ascending) {
        int[] r = ranks.get(column);
        int max = highest.get(column);
        long[] keys = new long[r.length];
        for (int p = 0; p < r.length; p++) {
            int rank = r[p];
            int primary = rank == EMPTY ? EMPTY : ascending ? rank : max - rank;
            keys[p] = ((long) primary << 32) | p;
        }
        Arrays.sort(keys);
        PropertyRow[] out = new PropertyRow[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = byDesignation[(int) keys[i]];
        }
        return out;
    }

    private static int[] ranksOf(PropertyRow[] rows, PropertyRow.Column column) {
        return switch (column) {
            case DESIGNATION, NAME, ADDRESS, DISTRICT, ORGANISATION, PHASE -> textRanks(rows, column);
            case COVERAGE -> coverageRanks(rows);
            default -> intRanks(rows, column);
        };
    }

    private static int[] textRanks(PropertyRow[] rows, PropertyRow.Column column) {
        Map<String, Integer> distinct = new HashMap<>();
        for (PropertyRow row : rows) {
            String key = row.textKey(column);
            if (key != null) {
                distinct.put(key, 0);
            }
        }
        String[] sorted = distinct.keySet().toArray(new String[0]);
        Arrays.sort(sorted); // the keys' natural order is the column's order (see PropertyRow.key)
        for (int i = 0; i < sorted.length; i++) {
            distinct.put(sorted[i], i);
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String key = rows[i].textKey(column);
            out[i] = key == null ? EMPTY : distinct.get(key);
        }
        return out;
    }

    private static int[] coverageRanks(PropertyRow[] rows) {
        double[] values = new double[rows.length];
        int n = 0;
        for (PropertyRow row : rows) {
            if (!Double.isNaN(row.coverage())) {
                values[n++] = row.coverage();
            }
        }
        double[] sorted = distinct(Arrays.copyOf(values, n));
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double v = rows[i].coverage();
            out[i] = Double.isNaN(v) ? EMPTY : Arrays.binarySearch(sorted, v);
        }
        return out;
    }

    private static double[] distinct(double[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || Double.compare(values[i], values[n - 1]) != 0) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    private static int[] intRanks(PropertyRow[] rows, PropertyRow.Column column) {
        long[] values = new long[rows.length];
        boolean[] empty = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            PropertySummary s = rows[i].summary();
            switch (column) {
                case DWELLINGS -> values[i] = s.dwellings();
                case KITS -> values[i] = s.kitsHandedOut();
                case SIGNS -> values[i] = s.signs();
                case STATUS -> {
                    empty[i] = s.status() == null;
                    values[i] = empty[i] ? 0 : s.status().ordinal();
                }
                case MARKED_ON -> {
                    empty[i] = s.markedOn() == null;
                    values[i] = empty[i] ? 0 : s.markedOn().toEpochDay();
                }
                default -> throw new IllegalArgumentException("not a number column: " + column);
            }
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        long[] unique = Arrays.copyOf(sorted, n);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = empty[i] ? EMPTY : Arrays.binarySearch(unique, values[i]);
        }
        return out;
    }
}
