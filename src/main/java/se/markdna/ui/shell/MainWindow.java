package se.markdna.ui.shell;

import se.markdna.ui.common.Theme;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.OpensRecord;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.welcome.WelcomeAction;
import se.markdna.ui.welcome.WelcomeView;

/**
 * The main window: menu bar, left navigation, content area and status bar. Views are built lazily
 * from their {@link NavigationItem}s and kept until {@link #dataChanged()}.
 */
public final class MainWindow implements Shell {

    public static final String CSS = "/se/markdna/ui/app.css";
    private static final Duration NOTICE_TIME = Duration.seconds(6);

    private final UiContext ctx;
    private final List<NavigationItem> items;
    private final List<WelcomeAction> welcomeActions;
    private final Runnable onExit;
    private final List<List<ShellAction>> fileMenuGroups;
    private final List<Consumer<Shell>> afterStart;

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane contentHolder = new StackPane();
    private final VBox progressOverlay = new VBox(14);
    private final Label progressText = new Label();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final Label countsLabel = new Label();
    private final Label noticeLabel = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private String currentId;
    private Scene scene;

    public MainWindow(UiContext ctx, List<NavigationItem> items, List<WelcomeAction> welcomeActions,
            Runnable onExit) {
        this(ctx, items, welcomeActions, List.of(), List.of(), onExit);
    }

