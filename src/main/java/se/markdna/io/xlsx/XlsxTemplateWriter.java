package se.markdna.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.ExtraSheets;
import se.markdna.io.interchange.OutColumn;

/**
 * Writes an empty import template: an instructions sheet first, then one sheet per entity with
 * its header row (bold, frozen, autofilter), column formats (text columns as text so organisation
 * numbers and postal codes are not turned into numbers, dates as dates), and dropdown lists (data
 * validation) for columns with a fixed set of values. The lists live on a hidden sheet and are
 * referenced through named ranges, so long lists (all districts) work too.
 */
public final class XlsxTemplateWriter {

    /** Rows the dropdowns and column formats cover. */
    static final int ROWS = 5_000;

    /** A template sheet: its name and columns, and per column its allowed values (null: free). */
    public record TemplateSheet(String name, List<OutColumn> columns, List<List<String>> choices) {
    }

    private XlsxTemplateWriter() {
    }

    public static void write(Path target, String instructionsTitle, List<String> instructions,
            List<TemplateSheet> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            DataFormat formats = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            XSSFSheet about = wb.createSheet(WorkbookUtil.createSafeSheetName(instructionsTitle));
            Row title = about.createRow(0);
            Cell t = title.createCell(0);
            t.setCellValue(instructionsTitle);
            t.setCellStyle(header);
            for (int i = 0; i < instructions.size(); i++) {
                Cell c = about.createRow(i + 2).createCell(0);
                c.setCellValue(instructions.get(i));
                c.setCellStyle(wrap);
            }
            about.setColumnWidth(0, 110 * 256);

            XSSFSheet lists = wb.createSheet(ExtraSheets.LISTS);
            int listColumn = 0;
            for (TemplateSheet ts : sheets) {
                XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(ts.name()));
                Row r = s.createRow(0);
                DataValidationHelper helper = s.getDataValidationHelper();
                for (int i = 0; i < ts.columns().size(); i++) {
                    OutColumn col = ts.columns().get(i);
                    Cell c = r.createCell(i);
                    c.setCellValue(col.header());
                    c.setCellStyle(header);
                    s.setColumnWidth(i, Math.min(60, Math.max(10, col.header().length() + 4)) * 256);
                    if (col.type() == ColumnType.TEXT || col.type() == ColumnType.ENUM) {
                        s.setDefaultColumnStyle(i, text);
                    } else if (col.type() == ColumnType.DATE) {
                        s.setDefaultColumnStyle(i, date);
                    }
                    List<String> choices = i < ts.choices().size() ? ts.choices().get(i) : null;
                    if (choices == null || choices.isEmpty()) {
                        continue;
                    }
                    for (int k = 0; k < choices.size(); k++) {
                        Row lr = lists.getRow(k);
                        if (lr == null) {
                            lr = lists.createRow(k);
                        }
                        lr.createCell(listColumn).setCellValue(choices.get(k));
                    }
                    String letter = CellReference.convertNumToColString(listColumn);
                    Name name = wb.createName();
                    name.setNameName("list_" + (listColumn + 1));
                    name.setRefersToFormula("'" + ExtraSheets.LISTS + "'!$" + letter + "$1:$" + letter + "$"
                            + choices.size());
                    listColumn++;
                    DataValidationConstraint constraint = helper.createFormulaListConstraint(name.getNameName());
                    DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, i, i));
                    v.setShowErrorBox(true);
                    v.setSuppressDropDownArrow(true);
                    v.setEmptyCellAllowed(true);
                    s.addValidationData(v);
                }
                s.createFreezePane(0, 1);
                s.setAutoFilter(new CellRangeAddress(0, 0, 0, ts.columns().size() - 1));
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setActiveSheet(0);

            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(".markdna-template-" + java.util.UUID.randomUUID() + ".tmp"); // default permissions, unlike createTempFile
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    wb.write(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
