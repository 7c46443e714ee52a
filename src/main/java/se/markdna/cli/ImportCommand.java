package se.markdna.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.i18n.Messages;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.interchange.SheetData;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.service.AppServices;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportService;
import se.markdna.service.exchange.ImportFiles;
import se.markdna.service.exchange.ImportMessages;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import xlsx workbooks (the export or a filled template) or CSV files. Every row is checked"
                + " first; if any row has an error nothing is written.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (or would be, with --dry-run)", "1:rows with errors, nothing written",
                "2:usage error", "3:a file or the database could not be used"})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    LanguageOption language;

    @Option(names = "--dry-run", description = "Check and show what would happen; write nothing.")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".xlsx or .csv files, or folders of .csv files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        ImportMessages text = new ImportMessages(m);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SheetData> sheets;
        try {
            sheets = ImportFiles.read(files);
        } catch (SpreadsheetFileException e) {
            err.println(text.fileError(e));
            err.flush();
            return ExitCode.FAILURE;
        } catch (java.io.IOException e) {
            err.println(m.get("cli.fileError", String.valueOf(e.getMessage())));
            err.flush();
            return ExitCode.FAILURE;
        }
        AppServices services = dryRun ? AppServices.openWithoutBackup(database.file())
                : AppServices.open(database.file());
        Cli.warnIfNetworkShare(services, err);
        ImportReport report;
        try {
            report = services.imports().run(sheets, dryRun ? ImportService.Options.preview()
                    : ImportService.Options.write());
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            err.println(cause instanceof SpreadsheetFileException sfe ? text.fileError(sfe)
                    : m.get("cli.fileError", String.valueOf(cause.getMessage())));
            err.flush();
            return ExitCode.FAILURE;
        } catch (CsvFormatException e) {
            err.println(m.get("cli.fileError", e.getMessage()));
            err.flush();
            return ExitCode.FAILURE;
        }
        text.summary(report).forEach(out::println);
        text.warnings(report).forEach(out::println);
        text.errors(report).forEach(out::println);
        out.println(text.outcome(report, dryRun));
        out.flush();
        return report.hasErrors() ? ExitCode.REJECTED : ExitCode.OK;
    }
}
