package se.markdna.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Window;

/** What views may ask of the main window. Implemented by {@code se.markdna.ui.shell.MainWindow}. */
public interface Shell {

    /** Shows the navigation item with this id (e.g. "overview"). */
    void navigate(String itemId);

    /**
     * Shows the navigation item and asks its view to open one record, when the view implements
     * {@link OpensRecord}; otherwise just shows the item. See {@link Places} for the ids.
     */
    void open(String itemId, long recordId);

    /** The view shown now (empty on the welcome screen), e.g. to ask it for its {@link ShownRows}. */
    java.util.Optional<javafx.scene.Node> currentView();

    /** Reloads the current view (as F5 does) and the status bar's figures. */
    void refresh();

    /** Re-reads the row counts shown in the status bar (after a view changed data). */
    void refreshStatus();

    /**
     * The register changed wholesale (demo data, an import): every view built so far is dropped and
     * rebuilt when next shown, the current one at once, and the status bar is re-read.
     */
    void dataChanged();

    /** A short message in the status bar that fades after a few seconds. */
    void notify(String text);

    /**
     * Runs work off the FX thread while the content area shows a progress indicator with
     * {@code text}; the rest of the window stays responsive. Failures show the error dialog.
     */
    <T> void runWithProgress(String text, Callable<T> work, Consumer<? super T> onSuccess);

    Window window();
}
