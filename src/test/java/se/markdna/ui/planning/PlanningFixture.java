package se.markdna.ui.planning;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Dialogs;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * A register for planning tests: a fresh database (optionally with the Lund demo data), a
 * {@link UiContext} in Swedish whose dialogs answer as told and record what they showed, and a
 * {@link RecordingShell} attached as the main window. The view models run their work through the
 * application's real {@link BackgroundTask}, so the JavaFX toolkit runs (headless Monocle) and
 * {@link #fx} waits until every task it started has handed its result back.
 */
public final class PlanningFixture {

    public final AppServices services;
    public final UiContext ui;
    public final RecordingShell shell = new RecordingShell();
    /** What the dialogs showed, in order. */
    public final List<String> dialogs = new ArrayList<>();
    /** What the dialogs answer when asked for a text (null: the user cancels). */
    public String textAnswer;

    private PlanningFixture(boolean demo) throws Exception {
        FxToolkit.registerPrimaryStage();
        services = new AppServices(Database.open(Files.createTempDirectory("plan-test").resolve("t.db")),
                () -> "test", Clock.systemDefaultZone());
        if (demo) {
            services.demo().load(false);
        }
        Dialogs recording = Dialogs.recording(true, dialogs);
        Dialogs answering = new Dialogs() {
            @Override
            public void info(String title, String text) {
                recording.info(title, text);
            }

            @Override
            public void error(String title, String text) {
                recording.error(title, text);
            }

            @Override
            public boolean confirm(String title, String header, String text, String confirmLabel) {
                return recording.confirm(title, header, text, confirmLabel);
            }

            @Override
            public void unexpectedError(Throwable error) {
                recording.unexpectedError(error);
            }

            @Override
            public String askText(String title, String header, String fieldLabel) {
                dialogs.add("ask: " + title + ": " + header);
                return textAnswer;
            }
        };
        ui = new UiContext(services, new Messages(Messages.SWEDISH), answering);
        ui.attach(shell);
    }

    public static PlanningFixture withDemoData() throws Exception {
        return new PlanningFixture(true);
    }

    public static PlanningFixture empty() throws Exception {
        return new PlanningFixture(false);
    }

    /** The shared planning context of this fixture's UiContext. */
    public PlanningContext context() {
        return PlanningContext.shared(ui);
    }

    /** Runs {@code action} on the FX thread, then waits until the background work it started is done. */
    public static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        settle();
    }

    /** Waits until no background task is running and the FX thread has handled their results. */
    public static void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            // read on the FX thread: a result handler may start the next task in the same event
            return WaitForAsyncUtils.asyncFx(() -> BackgroundTask.runningProperty().get() == 0).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        settle();
    }

    /** A main window that records where views sent the user. */
    public static final class RecordingShell implements Shell {
        /** "open properties 12", "navigate overview", "notify …", in order. */
        public final List<String> calls = new ArrayList<>();

        @Override
        public void navigate(String itemId) {
            calls.add("navigate " + itemId);
        }

        @Override
        public void open(String itemId, long recordId) {
            calls.add("open " + itemId + " " + recordId);
        }

        @Override
        public Optional<Node> currentView() {
            return Optional.empty();
        }

        @Override
        public void refresh() {
            calls.add("refresh");
        }

        @Override
        public void refreshStatus() {
            // the status bar's counts: nothing to record, views ask for it after every change
        }

        @Override
        public void dataChanged() {
            calls.add("dataChanged");
        }

        @Override
        public void notify(String text) {
            calls.add("notify " + text);
        }

        @Override
        public <T> void runWithProgress(String text, Callable<T> work, Consumer<? super T> onSuccess) {
            BackgroundTask.of(work).onSuccess(onSuccess).start();
        }

        @Override
        public Window window() {
            return null;
        }

        public List<String> opened() {
            return calls.stream().filter(c -> c.startsWith("open ")).toList();
        }
    }
}
