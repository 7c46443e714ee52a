package se.markdna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.PostgresAdministration;

@Command(name = "pg-setup", mixinStandardHelpOptions = true,
        description = "Set up (or update) a shared PostgreSQL database: the register's tables through the same"
                + " Flyway migrations as the application, the roles markdna_office, markdna_manager and"
                + " markdna_reader, and the row-level security policies. Run by an administrator:"
                + " --db postgresql://HOST[:PORT]/DB?user=ADMIN.")
public final class PgSetupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseLocation.PostgresServer server = SharedDatabaseOption.require(database, "pg-setup");
        PostgresAdministration.SetUpResult result = PostgresAdministration.setUp(server,
                DatabaseOptions.password(server));
        var out = spec.commandLine().getOut();
        out.println("schema of " + server.describe() + " at version " + result.schemaVersion()
                + (result.migrationsApplied() == 0 ? " (already up to date)"
                        : " (" + result.migrationsApplied() + " migration(s) applied)"));
        out.println("roles: markdna_office (safety office), markdna_manager (property managers),"
                + " markdna_reader (read-only)");
        out.println("next: pg-grant --user NAME --organisation ORGNR | --safety-office | --read-only");
        return ExitCode.OK;
    }
}
