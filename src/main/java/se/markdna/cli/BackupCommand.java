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
    public Integer call() {
        AppServices services = AppServices.openWithoutBackup(database.file());
        services.backups().backupTo(out);
        spec.commandLine().getOut().println("backup written to " + out.toAbsolutePath());
        return ExitCode.OK;
    }
}
