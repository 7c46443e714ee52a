package se.markdna.io.interchange;

/** How a column's text is read and written. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    ENUM,
    PERCENT
}
