package se.markdna.io.interchange;

/**
 * A column as written on export: its header in the export language, its type (which decides the
 * cell format) and an optional spreadsheet number format overriding the type's default.
 */
public record OutColumn(String header, ColumnType type, String format) {

    public static OutColumn of(String header, ColumnType type) {
        return new OutColumn(header, type, null);
    }
}
