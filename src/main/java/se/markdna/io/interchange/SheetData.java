package se.markdna.io.interchange;

import java.util.List;

/**
 * A sheet read from a workbook or a CSV file: where it came from, its header row and its data
 * rows as text (dates ISO, numbers with a point), so import logic is the same for every format.
 * The rows may be streamed from the file each time they are iterated (a preview and the import
 * that follows read the file twice rather than hold 100,000 rows in memory); an iterator that is
 * {@link AutoCloseable} must be closed by whoever stops iterating early.
 */
public record SheetData(Sheet sheet, String sourceName, List<String> headers, Iterable<SheetRow> rows) {
}
