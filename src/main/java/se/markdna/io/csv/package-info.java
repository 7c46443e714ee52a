/**
 * Reading and writing the CSV files Swedish users produce and open in Excel.
 *
 * <p>{@link se.markdna.io.csv.CsvReader} detects encoding (UTF-8 with/without BOM, UTF-16 with BOM,
 * Windows-1252 fallback) and separator ({@code ;}, {@code ,} or tab), parses RFC 4180 quoting and
 * enforces size limits; problems are reported as the unchecked
 * {@link se.markdna.io.csv.CsvFormatException} with a {@link se.markdna.io.csv.CsvFormatException.Reason}
 * and a line number so callers can localise. {@link se.markdna.io.csv.CsvWriter} writes UTF-8 with BOM,
 * semicolons and CRLF with formula-injection protection. {@link se.markdna.io.csv.CsvValues} holds
 * helpers for decimals, ISO dates and undoing the protection.
 *
 * <p>This package depends on the JDK only (no JavaFX, no java.sql).
 */
package se.markdna.io.csv;
