package se.markdna.ui.sprayers;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.markdna.domain.audit.AuditEntry;
import se.markdna.domain.audit.FieldChange;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerSummary;

/** The selected sprayer: its facts, its events with costs, and its change history from the audit table. */
final class SprayerDetailPane extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SprayerListViewModel vm;
    private final Texts texts;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final javafx.scene.layout.HBox badges = new javafx.scene.layout.HBox(4);
    private final GridPane facts = new GridPane();
    private final TableView<SprayerEvent> events = new TableView<>();
    private final Label total = new Label();
    private final ListView<AuditEntry> history = new ListView<>();
    private final VBox content;
    private final Label empty;
    private long shownId = -1;

    SprayerDetailPane(SprayerListViewModel vm) {
        this.vm = vm;
        this.texts = vm.texts();
        setId("sprayer-detail");
        getStyleClass().add("spr-detail");
        setMinWidth(300);
        setPrefWidth(380);

        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("detail-title");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getStyleClass().add("spr-facts");

        events.setId("detail-events");
        events.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        events.setPlaceholder(new Label(texts.get("spr.detail.noEvents")));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.getColumns().setAll(List.of(
                eventCol("spr.col.eventDate", 86, e -> Texts.date(e.date())),
                eventCol("spr.col.event", 86, e -> texts.label(e.kind())),
                eventCol("spr.col.caseNumber", 110, e -> Texts.nz(e.policeCaseNumber())),
                eventCol("spr.col.cost", 70, e -> money(e.cost())),
                eventCol("spr.col.note", 120, e -> Texts.nz(e.note()))));
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.setId("detail-total");
        VBox eventsBox = new VBox(6, events, total);
        VBox.setVgrow(events, Priority.ALWAYS);
        eventsBox.setPadding(new Insets(8, 0, 0, 0));

        history.setId("detail-history");
        history.setPlaceholder(new Label(texts.get("spr.detail.noHistory")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEntry a, boolean isEmpty) {
                super.updateItem(a, isEmpty);
                if (isEmpty || a == null) {
                    setText(null);
                    return;
                }
                StringBuilder b = new StringBuilder();
                b.append(WHEN.format(a.at())).append(" · ").append(a.who()).append(" · ")
                        .append(texts.get("spr.audit." + a.action().name()));
                for (FieldChange c : a.changes()) {
                    b.append("\n   ").append(c.field()).append(": ").append(Texts.nz(c.oldValue())).append(" → ")
                            .append(Texts.nz(c.newValue()));
                }
                setText(b.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        TabPane tabs = new TabPane(new Tab(texts.get("spr.detail.events"), eventsBox),
                new Tab(texts.get("spr.detail.history"), history));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_BORDER_TOP);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        content = new VBox(8, title, subtitle, badges, facts, tabs);
        VBox.setVgrow(content, Priority.ALWAYS);
        empty = new Label(texts.get("spr.detail.none"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        getChildren().setAll(empty);
        setPadding(new Insets(14));

        vm.selectedProperty().addListener((o, a, r) -> show(r));
        vm.changedSprayerProperty().addListener((o, a, id) -> {
            if (id != null && id == shownId && vm.selectedProperty().get() != null) {
                show(vm.selectedProperty().get());
            }
        });
    }

    private TableColumn<SprayerEvent, String> eventCol(String key, double width,
            java.util.function.Function<SprayerEvent, String> text) {
        TableColumn<SprayerEvent, String> c = new TableColumn<>(texts.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return c;
    }

    private String money(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(texts.messages().locale());
        f.setMaximumFractionDigits(2);
        return f.format(v) + " kr";
    }

    private void show(SprayerRow r) {
        if (r == null) {
            shownId = -1;
            getChildren().setAll(empty);
            return;
        }
        getChildren().setAll(content);
        shownId = r.id();
        SprayerSummary s = r.summary();
        title.setText(s.serial() + " · " + r.makeModel());
        subtitle.setText(s.designation() + " · " + Texts.nz(s.propertyName()) + "\n" + Texts.nz(s.streetAddress())
                + ", " + Texts.nz(s.postalCode()) + " " + Texts.nz(s.postTown()));
        badges.getChildren().clear();
        for (Marks.Mark m : Marks.of(r.condition())) {
            badges.getChildren().add(Marks.badge(m, texts));
        }
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "spr.col.placement", r.placementLabel() + (s.location() == null ? "" : " · " + s.location()));
        row = fact(row, "spr.col.solutionCode", s.solutionCode());
        row = fact(row, "spr.col.trigger", r.triggerLabel());
        row = fact(row, "spr.col.installedOn", Texts.date(s.installedOn()));
        row = fact(row, "spr.col.lastServiceOn", Texts.date(s.lastServiceOn()));
        row = fact(row, "spr.col.nextService", Texts.date(s.nextService()));
        fact(row, "spr.col.cartridgeExpires", Texts.date(s.cartridgeExpires()));

        long id = r.id();
        events.getItems().clear();
        history.getItems().clear();
        total.setText("");
        vm.run(() -> new Detail(vm.services().sprayers().events(id), vm.services().register().history("sprayer", id)),
                d -> {
                    if (shownId != id) {
                        return;
                    }
                    List<SprayerEvent> newestFirst = new java.util.ArrayList<>(d.events);
                    java.util.Collections.reverse(newestFirst);
                    events.getItems().setAll(newestFirst);
                    BigDecimal sum = d.events.stream().map(SprayerEvent::cost).filter(java.util.Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    total.setText(texts.get("spr.detail.total", d.events.size(), money(sum)));
                    history.getItems().setAll(d.history);
                });
    }

    private record Detail(List<SprayerEvent> events, List<AuditEntry> history) {
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(texts.get(key));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        facts.add(k, 0, row);
        facts.add(v, 1, row);
        return row + 1;
    }
}
