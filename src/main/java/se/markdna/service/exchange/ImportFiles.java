package se.markdna.service.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.interchange.CsvSheets;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.io.interchange.SpreadsheetFileException.Reason;
import se.markdna.io.xlsx.XlsxSheets;

/**
 * Turns the files a user chose into sheets for {@link se.markdna.service.ImportService}: an xlsx
 * workbook gives its entity sheets, a CSV file one sheet (recognised by its header row or its
 * name), a folder every CSV file in it. Rows are streamed from the files, not held in memory.
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static List<SheetData> read(List<Path> files) throws IOException {
        List<SheetData> sheets = new ArrayList<>();
        for (Path f : files) {
            sheets.addAll(read(f));
        }
        return sheets;
    }

    public static List<SheetData> read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            List<Path> csvs;
            try (Stream<Path> s = Files.list(file)) {
                csvs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                        .toList();
            }
            if (csvs.isEmpty()) {
                throw new SpreadsheetFileException(Reason.NO_SHEETS, name);
            }
            return read(csvs);
        }
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            List<SheetData> sheets = XlsxSheets.open(file);
            if (sheets.isEmpty()) {
                throw new SpreadsheetFileException(Reason.NO_SHEETS, name);
            }
            return sheets;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            if (Files.size(file) == 0) {
                throw new SpreadsheetFileException(Reason.EMPTY, name);
            }
            try {
                return List.of(CsvSheets.open(file));
            } catch (CsvSheets.UnknownSheetException e) {
                throw new SpreadsheetFileException(Reason.NO_SHEETS, name, null, e);
            } catch (CsvFormatException e) {
                // CsvSheets reports these itself; kept so that no reader change lets one through bare
                throw SpreadsheetFileException.of(e, name);
            }
        }
        throw new SpreadsheetFileException(Reason.UNKNOWN_TYPE, name);
    }
}
