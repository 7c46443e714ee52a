package se.markdna.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import se.markdna.app.GuiLauncher;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.properties.PropertiesView;
import se.markdna.ui.properties.PropertyRow;

/**
 * The GUI figures, measured in the real application started headless (Monocle, software
 * rendering) in a JVM of its own, driven only through what a user reaches: the navigation buttons,
 * the search field, the column headers. Prints one {@code key=value} line for bench/run.sh.
 * <p>
 * {@code GuiBench DB ROWS startup}: milliseconds from JVM start until, after the first screen,
 * the property register shows all ROWS rows.<br>
 * {@code GuiBench DB ROWS full}: the same, then filter keystrokes, sorting every column, opening
 * Service due, and the peak resident memory (VmHWM) of the process.
 * <p>
 * A measured step runs on the FX thread and ends at the end of the next layout pulse, so the
 * figure includes the table's CSS and layout of the new rows, not only the list operation.
 */
public final class GuiBench {

    private static final long TIMEOUT_MS = 300_000;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** FX-thread CPU milliseconds of each measured step, in order. */
    private static final List<Long> lastStepCpuMs = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final boolean DEBUG = System.getenv("BENCH_DEBUG") != null;

    private GuiBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        boolean full = args.length > 2 && args[2].equals("full");
        Thread app = new Thread(() -> GuiLauncher.launch(db, "sv", false), "gui");
        app.setDaemon(true);
        app.start();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        // the first screen (overview, or the welcome screen of an empty register) is up
        waitFor(() -> lookup("#content") instanceof javafx.scene.layout.Pane p && !p.getChildren().isEmpty());
        waitFor(() -> {
            Node n = lookup("#properties-view");
            if (n == null) {
                // not shown yet, or the main window's own start-up moved on to its first screen
                // after our click: click (again), as a user would
                ((ButtonBase) lookup("#nav-properties")).fire();
                n = lookup("#properties-view");
            }
            if (DEBUG) {
                System.err.println("properties view: " + n + (n instanceof PropertiesView v ? " loaded="
                        + v.viewModel().loadedProperty().get() + " items=" + v.table().getItems().size() + " rows="
                        + v.viewModel().rows().size() : "") + " content=" + lookup("#content"));
            }
            return n instanceof PropertiesView v && v.getScene() != null && v.viewModel().loadedProperty().get()
                    && v.table().getItems().size() == rows && v.viewModel().rows().size() == rows;
        });
        fx(() -> null); // one more turn of the FX thread: the rows are laid out
        long startupMs = System.currentTimeMillis() - jvmStart;
        StringBuilder out = new StringBuilder("startup_ms=" + startupMs);
        if (full) {
            PropertiesView view = (PropertiesView) fx(() -> lookup("#properties-view"));
            out.append(" filter_ms=").append(join(filter(view)));
            out.append(" filter_cpu_ms=").append(join(lastStepCpuMs));
            lastStepCpuMs.clear();
            out.append(" sort_ms=").append(join(sort(view)));
            out.append(" sort_cpu_ms=").append(join(lastStepCpuMs));
            out.append(" due_ms=").append(serviceDue());
        }
        out.append(" vmhwm_mb=").append(vmHwmMb());
        System.out.println(out);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Types a search word letter by letter, then deletes it again; one figure per keystroke. */
    private static List<Long> filter(PropertiesView view) throws Exception {
        TextField field = (TextField) fx(() -> lookup("#props-search"));
        fx(() -> {
            field.requestFocus();
            return null;
        });
        List<Long> ms = new ArrayList<>();
        String word = "dalby 1";
        for (int i = 0; i < word.length(); i++) {
            String ch = word.substring(i, i + 1);
            ms.add(step(field.getScene(), () -> {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false, false,
                        false, false));
                // what the search field's short typing pause then does, without waiting for it
                view.viewModel().searchProperty().set(field.getText());
            }));
        }
        for (int i = 0; i < word.length(); i++) {
            ms.add(step(field.getScene(), () -> {
                field.deletePreviousChar();
                view.viewModel().searchProperty().set(field.getText());
            }));
        }
        waitFor(() -> view.table().getItems().size() == view.viewModel().rows().size());
        return ms;
    }

    /**
     * Sorts by every column, ascending and then descending, as header clicks do: the first click
     * makes the column the sort order (ascending), the second only turns its direction. (Until
     * 2026-12-04 the second step also set the sort order again, which sorted twice.)
     */
    private static List<Long> sort(PropertiesView view) throws Exception {
        TableView<PropertyRow> table = view.table();
        List<Long> ms = new ArrayList<>();
        int columns = fx(() -> table.getColumns().size());
        for (int i = 0; i < columns; i++) {
            final int index = i;
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                ms.add(step(table.getScene(), () -> {
                    TableColumn<PropertyRow, ?> col = table.getColumns().get(index);
                    if (!col.isSortable()) {
                        return;
                    }
                    boolean sortedByIt = table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == col;
                    col.setSortType(type);
                    if (!sortedByIt) {
                        table.getSortOrder().setAll(List.of(col));
                    }
                }));
            }
        }
        return ms;
    }

    /** Opens Service due (first visit) and waits until its list is shown. */
    private static long serviceDue() throws Exception {
        long t0 = System.nanoTime();
        fx(() -> {
            ((ButtonBase) lookup("#nav-service-due")).fire();
            return null;
        });
        waitFor(() -> lookup("#service-due-view") instanceof Refreshable r && ((Node) r).getScene() != null
                && r.readyProperty().get());
        fx(() -> null);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Runs an action on the FX thread and returns the milliseconds from its start to the end of the
     * layout pass of the pulse that follows it.
     */
    private static long step(Scene scene, Runnable action) throws Exception {
        BlockingQueue<Long> done = new LinkedBlockingQueue<>();
        long[] start = new long[2];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            start[1] = THREADS.getCurrentThreadCpuTime();
            action.run();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                // the FX thread's own CPU time for the step: far less moved by other load on a
                // shared machine than the wall time (work on other threads is not in it)
                lastStepCpuMs.add((THREADS.getCurrentThreadCpuTime() - start[1]) / 1_000_000);
                done.add(System.nanoTime());
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        Long end = done.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (end == null) {
            throw new IllegalStateException("no layout pulse after the step");
        }
        Thread.sleep(20); // let the pulse finish painting before the next step
        return (end - start[0]) / 1_000_000;
    }

    private static Node lookup(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (Boolean.TRUE.equals(fx(condition))) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the toolkit is still starting
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out waiting");
    }

    private static String join(List<Long> values) {
        StringBuilder b = new StringBuilder();
        for (Long v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(v);
        }
        return b.toString();
    }

    private static long vmHwmMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
