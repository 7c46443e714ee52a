package se.markdna.ui.exchange;

/** One sheet's counts in the import preview. */
public record ImportSheetSummary(String sheet, int added, int updated, int unchanged, int errors) {
}
