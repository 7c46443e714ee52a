package se.markdna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.markdna.persistence.DatabaseException;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.RegisterCopy;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Move a register from an SQLite file into an empty shared PostgreSQL database set up with"
                + " pg-setup: every table with its ids and history, in one transaction, and the rows counted on"
                + " both sides before it is committed. All or nothing; the file is not changed. Run by the"
                + " database's administrator; the password is read from PGPASSWORD or asked for.")
public final class MigrateCommand implements Callable<Integer> {

    /** Below this many rows the copy takes a moment and no progress is printed. */
    static final long PROGRESS_FROM_ROWS = 20_000;

    @Option(names = "--from", required = true, paramLabel = "FILE.db", description = "The SQLite register to copy.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST[:PORT]/DB?user=ADMIN",
            description = "The empty shared database (add &sslrootcert=CA.crt for a private CA).")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(DatabaseLocation.parse(to) instanceof DatabaseLocation.PostgresServer server)) {
            throw new IllegalArgumentException("--to must be a shared database: postgresql://HOST[:PORT]/DB?user=ADMIN");
        }
        // the file first, so that a wrong file is reported before the password is asked for
        RegisterCopy.SourceInfo source;
        try {
            source = RegisterCopy.inspect(from);
        } catch (DatabaseException e) {
            if (e.reason() != DatabaseException.Reason.IO) {
                throw e; // not SQLite, or too new: the application's own messages
            }
            err.println(e.getMessage()); // "No such file: ..." says more than "Database error"
            return ExitCode.FAILURE;
        }
        out.println("migrating " + source.file() + " into " + server.describe());
        if (source.needsMigration()) {
            out.println("the file's structure is at version " + source.schemaVersion() + "; a temporary copy of it is"
                    + " brought to version " + source.currentVersion() + " first (the file itself is not changed)");
        }
        out.flush();
        RegisterCopy.Result result;
        try {
            result = RegisterCopy.copy(from, server, DatabaseOptions.password(server), progress(out));
        } catch (DatabaseException e) {
            if (e.reason() == DatabaseException.Reason.NOT_SET_UP) {
                err.println("The shared database " + server.describe() + " is not set up for this version of"
                        + " Märk-DNA: run pg-setup first (pg-setup --db " + server.toUrl() + ").");
                return ExitCode.FAILURE;
            }
            throw e;
        } catch (RegisterCopy.RefusedException e) {
            err.println(e.getMessage());
            return e.reason() == RegisterCopy.RefusedException.Reason.NOT_EMPTY ? ExitCode.REJECTED
                    : ExitCode.FAILURE;
        } catch (RegisterCopy.FailedException e) {
            err.println(e.getMessage());
            org.slf4j.LoggerFactory.getLogger(MigrateCommand.class).warn("migrate failed", e);
            return ExitCode.FAILURE;
        }
        printCounts(out, result);
        return ExitCode.OK;
    }

    private static RegisterCopy.Progress progress(PrintWriter out) {
        long[] printedTenths = {0};
        return (table, done, total) -> {
            if (total < PROGRESS_FROM_ROWS) {
                return;
            }
            long tenths = done * 10 / total;
            if (tenths > printedTenths[0] && tenths < 10) {
                printedTenths[0] = tenths;
                out.printf(Locale.ROOT, "  %3d%%  %,d of %,d rows (%s)%n", tenths * 10, done, total, table);
                out.flush();
            }
        };
    }

    private static void printCounts(PrintWriter out, RegisterCopy.Result result) {
        int width = Math.max("table".length(), result.tables().stream().mapToInt(t -> t.table().length()).max()
                .orElse(0));
        String format = "%-" + width + "s  %12s  %12s%n";
        out.printf(Locale.ROOT, format, "table", "in the file", "copied");
        long file = 0;
        for (RegisterCopy.TableCount t : result.tables()) {
            out.printf(Locale.ROOT, format, t.table(), t.inFile(), t.inDatabase());
            file += t.inFile();
        }
        out.printf(Locale.ROOT, format, "total", file, result.totalRows());
        out.printf(Locale.ROOT, "counts verified, committed: %,d rows in %.1f s%n", result.totalRows(),
                result.took().toMillis() / 1000.0);
        out.println("next: pg-grant --user NAME --organisation ORGNR | --safety-office | --read-only");
    }
}
