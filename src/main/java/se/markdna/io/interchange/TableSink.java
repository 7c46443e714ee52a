package se.markdna.io.interchange;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where an export writes its tables: a workbook (one sheet each) or a folder of CSV files. Values
 * are typed: String (text, protected against formulas), Integer/Long/Double/BigDecimal (numbers;
 * a fraction in a {@link ColumnType#PERCENT} column), LocalDate, or null (empty).
 */
public interface TableSink extends Closeable {

    /**
     * Starts a table.
     *
     * @param name     the sheet name shown to the user
     * @param fileStem the CSV file name without extension, or null for a sheet that CSV export leaves out
     */
    void startSheet(String name, String fileStem, List<OutColumn> columns) throws IOException;

    void row(List<?> values) throws IOException;

    void endSheet() throws IOException;
}
