package se.markdna.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.markdna.io.interchange.CsvSheets;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SheetData;
import se.markdna.persistence.Database;
import se.markdna.persistence.Repositories;

/**
 * Loads the Lund sample data bundled in the application. The files are written as of a reference
 * day; every date is moved by the days since then, so overdue, due-soon, expired and triggered
 * sprayers stay so whenever the demo is loaded.
 */
public final class DemoService {

    private static final String FOLDER = "/se/markdna/sample-data/";

    private final Database db;
    private final ImportService imports;
    private final Clock clock;

    public DemoService(Database db, ImportService imports, Clock clock) {
        this.db = db;
        this.imports = imports;
        this.clock = clock;
    }

    /** Refused because the register already holds data and the caller did not force it. */
    public static final class NotEmptyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotEmptyException() {
            super("The database is not empty; use --force to load the demo data anyway");
        }
    }

    /** Thrown when the bundled sample data does not import cleanly (a packaging error). */
    public static final class DemoDataException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DemoDataException(String message) {
            super(message);
        }
    }

    public Map<String, Long> load(boolean force) {
        if (!force && !new HealthService(db).isRegisterEmpty()) {
            throw new NotEmptyException();
        }
        long shift = ChronoUnit.DAYS.between(referenceDate(), LocalDate.now(clock));
        ImportReport report = imports.run(sampleSheets(), new ImportService.Options(false, shift, null));
        if (report.hasErrors()) {
            ImportReport.Error first = report.errors().get(0);
            throw new DemoDataException("Sample data did not import: " + first.source() + " row " + first.row()
                    + " " + first.column() + ": " + first.messageKey() + " " + first.args());
        }
        return db.read(Repositories::counts);
    }

    public static LocalDate referenceDate() {
        try (InputStream in = resource("reference-date.txt")) {
            return LocalDate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SheetData> sampleSheets() {
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            String name = sheet.fileStem() + ".csv";
            try (InputStream in = resource(name)) {
                sheets.add(CsvSheets.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sheets;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoService.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("Sample data missing from the application: " + name);
        }
        return in;
    }
}
