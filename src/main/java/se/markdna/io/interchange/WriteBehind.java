package se.markdna.io.interchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands an export's tables to another sink on a thread of its own, a few batches behind, so that
 * writing a workbook (POI's cells, its XML, the compression of its temporary files) runs on the
 * second core while the export reads the database. The target sees exactly the calls made here,
 * in the same order. A failure of the target is thrown to the exporting thread at its next call
 * here, or at {@link #finish()}, and the target gets no further calls.
 * <p>
 * {@link #finish()} waits until the target has had every call; only then may the caller finish
 * the target itself. {@link #close()} without {@code finish} (a failed or cancelled export) stops
 * the thread and waits for it; closing the target stays with the caller.
 */
public final class WriteBehind implements TableSink {

    static final int BATCH_SIZE = 256;
    static final int BATCHES = 4;

    private record Start(String name, String fileStem, List<OutColumn> columns) {
    }

    private record Rows(List<List<?>> rows) {
    }

    private enum Marker { END_SHEET, STOP }

    private final TableSink target;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES + 2);
    private final Thread writer;
    private volatile Throwable failure;
    private List<List<?>> pending = new ArrayList<>(BATCH_SIZE);
    private boolean stopped;

    public WriteBehind(TableSink target, String name) {
        this.target = target;
        writer = new Thread(this::write, "write-behind " + name);
        writer.setDaemon(true);
        writer.start();
    }

    private void write() {
        try {
            while (true) {
                Object command = queue.take();
                if (command == Marker.STOP) {
                    return;
                }
                if (failure != null) {
                    continue; // keep taking, so that the exporting thread is never blocked on a full queue
                }
                try {
                    apply(command);
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void apply(Object command) throws IOException {
        if (command instanceof Start s) {
            target.startSheet(s.name(), s.fileStem(), s.columns());
        } else if (command instanceof Rows r) {
            for (List<?> row : r.rows()) {
                target.row(row);
            }
        } else if (command == Marker.END_SHEET) {
            target.endSheet();
        }
    }

    @Override
    public void startSheet(String name, String fileStem, List<OutColumn> columns) throws IOException {
        flush();
        put(new Start(name, fileStem, List.copyOf(columns)));
    }

    /** The values are the target's from here on: the caller must not change the list afterwards. */
    @Override
    public void row(List<?> values) throws IOException {
        pending.add(values);
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void endSheet() throws IOException {
        flush();
        put(Marker.END_SHEET);
    }

    /** Waits until the target has had every call; throws what the target threw, if anything. */
    public void finish() throws IOException {
        flush();
        stop();
        rethrow();
    }

    /** Stops the writing thread (without the calls still waiting when {@link #finish()} was not called). */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        queue.clear();
        failure = failure == null ? new IOException("export stopped") : failure;
        stop();
    }

    private void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(Marker.STOP);
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            rethrow();
            return;
        }
        Rows batch = new Rows(pending);
        pending = new ArrayList<>(BATCH_SIZE);
        put(batch);
    }

    private void put(Object command) throws IOException {
        rethrow();
        if (stopped) {
            throw new IllegalStateException("finished");
        }
        try {
            queue.put(command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f == null) {
            return;
        }
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) f;
    }
}
