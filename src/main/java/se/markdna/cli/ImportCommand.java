package se.markdna.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.i18n.Messages;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.interchange.SheetData;
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

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

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
        try {
            return run(m, text, out, err);
        } catch (OutOfMemoryError e) {
            // the transaction was rolled back on the way out; say so instead of dying with a stack trace
            LOG.error("import ran out of memory on {}", files, e);
            return fail(err, text.fileError(e), null);
        } catch (UncheckedIOException | CsvFormatException e) {
            return fail(err, text.fileError(e), e);
        }
    }

    private int run(Messages m, ImportMessages text, PrintWriter out, PrintWriter err) {
        List<SheetData> sheets;
        try {
            sheets = ImportFiles.read(files);
        } catch (java.io.IOException e) {
            return fail(err, text.fileError(e), e);
        }
        AppServices services = database.open(!dryRun);
        Cli.warnIfNetworkShare(services, err);
        ImportReport report = services.imports().run(sheets, dryRun ? ImportService.Options.preview()
                : ImportService.Options.write());
        text.summary(report).forEach(out::println);
        text.warnings(report).forEach(out::println);
        text.errors(report).forEach(out::println);
        out.println(text.outcome(report, dryRun));
        out.flush();
        return report.hasErrors() ? ExitCode.REJECTED : ExitCode.OK;
    }

    /** A file that could not be read: one line for the user, the stack trace for the log only. */
    private int fail(PrintWriter err, String message, Throwable logged) {
        if (logged != null) {
            LOG.warn("import of {} failed: {}", files, message, logged);
        }
        err.println(message);
        err.flush();
        return ExitCode.FAILURE;
    }
}
