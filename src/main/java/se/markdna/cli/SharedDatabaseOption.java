package se.markdna.cli;

import se.markdna.persistence.DatabaseLocation;

/** For the commands that only make sense on a shared database. */
final class SharedDatabaseOption {

    private SharedDatabaseOption() {
    }

    static DatabaseLocation.PostgresServer require(DatabaseOptions options, String command) {
        if (options.location() instanceof DatabaseLocation.PostgresServer server) {
            return server;
        }
        throw new IllegalArgumentException(command
                + " works on a shared PostgreSQL database: --db postgresql://HOST[:PORT]/DB?user=ADMIN");
    }
}
