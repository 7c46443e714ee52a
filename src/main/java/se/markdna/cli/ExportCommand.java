package se.markdna.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.exchange.ExportService;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the register to an Excel workbook (one sheet per entity, Service due, Coverage, About)"
                + " or to one CSV file per entity.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    LanguageOption language;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write one CSV file per entity into this folder.")
    Path csvFolder;

    @Option(names = "--include-personal-data",
            description = "Include contact details (contact names, phones, emails). Left out by default.")
    boolean includePersonalData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        if (out == null && csvFolder == null) {
            throw new IllegalArgumentException("export needs --out FILE.xlsx or --csv DIR");
        }
        if (!database.shared() && !Files.isRegularFile(database.file())) {
            Database.checkReadable(database.file());
        }
        AppServices services = database.open(false);
        PrintWriter stdout = spec.commandLine().getOut();
        Cli.warnIfNetworkShare(services, spec.commandLine().getErr());
        if (out != null) {
            ExportService.ExportResult r = services.exports().export(new ExportService.ExportRequest(out, false,
                    m.isEnglish(), includePersonalData, null, Version.current(), null));
            print(stdout, m, out, r);
        }
        if (csvFolder != null) {
            ExportService.ExportResult r = services.exports().export(new ExportService.ExportRequest(csvFolder, true,
                    m.isEnglish(), includePersonalData, null, Version.current(), null));
            print(stdout, m, csvFolder, r);
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter stdout, Messages m, Path where, ExportService.ExportResult r) {
        stdout.println(m.get("exchange.export.done", where.toAbsolutePath()));
        r.rowCounts().forEach((sheet, n) -> stdout.println("  " + m.get("exchange.export.rows", sheet, n)));
        stdout.flush();
    }
}
