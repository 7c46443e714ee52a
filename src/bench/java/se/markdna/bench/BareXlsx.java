package se.markdna.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export's reference: a bare POI SXSSF writer putting the same cells into a workbook, one
 * sheet per CSV file of the application's own CSV export of the same database, with no styles,
 * widths, filters or frozen panes. Numbers become numeric cells, everything else string cells.
 * Prints {@code export_ms=N} (reading the CSV included, as the application reads SQLite).
 * <p>
 * Usage: {@code BareXlsx CSV_DIR OUT.xlsx}
 */
public final class BareXlsx {

    private BareXlsx() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        long cells = 0;
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            wb.setCompressTempFiles(false);
            for (Path f : files) {
                SXSSFSheet sheet = wb.createSheet(f.getFileName().toString().replace(".csv", ""));
                char separator = separatorOf(f);
                try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(f, StandardCharsets.UTF_8)) {
                    int r = 0;
                    for (CsvRecord rec : reader) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < rec.getFieldCount(); c++) {
                            String v = rec.getField(c);
                            if (v.isEmpty()) {
                                continue;
                            }
                            Cell cell = row.createCell(c);
                            Double d = r > 1 ? number(v) : null;
                            if (d != null) {
                                cell.setCellValue(d);
                            } else {
                                cell.setCellValue(v);
                            }
                            cells++;
                        }
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        } finally {
            wb.close();
        }
        System.out.println("export_ms=" + (System.nanoTime() - t0) / 1_000_000 + " cells=" + cells);
    }

    private static char separatorOf(Path f) throws Exception {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            long semicolons = header == null ? 0 : header.chars().filter(ch -> ch == ';').count();
            long commas = header == null ? 0 : header.chars().filter(ch -> ch == ',').count();
            return semicolons >= commas ? ';' : ',';
        }
    }

    private static Double number(String v) {
        char first = v.charAt(0);
        if (!(first == '-' || (first >= '0' && first <= '9')) || v.length() > 15) {
            return null;
        }
        for (int i = 1; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (!(ch >= '0' && ch <= '9') && ch != '.') {
                return null;
            }
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
