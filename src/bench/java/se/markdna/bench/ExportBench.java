package se.markdna.bench;

import java.nio.file.Path;
import java.time.Clock;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.exchange.ExportService;

/**
 * One full xlsx export in a fresh JVM (bench/run.sh runs it at -Xmx256m): the database is opened
 * first, outside the timing, as {@link BareXlsx} does not time its JVM start either. Prints
 * {@code export_ms=N}.
 * <p>
 * Usage: {@code ExportBench DB OUT.xlsx}
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        AppServices services = new AppServices(Database.open(Path.of(args[0])), () -> "bench",
                Clock.systemDefaultZone());
        long t0 = System.nanoTime();
        services.exports().export(ExportService.ExportRequest.xlsx(Path.of(args[1]), false, false));
        System.out.println("export_ms=" + (System.nanoTime() - t0) / 1_000_000);
    }
}
