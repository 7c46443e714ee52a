package se.markdna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.PostgresAdministration;

@Command(name = "pg-grant", mixinStandardHelpOptions = true,
        description = "Give a login of a shared PostgreSQL database its access: the properties, kits, sprayers"
                + " and events of one organisation (repeat for more), everything (the safety office), or read-only."
                + " The login must exist (CREATE ROLE name LOGIN PASSWORD ...). Run by an administrator.")
public final class PgGrantCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--user", paramLabel = "NAME", description = "The login to give access to.")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Access access;

    static final class Access {
        @Option(names = "--organisation", paramLabel = "ORGNR",
                description = "Manage the register of this organisation (organisation number, e.g. 556677-8899).")
        String organisation;

        @Option(names = "--safety-office", description = "See and edit everything.")
        boolean safetyOffice;

        @Option(names = "--read-only", description = "See everything, change nothing (e.g. the police).")
        boolean readOnly;

        @Option(names = "--revoke", description = "Take all access away from the login.")
        boolean revoke;

        @Option(names = "--list", description = "List the logins and their access.")
        boolean list;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseLocation.PostgresServer server = SharedDatabaseOption.require(database, "pg-grant");
        if (!access.list && (user == null || user.isBlank())) {
            throw new IllegalArgumentException("pg-grant needs --user NAME");
        }
        PostgresAdministration.Grant grant;
        if (access.list) {
            grant = PostgresAdministration.Grant.list();
        } else if (access.organisation != null) {
            grant = PostgresAdministration.Grant.organisation(user, access.organisation);
        } else if (access.safetyOffice) {
            grant = PostgresAdministration.Grant.safetyOffice(user);
        } else if (access.readOnly) {
            grant = PostgresAdministration.Grant.readOnly(user);
        } else {
            grant = PostgresAdministration.Grant.revoke(user);
        }
        var out = spec.commandLine().getOut();
        PostgresAdministration.apply(server, DatabaseOptions.password(server), grant).forEach(out::println);
        return ExitCode.OK;
    }
}
