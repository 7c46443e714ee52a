package se.markdna.io.interchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.markdna.io.csv.CsvFormatException;

/**
 * A file that cannot be read as a spreadsheet at all: not a spreadsheet, encrypted, damaged,
 * empty, holding no sheet the interchange format knows, or refused as hostile (zip bomb, XML
 * entities, limits exceeded). Carries a reason so the message can be shown in the user's language
 * (message key {@code exchange.file.<REASON>}, arguments: file name, then {@link #argument()}), and
 * where in the file the problem is when that is known (sheet, row, column), so the user can find it.
 * The English {@link #getMessage()} is for the log.
 */
public final class SpreadsheetFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_SPREADSHEET,
        OLD_XLS,
        ENCRYPTED,
        DAMAGED,
        EMPTY,
        NO_SHEETS,
        UNKNOWN_TYPE,
        /** A CSV file that is binary; argument: what it looks like ("PDF", "NUL", ...). */
        NOT_TEXT,
        /** A zip entry would inflate far beyond its compressed size (a zip bomb). */
        TOO_LARGE,
        /** More zip entries than any workbook has. */
        TOO_MANY_PARTS,
        /** Two zip entries with the same name: which one a reader takes is arbitrary. */
        DUPLICATE_PARTS,
        /** XML with a DOCTYPE or entities (XXE, "billion laughs"), which no workbook has. */
        UNSAFE_XML,
        /** Located: a quoted CSV field is never closed. */
        UNTERMINATED_QUOTE,
        /** Located: one cell is longer than allowed; argument: the limit in characters. */
        CELL_TOO_LARGE,
        /** Located: a row has more columns than allowed; argument: the limit. */
        TOO_MANY_COLUMNS,
        /** Located: more rows than allowed; argument: the limit. */
        TOO_MANY_ROWS,
        /** Located: bytes that are not valid in the file's character encoding. */
        ENCODING,
        /** Located: a CSV row uses another separator than the header; argument: that separator. */
        MIXED_SEPARATORS
    }

    private final Reason reason;
    private final String fileName;
    private final String sheet;
    private final int row;
    private final boolean afterRow;
    private final String column;
    private final Object argument;
    private final String detail;

    private SpreadsheetFileException(Builder b) {
        super(englishMessage(b), b.cause);
        this.reason = b.reason;
        this.fileName = b.fileName;
        this.sheet = b.sheet;
        this.row = b.row;
        this.afterRow = b.afterRow;
        this.column = b.column;
        this.argument = b.argument;
        this.detail = b.detail;
    }

    public SpreadsheetFileException(Reason reason, String fileName, String detail, Throwable cause) {
        this(new Builder(reason, fileName).detail(detail).cause(cause));
    }

    public SpreadsheetFileException(Reason reason, String fileName) {
        this(reason, fileName, null, null);
    }

    /** For an exception with a location or an argument. */
    public static Builder builder(Reason reason, String fileName) {
        return new Builder(reason, fileName);
    }

    /** Builds a {@link SpreadsheetFileException}. */
    public static final class Builder {
        private final Reason reason;
        private final String fileName;
        private String sheet;
        private int row;
        private boolean afterRow;
        private String column;
        private Object argument;
        private String detail;
        private Throwable cause;

        private Builder(Reason reason, String fileName) {
            this.reason = Objects.requireNonNull(reason, "reason");
            this.fileName = fileName;
        }

        /** The sheet's name as the file has it (xlsx only). */
        public Builder sheet(String name) {
            this.sheet = name;
            return this;
        }

        /** The 1-based row (xlsx) or line (CSV) the problem is on; 0: not known. */
        public Builder row(int number) {
            this.row = number;
            return this;
        }

        /** The problem is somewhere after this 1-based row (the last one read cleanly; 0: the header). */
        public Builder afterRow(int number) {
            this.row = number;
            this.afterRow = true;
            return this;
        }

        /** The column: its header, or its letter when there is no header. */
        public Builder column(String name) {
            this.column = name;
            return this;
        }

        public Builder argument(Object value) {
            this.argument = value;
            return this;
        }

        /** English technical detail, for the log and for support. */
        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public Builder cause(Throwable t) {
            this.cause = t;
            return this;
        }

        public SpreadsheetFileException build() {
            return new SpreadsheetFileException(this);
        }
    }

    /**
     * The same problem reported by the CSV reader, as a spreadsheet file problem, so that callers
     * handle one exception type. The line becomes the row.
     */
    public static SpreadsheetFileException of(CsvFormatException e, String fileName) {
        Reason reason = switch (e.reason()) {
            case UNTERMINATED_QUOTE -> Reason.UNTERMINATED_QUOTE;
            case FIELD_TOO_LARGE -> Reason.CELL_TOO_LARGE;
            case TOO_MANY_FIELDS -> Reason.TOO_MANY_COLUMNS;
            case TOO_MANY_ROWS -> Reason.TOO_MANY_ROWS;
            case INVALID_ENCODING -> Reason.ENCODING;
            case EMPTY_FILE -> Reason.EMPTY;
            case NOT_TEXT -> Reason.NOT_TEXT;
        };
        return builder(reason, fileName).row(e.line()).argument(e.argument()).detail(e.getMessage()).cause(e)
                .build();
    }

    private static String englishMessage(Builder b) {
        List<String> where = new ArrayList<>();
        if (b.sheet != null) {
            where.add("sheet " + b.sheet);
        }
        if (b.row > 0 || b.afterRow) {
            where.add((b.afterRow ? "after row " : "row ") + b.row);
        }
        if (b.column != null) {
            where.add("column " + b.column);
        }
        return b.fileName + (where.isEmpty() ? "" : ", " + String.join(", ", where)) + ": "
                + b.reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (b.detail == null || b.detail.isBlank() ? "" : " (" + b.detail + ")");
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The sheet's name, or null (CSV files, or not known). */
    public String sheet() {
        return sheet;
    }

    /** The 1-based row or line, or 0 when not known; see {@link #isAfterRow()}. */
    public int row() {
        return row;
    }

    /** True when the problem lies somewhere after {@link #row()} rather than on it. */
    public boolean isAfterRow() {
        return afterRow;
    }

    /** The column's header or letter, or null. */
    public String column() {
        return column;
    }

    /** The limit, or the kind of file, the message needs; may be null. */
    public Object argument() {
        return argument;
    }

    /** English technical detail, may be null. */
    public String detail() {
        return detail;
    }

    /** True when the problem has a place in the file (a sheet or a row). */
    public boolean hasLocation() {
        return sheet != null || row > 0 || afterRow;
    }

    public String messageKey() {
        return "exchange.file." + reason.name();
    }
}
