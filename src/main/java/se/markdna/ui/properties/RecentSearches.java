package se.markdna.ui.properties;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of the last few searches over one sorted array of rows with the same column
 * filters. Typing a letter only narrows a search, so the next one scans the previous result
 * instead of every row; a backspace returns to a search already made and needs no scan at all.
 * Whatever else changes (the rows, their order, a column filter) starts afresh.
 */
final class RecentSearches {

    private static final int KEPT = 12;

    private Object[] rows;
    private Object filters;
    private final Map<String, List<PropertyRow>> results = new LinkedHashMap<>(16, 0.75f, true);

    /** The result of exactly this search, or null. */
    List<PropertyRow> result(Object[] over, Object columnFilters, String text) {
        if (!sameContext(over, columnFilters)) {
            return null;
        }
        return results.get(text);
    }

    /**
     * The smallest kept result that every row of this search is in (that of a search whose text
     * this one starts with), or null when there is none and every row must be scanned.
     */
    List<PropertyRow> narrowing(Object[] over, Object columnFilters, String text) {
        if (!sameContext(over, columnFilters)) {
            return null;
        }
        List<PropertyRow> best = null;
        for (Map.Entry<String, List<PropertyRow>> e : results.entrySet()) {
            if (text.startsWith(e.getKey()) && (best == null || e.getValue().size() < best.size())) {
                best = e.getValue();
            }
        }
        return best;
    }

    void remember(Object[] over, Object columnFilters, String text, List<PropertyRow> result) {
        if (!sameContext(over, columnFilters)) {
            results.clear();
            rows = over;
            filters = columnFilters;
        }
        results.put(text, result);
        if (results.size() > KEPT) {
            Iterator<String> eldest = results.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private boolean sameContext(Object[] over, Object columnFilters) {
        return rows == over && Objects.equals(filters, columnFilters);
    }
}
