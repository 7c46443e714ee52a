package se.markdna.io.interchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.markdna.io.csv.CsvWriter;

/**
 * Writes each entity table to its own CSV file in a folder ({@code properties.csv}, ...): UTF-8
 * with BOM and semicolons as Swedish Excel opens directly. With Swedish headers, decimals are
 * written with a decimal comma as Swedish Excel expects; import reads both. Tables without a file
 * name (work lists, the About sheet) are skipped.
 */
public final class CsvSheetWriter implements TableSink {

    private final Path folder;
    private final boolean decimalComma;
    private final List<Path> written = new ArrayList<>();
    private CsvWriter current;
    private List<OutColumn> columns;

    public CsvSheetWriter(Path folder, boolean decimalComma) throws IOException {
        this.folder = folder;
        this.decimalComma = decimalComma;
        Files.createDirectories(folder);
    }

    public List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    public void startSheet(String name, String fileStem, List<OutColumn> cols) throws IOException {
        if (fileStem == null) {
            current = null;
            return;
        }
        Path file = folder.resolve(fileStem + ".csv");
        current = CsvWriter.open(file);
        written.add(file);
        columns = cols;
        List<String> headers = new ArrayList<>();
        cols.forEach(c -> headers.add(c.header()));
        current.writeRow(headers);
    }

    @Override
    public void row(List<?> values) throws IOException {
        if (current == null) {
            return;
        }
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(decimalComma ? commaDecimal(v) : v);
        }
        current.writeValues(out);
    }

    /**
     * A non-negative fraction as text with a comma ("55,7047"); whole numbers and negative values
     * stay numbers (text starting with a minus would be protected as a formula).
     */
    private static Object commaDecimal(Object v) {
        BigDecimal d;
        if (v instanceof Double x && !x.isNaN() && !x.isInfinite()) {
            d = BigDecimal.valueOf(x);
        } else if (v instanceof BigDecimal b) {
            d = b;
        } else {
            return v;
        }
        d = d.stripTrailingZeros();
        if (d.signum() < 0 || d.scale() <= 0) {
            return v;
        }
        return d.toPlainString().replace('.', ',');
    }

    @Override
    public void endSheet() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        endSheet();
    }
}
