package se.markdna.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.Shell;

/** A main window stand-in for view tests: records where the views send the user. */
final class TestShell implements Shell {

    final List<String> opened = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    int statusRefreshes;
    private final Window window;

    TestShell(Window window) {
        this.window = window;
    }

    @Override
    public void navigate(String itemId) {
        opened.add(itemId);
    }

    @Override
    public void open(String itemId, long recordId) {
        opened.add(itemId + "/" + recordId);
    }

    @Override
    public Optional<Node> currentView() {
        return Optional.empty();
    }

    @Override
    public void refresh() {
    }

    @Override
    public void refreshStatus() {
        statusRefreshes++;
    }

    @Override
    public void dataChanged() {
    }

    @Override
    public void notify(String text) {
        notices.add(text);
    }

    @Override
    public <T> void runWithProgress(String text, Callable<T> work, Consumer<? super T> onSuccess) {
        BackgroundTask.of(work).onSuccess(onSuccess).start();
    }

    @Override
    public Window window() {
        return window;
    }
}
