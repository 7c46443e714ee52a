package se.markdna.io.csv;

import java.util.List;

/**
 * One data record.
 *
 * @param lineNumber 1-based physical line in the file where the record starts (the header is
 *                   normally line 1; a record with embedded newlines spans several lines)
 * @param values     the cells as read, whitespace kept; may be shorter or longer than the header
 */
public record CsvRow(int lineNumber, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The cell in {@code column} (0-based), or {@code ""} if the row has fewer cells. */
    public String get(int column) {
        if (column < 0) {
            throw new IndexOutOfBoundsException("column " + column);
        }
        return column < values.size() ? values.get(column) : "";
    }

    /** Number of cells actually present in this row. */
    public int size() {
        return values.size();
    }
}
