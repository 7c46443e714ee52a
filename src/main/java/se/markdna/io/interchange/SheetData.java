package se.markdna.io.interchange;

import java.util.List;

/**
 * A sheet read from a workbook or a CSV file: where it came from, its header row and its data
 * rows as text (dates ISO, numbers with a point), so import logic is the same for every format.
 */
public record SheetData(Sheet sheet, String sourceName, List<String> headers, List<SheetRow> rows) {
}
