package se.markdna.ui.overview;

import se.markdna.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.markdna.ui.common.Formats;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.planning.PlanningOverviewSection;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.overview.OverviewModel.Figures;

/**
 * The start page: the register's size as cards (each with an empty state of its own), then the
 * planning section's figures and charts, which also carry what needs attention.
 */
public final class OverviewView extends ScrollPane implements Refreshable {

    /** A card: the count key in {@code health().counts()}, its title, icon and empty-state text. */
    private record CardSpec(String key, String titleKey, String icon, String emptyKey, String detailKey) {
    }

    // Sprayers, candidate sites and the planning figures come from the planning section below.
    private static final List<CardSpec> CARDS = List.of(
            new CardSpec("properties", "ui.overview.properties", "mdal-apartment",
                    "ui.overview.properties.empty", "ui.overview.properties.detail"),
            new CardSpec("districts", "ui.overview.districts", "mdmz-map",
                    "ui.overview.districts.empty", "ui.overview.districts.detail"),
            new CardSpec("organisations", "ui.overview.organisations", "mdal-corporate_fare",
                    "ui.overview.organisations.empty", "ui.overview.organisations.detail"),
            new CardSpec("kit_distributions", "ui.overview.kits", "mdal-local_shipping",
                    "ui.overview.kits.empty", "ui.overview.kits.detail"));

    private final UiContext ctx;
    private final OverviewModel model;
    private final GridPane grid = new GridPane();
    private final Label subtitle = new Label();
    private final VBox emptyHint = new VBox(6);
    private final List<Label> values = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();
    private final PlanningOverviewSection planning;

    public OverviewView(UiContext ctx) {
        this.ctx = ctx;
        this.model = new OverviewModel(ctx.services());
        this.planning = new PlanningOverviewSection(ctx);
        setId("overview");
        getStyleClass().addAll("overview", "edge-to-edge");
        setFitToWidth(true);
        setContent(build());
        model.figuresProperty().addListener((obs, old, f) -> show(f));
        model.load();
    }

    private VBox build() {
        Label title = new Label(ctx.text("ui.overview.title"));
        title.getStyleClass().add(Theme.TITLE_2);
        subtitle.getStyleClass().add(Theme.TEXT_MUTED);
        subtitle.setText(ctx.text("ui.overview.subtitle"));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(20, 20);
        loading.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon("mdmz-refresh"));
        refresh.getStyleClass().addAll(Theme.BUTTON_ICON, Theme.FLAT);
        refresh.setId("overview-refresh");
        refresh.setTooltip(new javafx.scene.control.Tooltip(ctx.text("ui.overview.refresh")));
        refresh.setOnAction(e -> refresh());
        HBox header = new HBox(12, new VBox(2, title, subtitle), spacer, loading, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        grid.setHgap(16);
        grid.setVgap(16);
        for (int c = 0; c < CARDS.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / CARDS.size());
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (CardSpec spec : CARDS) {
            Label value = new Label("–");
            Label note = new Label();
            values.add(value);
            notes.add(note);
            grid.add(card(spec.key(), ctx.text(spec.titleKey()), spec.icon(), value, note), i, 0);
            i++;
        }
        Label hintTitle = new Label(ctx.text("ui.overview.empty.title"));
        hintTitle.getStyleClass().add(Theme.TITLE_4);
        Label hintText = new Label(ctx.text("ui.overview.empty.text"));
        hintText.setWrapText(true);
        hintText.getStyleClass().add(Theme.TEXT_MUTED);
        emptyHint.getChildren().addAll(hintTitle, hintText);
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.setId("overview-empty");
        emptyHint.setVisible(false);
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());

        VBox page = new VBox(20, header, emptyHint, grid, planning);
        page.setPadding(new Insets(24, 28, 28, 28));
        page.getStyleClass().add("page");
        return page;
    }

    private static VBox card(String key, String title, String icon, Label value, Label note) {
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().add("card-icon");
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        HBox head = new HBox(8, fi, t);
        head.setAlignment(Pos.CENTER_LEFT);
        value.getStyleClass().add("card-value");
        value.setId("card-" + key + "-value");
        note.getStyleClass().add("card-note");
        note.setId("card-" + key + "-note");
        note.setWrapText(true);
        VBox card = new VBox(6, head, value, note);
        card.getStyleClass().add("card");
        card.setId("card-" + key);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private void show(Figures f) {
        if (f == null) {
            return;
        }
        var locale = ctx.messages().locale();
        for (int i = 0; i < CARDS.size(); i++) {
            CardSpec spec = CARDS.get(i);
            long n = f.count(spec.key());
            values.get(i).setText(Formats.integer(n, locale));
            notes.get(i).setText(n == 0 ? ctx.text(spec.emptyKey()) : ctx.text(spec.detailKey()));
            values.get(i).getParent().pseudoClassStateChanged(EMPTY, n == 0);
        }
        emptyHint.setVisible(f.registerEmpty());
    }

    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");

    @Override
    public void refresh() {
        model.load();
        planning.refresh();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return model.loadedProperty();
    }

    public OverviewModel model() {
        return model;
    }
}