    /**
     * @param fileMenuGroups File menu entries contributed by features; a separator between groups
     * @param afterStart     run once the first screen is shown (start-up notices and warnings)
     */
    public MainWindow(UiContext ctx, List<NavigationItem> items, List<WelcomeAction> welcomeActions,
            List<List<ShellAction>> fileMenuGroups, List<Consumer<Shell>> afterStart, Runnable onExit) {
        this.fileMenuGroups = List.copyOf(fileMenuGroups);
        this.afterStart = List.copyOf(afterStart);
        this.ctx = Objects.requireNonNull(ctx);
        this.items = List.copyOf(items);
        this.welcomeActions = List.copyOf(welcomeActions);
        this.onExit = Objects.requireNonNull(onExit);
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("at least one navigation item");
        }
        ctx.attach(this);
        build();
        ExternalChangeRefresh.attach(ctx, this);
    }

    // ---------------------------------------------------------------- building

    private void build() {
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        root.setLeft(navigation());
        root.setBottom(statusBar());

        contentHolder.getStyleClass().add("content");
        contentHolder.setId("content");
        progressOverlay.getStyleClass().add("progress-overlay");
        progressOverlay.setId("progress-overlay");
        progressOverlay.setAlignment(Pos.CENTER);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(56, 56);
        progressText.getStyleClass().add(Theme.TITLE_4);
        progressOverlay.getChildren().addAll(spinner, progressText);
        progressOverlay.visibleProperty().bind(busy);
        content.getChildren().addAll(contentHolder, progressOverlay);
        root.setCenter(content);

        Label loading = new Label(ctx.text("ui.shell.loading"));
        loading.getStyleClass().add(Theme.TEXT_MUTED);
        contentHolder.getChildren().setAll(loading);
    }

    private MenuBar menuBar() {
        MenuItem demo = new MenuItem(ctx.text("ui.menu.file.demo"), icon("mdal-cloud_download"));
        demo.setId("menu-demo");
        demo.setOnAction(e -> DemoData.loadAsking(ctx));
        demo.disableProperty().bind(busy);
        MenuItem refresh = new MenuItem(ctx.text("ui.menu.file.refresh"), icon("mdmz-refresh"));
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> refresh());
        MenuItem exit = new MenuItem(ctx.text("ui.menu.file.exit"), icon("mdal-exit_to_app"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> onExit.run());
        Menu file = new Menu(ctx.text("ui.menu.file"), null, demo, refresh);
        for (List<ShellAction> group : fileMenuGroups) {
            file.getItems().add(new SeparatorMenuItem());
            for (ShellAction action : group) {
                file.getItems().add(menuItem(action));
            }
        }
        file.getItems().addAll(new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        Menu go = new Menu(ctx.text("ui.menu.view"));
        int n = 1;
        for (NavigationItem item : items) {
            MenuItem mi = new MenuItem(ctx.text(item.labelKey()), icon(item.iconLiteral()));
            if (n <= 9) {
                mi.setAccelerator(new KeyCodeCombination(digit(n), KeyCombination.SHORTCUT_DOWN));
            }
            mi.setOnAction(e -> navigate(item.id()));
            go.getItems().add(mi);
            n++;
        }

        MenuItem about = new MenuItem(ctx.text("ui.menu.help.about", ctx.text("app.name")),
                icon("mdal-help_outline"));
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(ctx.text("ui.menu.help"), null, about);
        return new MenuBar(file, go, help);
    }

    private MenuItem menuItem(ShellAction action) {
        MenuItem item = new MenuItem(ctx.text(action.labelKey()), icon(action.iconLiteral()));
        item.setId("menu-" + action.id());
        if (action.accelerator() != null) {
            item.setAccelerator(action.accelerator());
        }
        item.setOnAction(e -> action.action().accept(this));
        item.disableProperty().bind(busy);
        return item;
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }

    private static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("menu-icon");
        return icon;
    }

    private Node navigation() {
        Label appName = new Label(ctx.text("app.name"));
        appName.getStyleClass().add("nav-title");
        FontIcon logo = new FontIcon("mdal-fingerprint");
        logo.getStyleClass().add("nav-logo");
        HBox brand = new HBox(8, logo, appName);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("nav-brand");

        VBox nav = new VBox(2);
        nav.getStyleClass().add("nav-pane");
        nav.setId("navigation");
        nav.getChildren().add(brand);
        int n = 1;
        for (NavigationItem item : items) {
            ToggleButton b = new ToggleButton(ctx.text(item.labelKey()), new FontIcon(item.iconLiteral()));
            b.setId("nav-" + item.id());
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(item.id());
            if (n <= 9) {
                b.setTooltip(new Tooltip(ctx.text("ui.nav.shortcut", n)));
            }
            // clicking the selected item keeps it selected
            b.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
                if (b.isSelected()) {
                    e.consume();
                }
            });
            b.setOnAction(e -> navigate(item.id()));
            navButtons.put(item.id(), b);
            nav.getChildren().add(b);
            n++;
        }
        nav.disableProperty().bind(busy);
        return nav;
    }

    private Node statusBar() {
        boolean shared = ctx.services().sharedDatabase();
        String where = ctx.services().databaseDescription();
        FontIcon dbIcon = new FontIcon(shared ? "mdal-cloud" : "mdmz-storage");
        Label path = new Label(where, dbIcon);
        path.setId("status-database");
        path.setTooltip(new Tooltip(shared ? ctx.text("ui.status.shared.tooltip", where) : where));
        path.setMinWidth(120);
        path.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);

        noticeLabel.setId("status-notice");
        noticeLabel.getStyleClass().add("status-notice");
        noticeLabel.setMinWidth(Region.USE_PREF_SIZE);
        noticeTimer.setOnFinished(e -> noticeLabel.setText(""));

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(16, 16);
        working.setMaxSize(16, 16);
        working.visibleProperty().bind(BackgroundTask.runningProperty().greaterThan(0));
        working.managedProperty().bind(working.visibleProperty());

        countsLabel.setId("status-counts");
        countsLabel.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(path, Priority.SOMETIMES);
        HBox bar = new HBox(12, path, spacer, noticeLabel, working, countsLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    // ---------------------------------------------------------------- showing

    /** The window's scene (1280×800) with the theme's and the application's style sheets. */
    public Scene createScene() {
        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(CSS)).toExternalForm());
        StaleClickGuard.install(scene, this::currentView);
        for (int i = 0; i < Math.min(9, items.size()); i++) {
            String id = items.get(i).id();
            scene.getAccelerators().put(new KeyCodeCombination(digit(i + 1), KeyCombination.SHORTCUT_DOWN),
                    () -> navigate(id));
        }
        return scene;
    }

    /** Puts the window on the stage (title, sizes) and loads the first screen. */
    public void show(Stage stage) {
        stage.setTitle(ctx.text("app.title") + " — " + databaseTitle());
        stage.setScene(scene != null ? scene : createScene());
        stage.setMinWidth(1000);
        stage.setMinHeight(650);
        stage.show();
        start();
    }

    /** The file's name, or for a shared database where it is (postgresql://user@host:port/db). */
    private String databaseTitle() {
        return ctx.services().sharedDatabase() ? ctx.services().databaseDescription()
                : String.valueOf(ctx.services().databaseFile().getFileName());
    }

    /**
     * Reads the register's state off the FX thread, then shows the welcome screen (empty register)
     * or the first navigation item.
     */
    public void start() {
        BackgroundTask.of(() -> ctx.services().health().counts())
                .onSuccess(counts -> {
                    showCounts(counts);
                    boolean empty = counts.entrySet().stream()
                            .filter(e -> !e.getKey().equals("audit_entries"))
                            .allMatch(e -> e.getValue() == 0);
                    if (empty && !welcomeActions.isEmpty()) {
                        showWelcome();
                    } else {
                        navigate(items.get(0).id());
                    }
                    afterStart.forEach(check -> check.accept(this));
                })
                .start();
    }

    public void showWelcome() {
        currentId = null;
        navGroup.selectToggle(null);
        setContent(new WelcomeView(ctx, welcomeActions));
    }

    public Parent root() {
        return root;
    }

    /** True once the first screen shows its data (for the smoke test and UI tests). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public String currentItemId() {
        return currentId;
    }

    @Override
    public void navigate(String itemId) {
        NavigationItem item = items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No navigation item " + itemId));
        if (busy.get()) {
            return;
        }
        boolean again = itemId.equals(currentId);
        currentId = itemId;
        navGroup.selectToggle(navButtons.get(itemId));
        Node view = views.get(itemId);
        if (view == null) {
            view = item.viewFactory().get();
            views.put(itemId, view);
        } else if (!again && view instanceof Refreshable r) {
            r.refresh(); // figures may have changed in another view
        }
        setContent(view);
    }

    @Override
    public void open(String itemId, long recordId) {
        navigate(itemId);
        if (itemId.equals(currentId) && views.get(itemId) instanceof OpensRecord opener) {
            opener.openRecord(recordId);
        }
    }

    @Override
    public java.util.Optional<Node> currentView() {
        return currentId == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(views.get(currentId));
    }

    private void setContent(Node view) {
        contentHolder.getChildren().setAll(view);
        if (view instanceof Refreshable r) {
            ReadOnlyBooleanProperty viewReady = r.readyProperty();
            if (viewReady.get()) {
                ready.set(true);
            } else {
                viewReady.addListener((obs, was, is) -> {
                    if (is) {
                        ready.set(true);
                    }
                });
            }
        } else {
            ready.set(true);
        }
    }

    @Override
    public void refresh() {
        refreshStatus();
        if (currentId == null) {
            return;
        }
        Node view = views.get(currentId);
        if (view instanceof Refreshable r) {
            r.refresh();
        } else {
            views.remove(currentId);
            String id = currentId;
            currentId = null;
            navigate(id);
        }
    }

    @Override
    public void refreshStatus() {
        BackgroundTask.of(() -> ctx.services().health().counts())
                .onSuccess(this::showCounts)
                .onFailure(e -> countsLabel.setText(""))
                .start();
    }

    @Override
    public void dataChanged() {
        String current = currentId;
        views.clear();
        currentId = null;
        refreshStatus();
        if (current != null) {
            navigate(current);
        }
    }

    private void showCounts(Map<String, Long> counts) {
        countsLabel.setText(ctx.text("ui.status.counts",
                counts.getOrDefault("properties", 0L),
                counts.getOrDefault("sprayers", 0L),
                counts.getOrDefault("districts", 0L),
                counts.getOrDefault("rollout_sites", 0L)));
    }

    @Override
    public void notify(String text) {
        noticeLabel.setText(text);
        noticeTimer.playFromStart();
    }

    @Override
    public <T> void runWithProgress(String text, Callable<T> work, Consumer<? super T> onSuccess) {
        progressText.setText(text);
        BackgroundTask.of(work).busy(busy).onSuccess(onSuccess).start();
    }

    /** True while {@link #runWithProgress} work is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    @Override
    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        ctx.dialogs().info(ctx.text("ui.menu.help.about", ctx.text("app.name")),
                ctx.text("ui.about.text", ctx.text("app.name"),
                        version == null ? "dev" : version,
                        ctx.services().databaseDescription(),
                        System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", "?")));
    }
}
