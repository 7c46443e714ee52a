package se.markdna.reliability;

import java.nio.file.Path;
import java.util.List;
import se.markdna.io.interchange.CsvSheets;
import se.markdna.service.AppServices;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportService;

/** A child process for {@link CrashSafetyTest}: imports one CSV file and says so when done. */
public final class ImportWorker {

    private ImportWorker() {
    }

    public static void main(String[] args) throws Exception {
        AppServices services = AppServices.openWithoutBackup(Path.of(args[0]));
        System.out.println("started");
        System.out.flush();
        ImportReport report = services.imports().run(List.of(CsvSheets.read(Path.of(args[1]))),
                ImportService.Options.write());
        System.out.println(report.written() ? "written" : "not written: " + report.errors());
    }
}
