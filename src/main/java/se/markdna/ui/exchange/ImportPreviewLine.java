package se.markdna.ui.exchange;

import se.markdna.service.ImportReport.Outcome;

/**
 * One line of the import preview's table: a row that is new, updated or unchanged, or one error
 * with where it is (sheet, row, column as the file writes it) and why.
 *
 * @param statusText the outcome as the user reads it ("Ny", "Fel"…)
 * @param key        the row's natural key as import matches it (normalised: lower case), empty when
 *                   unknown; kept for tests and logs, not shown, as the user knows the row by its number
 * @param column     the column header as written in the file; empty for row-level results
 * @param reason     why the row is in error; empty otherwise
 * @param source     the file (and sheet) the row came from
 */
public record ImportPreviewLine(Outcome status, String statusText, String sheet, int row, String key,
        String column, String reason, String source) {

    public boolean isError() {
        return status == Outcome.ERROR;
    }
}
