package se.markdna.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.OutColumn;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SheetRow;

class XlsxWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTypedCellsProtectsFormulaTextAndReadsBack() throws Exception {
        Path f = dir.resolve("t.xlsx");
        try (XlsxWorkbookWriter w = new XlsxWorkbookWriter(f)) {
            w.startSheet("Organisationer", "organisations", List.of(OutColumn.of("Organisationsnummer", ColumnType.TEXT),
                    OutColumn.of("Namn", ColumnType.TEXT), OutColumn.of("Typ", ColumnType.TEXT),
                    OutColumn.of("Datum", ColumnType.DATE), OutColumn.of("Tal", ColumnType.DECIMAL),
                    OutColumn.of("Andel", ColumnType.PERCENT), OutColumn.of("Antal", ColumnType.INTEGER)));
            for (String s : List.of("=1+1", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx", "vanlig")) {
                w.row(Arrays.asList("556000-0000", s, "Företag", LocalDate.of(2024, 2, 29), 55.70466, 0.153, 1200));
            }
            w.finish();
        }
        assertThat(Files.list(dir).toList()).containsExactly(f); // no temporary file left beside it
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Organisationer");
            for (int r = 1; r <= 6; r++) {
                Cell c = s.getRow(r).getCell(1);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as("row %d", r).isTrue();
            }
            assertThat(s.getRow(7).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(s.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(s.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(s.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(s.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(1200);
        }
        List<SheetData> sheets = XlsxSheets.open(f);
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).sheet()).isEqualTo(Sheet.ORGANISATIONS);
        List<SheetRow> rows = new java.util.ArrayList<>();
        sheets.get(0).rows().forEach(rows::add);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows).extracting(r -> r.cell(1)).containsExactly("=1+1", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "vanlig");
        assertThat(rows.get(0).cells()).containsExactly("556000-0000", "=1+1", "Företag", "2024-02-29", "55.70466",
                "0.153", "1200");
        // the rows can be read a second time (preview, then import)
        int[] again = {0};
        sheets.get(0).rows().forEach(r -> again[0]++);
        assertThat(again[0]).isEqualTo(7);
    }
}
