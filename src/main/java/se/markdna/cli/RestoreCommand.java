package se.markdna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.service.AppServices;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database's content with a backup; the current content is backed up first.")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup to restore.")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (database.shared()) {
            throw new IllegalArgumentException("restore replaces a database file; a shared database is restored"
                    + " on its server by its administrator (pg_restore), or filled from a file with migrate.");
        }
        AppServices services = AppServices.openWithoutBackup(database.file());
        Path safety = services.backups().restore(from);
        spec.commandLine().getOut().println("restored " + database.file() + " from " + from.toAbsolutePath());
        spec.commandLine().getOut().println("the previous content was backed up to " + safety);
        return ExitCode.OK;
    }
}
