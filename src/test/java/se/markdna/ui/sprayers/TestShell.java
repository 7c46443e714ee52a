package se.markdna.ui.sprayers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.OpensRecord;
import se.markdna.ui.common.Shell;

/** A stand-in for the main window: the views sit in tabs, keyed by their navigation ids. */
final class TestShell implements Shell {

    final List<String> navigated = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    private final TabPane tabs;
    private final Map<String, Tab> byId;

    TestShell(TabPane tabs, Map<String, Tab> byId) {
        this.tabs = tabs;
        this.byId = byId;
    }

    @Override
    public void navigate(String itemId) {
        navigated.add(itemId);
        Tab tab = byId.get(itemId);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    @Override
    public void open(String itemId, long recordId) {
        navigate(itemId);
        Tab tab = byId.get(itemId);
        if (tab != null && tab.getContent() instanceof OpensRecord opener) {
            opener.openRecord(recordId);
        }
    }

    @Override
    public Optional<Node> currentView() {
        return Optional.ofNullable(tabs.getSelectionModel().getSelectedItem()).map(Tab::getContent);
    }

    @Override
    public void refresh() {
    }

    @Override
    public void refreshStatus() {
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
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }
}
