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
import se.markdna.service.SprayerService.AttentionCounts;
import se.markdna.ui.common.Formats;
import se.markdna.ui.common.Refreshable;
import se.markdna.ui.common.UiContext;
import se.markdna.ui.overview.OverviewModel.Figures;

/** Key figures of the register as cards; each card has an empty state of its own. */
public final class OverviewView extends ScrollPane implements Refreshable {

    /** A card: the count key in {@code health().counts()}, its title, icon and empty-state text. */
    private record CardSpec(String key, String titleKey, String icon, String emptyKey, String detailKey) {
    }

    private static final List<CardSpec> CARDS = List.of(
            new CardSpec("properties", "ui.overview.properties", "mdal-apartment",
                    "ui.overview.properties.empty", "ui.overview.properties.detail"),
            new CardSpec("sprayers", "ui.overview.sprayers", "mdmz-opacity",
                    "ui.overview.sprayers.empty", "ui.overview.sprayers.detail"),
            new CardSpec("districts", "ui.overview.districts", "mdmz-map",
                    "ui.overview.districts.empty", "ui.overview.districts.detail"),
            new CardSpec("organisations", "ui.overview.organisations", "mdal-corporate_fare",
                    "ui.overview.organisations.empty", "ui.overview.organisations.detail"),
            new CardSpec("kit_distributions", "ui.overview.kits", "mdal-local_shipping",
                    "ui.overview.kits.empty", "ui.overview.kits.detail"),
            new CardSpec("rollout_sites", "ui.overview.sites", "mdmz-pin_drop",
                    "ui.overview.sites.empty", "ui.overview.sites.detail"));

    private final UiContext ctx;
    private final OverviewModel model;
    private final GridPane grid = new GridPane();
    private final Label subtitle = new Label();
    private final VBox emptyHint = new VBox(6);
    private final List<Label> values = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();
    private Label attentionValue;
    private Label attentionNote;
    private VBox attentionCard;

    public OverviewView(UiContext ctx) {
        this.ctx = ctx;
        this.model = new OverviewModel(ctx.services());
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
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (CardSpec spec : CARDS) {
            Label value = new Label("–");
            Label note = new Label();
            values.add(value);
            notes.add(note);
            grid.add(card(spec.key(), ctx.text(spec.titleKey()), spec.icon(), value, note), i % 3, i / 3);
            i++;
        }
        attentionValue = new Label("–");
        attentionNote = new Label();
        attentionCard = card("attention", ctx.text("ui.overview.attention"), "mdmz-warning", attentionValue,
                attentionNote);
        grid.add(attentionCard, 0, 2, 3, 1);

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

        VBox page = new VBox(20, header, emptyHint, grid);
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
        AttentionCounts a = f.attention();
        attentionValue.setText(Formats.integer(a.total(), locale));
        boolean needs = a.total() > 0;
        attentionCard.pseudoClassStateChanged(WARNING, needs);
        if (f.count("sprayers") == 0) {
            attentionNote.setText(ctx.text("ui.overview.attention.nosprayers"));
        } else if (needs) {
            attentionNote.setText(ctx.text("ui.overview.attention.detail", a.overdue(), a.cartridgeExpired(),
                    a.triggered()));
        } else {
            attentionNote.setText(ctx.text("ui.overview.attention.none"));
        }
        emptyHint.setVisible(f.registerEmpty());
    }

    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");
    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return model.loadedProperty();
    }

    public OverviewModel model() {
        return model;
    }
}
