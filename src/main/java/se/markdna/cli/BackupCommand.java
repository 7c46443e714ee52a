package se.markdna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.service.AppServices;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the database (SQLite online backup; safe while others write).")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        AppServices services = database.open(false);
        if (services.sharedDatabase()) {
            return exportInstead(services);
        }
        services.backups().backupTo(out);
        spec.commandLine().getOut().println("backup written to " + out.toAbsolutePath());
        return ExitCode.OK;
    }

    /**
     * A shared database is backed up on its server (pg_dump, base backups), which this program
     * cannot do for the administrator; what it can give is a full workbook of everything this
     * login sees.
     */
    private int exportInstead(AppServices services) throws java.io.IOException {
        Path workbook = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? out
                : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".xlsx");
        var stdout = spec.commandLine().getOut();
        stdout.println("A shared database is backed up on its server by its administrator (pg_dump or the"
                + " server's base backups); this command cannot copy it.");
        stdout.println("Exporting a full workbook of what " + services.databaseDescription() + " shows instead.");
        var result = services.exports().export(new se.markdna.service.exchange.ExportService.ExportRequest(workbook,
                false, false, true, null, Version.current(), null));
        stdout.println("workbook written to " + workbook.toAbsolutePath());
        result.rowCounts().forEach((sheet, n) -> stdout.println("  " + sheet + ": " + n));
        return ExitCode.OK;
    }
}
