package se.markdna.io.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * A whole CSV file in memory. For large files prefer {@link CsvReader#open} / {@link CsvReader#stream}.
 *
 * @param sourceName name the file was read under
 * @param charset    detected character encoding
 * @param separator  detected separator ({@code ';'}, {@code ','} or {@code '\t'})
 * @param headers    header cells, trimmed
 * @param rows       data rows (blank lines skipped)
 */
public record CsvTable(String sourceName, Charset charset, char separator, List<String> headers, List<CsvRow> rows) {

    public CsvTable {
        Objects.requireNonNull(charset, "charset");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Index of the header equal to {@code name} (after trimming, case-insensitive), or -1. */
    public int columnIndex(String name) {
        String wanted = name.strip();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
