package se.markdna.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.markdna.io.interchange.SheetData;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.ImportReport;
import se.markdna.service.ImportService;
import se.markdna.service.exchange.ImportFiles;

/**
 * One import in a fresh JVM (run by bench/run.sh at -Xmx256m): opens and migrates the database
 * first, outside the timing, then times reading the files and the import up to its commit. Prints
 * {@code import_ms=N peak_heap_mb=M rows=R} on one line for the script to parse.
 * <p>
 * Usage: {@code ImportBench DB [--dry-run] FILE...}
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        boolean dryRun = false;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dry-run")) {
                dryRun = true;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        AppServices services = new AppServices(Database.open(db), () -> "bench", Clock.systemDefaultZone());
        HeapSampler heap = HeapSampler.start();
        long cpu0 = processCpuNanos();
        long mainCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<SheetData> sheets = ImportFiles.read(files);
        ImportReport report = services.imports().run(sheets,
                dryRun ? ImportService.Options.preview() : ImportService.Options.write());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
        long mainCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu0) / 1_000_000;
        long peak = heap.stop();
        if (report.hasErrors()) {
            report.errors().stream().limit(10).forEach(e -> System.err.println("error: " + e));
            System.exit(1);
        }
        long rows = 0;
        for (var s : report.sheets()) {
            for (ImportReport.Outcome o : ImportReport.Outcome.values()) {
                rows += report.count(s, o);
            }
        }
        System.out.println("import_ms=" + ms + " cpu_ms=" + cpuMs + " main_cpu_ms=" + mainCpuMs + " peak_heap_mb=" + peak / (1024 * 1024) + " rows=" + rows);
    }

    /** CPU time of the whole process (all threads, GC included): steadier than wall time on a busy machine. */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * The most heap in use at any moment: sampled every few milliseconds, and also the pools' own
     * peak figures (which catch a peak between two samples); the larger of the two is reported.
     */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            HeapSampler s = new HeapSampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                max = Math.max(max, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            long pools = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                    pools += p.getPeakUsage().getUsed();
                }
            }
            // the pools peak at different moments, so their sum overstates; the sample can miss a
            // short peak; report the sampled figure unless it is below the largest single pool
            long largestPool = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                    largestPool = Math.max(largestPool, p.getPeakUsage().getUsed());
                }
            }
            return Math.max(max, Math.min(largestPool, pools));
        }
    }
}
