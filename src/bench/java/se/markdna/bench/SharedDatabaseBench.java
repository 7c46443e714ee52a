package se.markdna.bench;

import se.markdna.persistence.DatabaseLocation;
import se.markdna.service.AppServices;

/**
 * How long the first screens' reads take on a shared database, as one login: the property list,
 * the Service due list and the status bar's counts, three times each in one JVM. Not part of
 * bench/run.sh (it needs a server with the register moved in with {@code migrate}); run it by hand:
 * <pre>
 * PGPASSWORD=… java -cp "target-bench/bench/classes:target-bench/markdna.jar:$(cat target-bench/bench/test-classpath.txt)" \
 *     se.markdna.bench.SharedDatabaseBench 'postgresql://HOST:PORT/DB?user=NAME&amp;sslrootcert=CA.crt'
 * </pre>
 */
public final class SharedDatabaseBench {

    private SharedDatabaseBench() {
    }

    public static void main(String[] args) {
        DatabaseLocation.PostgresServer server = DatabaseLocation.PostgresServer.parse(args[0]);
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        AppServices services = AppServices.open(server, password.toCharArray(), false);
        try {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                int properties = services.register().propertySummaries().size();
                long listed = System.nanoTime();
                int due = services.sprayers().serviceDue().size();
                long dueRead = System.nanoTime();
                services.health().counts();
                long counted = System.nanoTime();
                System.out.printf("%s: properties=%d properties_ms=%d due=%d due_ms=%d counts_ms=%d%n", server.user(),
                        properties, (listed - start) / 1_000_000, due, (dueRead - listed) / 1_000_000,
                        (counted - dueRead) / 1_000_000);
            }
        } finally {
            services.close();
        }
    }
}
