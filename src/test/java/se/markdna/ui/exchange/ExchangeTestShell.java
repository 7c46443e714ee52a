package se.markdna.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import se.markdna.ui.common.Shell;

/** A main window stand-in: records what the dialogs ask of it and offers a chosen current view. */
final class ExchangeTestShell implements Shell {

    final List<String> notices = new ArrayList<>();
    int dataChanged;
    Node currentView;
    private final Window window;

    ExchangeTestShell(Window window) {
        this.window = window;
    }

    @Override
    public void navigate(String itemId) {
    }

    @Override
    public void open(String itemId, long recordId) {
    }

    @Override
    public Optional<Node> currentView() {
        return Optional.ofNullable(currentView);
    }

    @Override
    public void refresh() {
    }

    @Override
    public void refreshStatus() {
    }

    @Override
    public void dataChanged() {
        dataChanged++;
    }

    @Override
    public void notify(String text) {
        notices.add(text);
    }

    @Override
    public <T> void runWithProgress(String text, Callable<T> work, Consumer<? super T> onSuccess) {
        try {
            onSuccess.accept(work.call());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Window window() {
        return window;
    }
}
