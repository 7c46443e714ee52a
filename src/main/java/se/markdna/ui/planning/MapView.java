package se.markdna.ui.planning;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.i18n.Messages;

/**
 * "Karta": an offline map drawn on one Canvas from the coordinates (no network, no Node per
 * point): district centres as labelled circles sized by households, properties coloured by
 * coverage, sprayers by status, candidate sites sized by score. Drag to pan, scroll to zoom around
 * the cursor, +/- and fit buttons, layer toggles, a legend and a scale bar; a click opens the item.
 * Redraws only when something changed.
 */
public final class MapView extends BorderPane {

    static final Color LAND = Color.web("#eef0e8");
    static final Color GRID = Color.web("#dfe3d8");
    static final Color[] COVERAGE = {Color.web("#d64545"), Color.web("#e8a33d"), Color.web("#2f9e5b"),
        Color.web("#9aa0a6")};
    static final Color SITE = Color.web("#6a4fb3");

    private final MapViewModel vm;
    private final MapModel model;
    private final Messages m;
    private final PlanningFormats fmt;
    private final Canvas canvas = new Canvas(800, 600);
    private final Pane canvasPane = new Pane(canvas);
    private final VBox popup = new VBox(4);
    private final VBox hover = new VBox(2);
    private double dragX;
    private double dragY;
    private boolean dragged;
    private boolean redrawQueued;
    private boolean fittedToSize;

    public MapView(MapViewModel vm) {
        this.vm = vm;
        this.model = vm.model();
        this.m = vm.context().messages();
        this.fmt = vm.context().formats();
        setId("plan-map");
        getStyleClass().add("plan-view");
        canvas.setId("plan-map-canvas");

        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener(o -> sizeChanged());
        canvas.heightProperty().addListener(o -> sizeChanged());
        canvasPane.setMinSize(200, 200);
        canvasPane.getStyleClass().add("plan-map-pane");

        popup.getStyleClass().add("plan-map-popup");
        popup.setVisible(false);
        popup.setManaged(false);
        popup.setId("plan-map-popup");
        hover.getStyleClass().addAll("plan-map-popup", "plan-map-hover");
        hover.setVisible(false);
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        hover.setId("plan-map-hover");

        StackPane stack = new StackPane(canvasPane, legend(), zoomButtons(), popup, hover);
        StackPane.setAlignment(stack.getChildren().get(1), Pos.BOTTOM_LEFT);
        StackPane.setAlignment(stack.getChildren().get(2), Pos.TOP_RIGHT);
        StackPane.setMargin(stack.getChildren().get(1), new Insets(12));
        StackPane.setMargin(stack.getChildren().get(2), new Insets(12));
        setTop(toolbar());
        setCenter(stack);

        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            double dx = e.getX() - dragX;
            double dy = e.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) {
                dragged = true;
            }
            model.panBy(dx, dy);
            dragX = e.getX();
            dragY = e.getY();
            hidePopup();
            hideHover();
            redraw();
        });
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnScroll((ScrollEvent e) -> {
            if (e.getDeltaY() == 0) {
                return;
            }
            model.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
            hidePopup();
            redraw();
        });
        canvas.setOnMouseMoved(e -> hovered(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hideHover());
        vm.loadedProperty().addListener(o -> redraw());
    }

    public MapModel model() {
        return model;
    }

    public Canvas canvas() {
        return canvas;
    }

    private void sizeChanged() {
        model.setSize(canvas.getWidth(), canvas.getHeight());
        if (!fittedToSize && canvas.getWidth() > 50 && canvas.getHeight() > 50 && vm.loadedProperty().get() > 0) {
            fittedToSize = true;
            vm.refit();
        }
        redraw();
    }

    private Node toolbar() {
        Label title = new Label(m.get("plan.map.title"));
        title.getStyleClass().add("title-3");
        HBox bar = new HBox(14, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar.getChildren().add(grow);
        for (MapModel.Kind k : new MapModel.Kind[] {MapModel.Kind.PROPERTY, MapModel.Kind.SPRAYER,
            MapModel.Kind.SITE, MapModel.Kind.DISTRICT}) {
            CheckBox c = new CheckBox(m.get("plan.map.layer." + k.name()));
            c.setId("plan-map-layer-" + k.name());
            c.setSelected(model.layer(k));
            c.selectedProperty().addListener((o, a, b) -> {
                model.setLayer(k, b);
                hidePopup();
                redraw();
            });
            bar.getChildren().add(c);
        }
        return bar;
    }

    private Node zoomButtons() {
        Button in = new Button(null, new FontIcon(Material2AL.ADD));
        in.setId("plan-map-zoom-in");
        in.setTooltip(new Tooltip(m.get("plan.map.zoomIn")));
        in.setOnAction(e -> zoom(1.4));
        Button out = new Button(null, new FontIcon(Material2MZ.REMOVE));
        out.setId("plan-map-zoom-out");
        out.setTooltip(new Tooltip(m.get("plan.map.zoomOut")));
        out.setOnAction(e -> zoom(1 / 1.4));
        Button fit = new Button(null, new FontIcon(Material2AL.FILTER_CENTER_FOCUS));
        fit.setTooltip(new Tooltip(m.get("plan.map.fit")));
        fit.setOnAction(e -> {
            model.fit();
            redraw();
        });
        VBox box = new VBox(4, in, out, fit);
        box.getStyleClass().add("plan-map-zoom");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private void zoom(double factor) {
        model.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        hidePopup();
        redraw();
    }

    private Node legend() {
        VBox box = new VBox(3);
        box.getStyleClass().add("plan-map-legend");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label props = new Label(m.get("plan.map.layer.PROPERTY"));
        props.getStyleClass().add("plan-legend-title");
        box.getChildren().add(props);
        String[] cov = {"plan.map.legend.below", "plan.map.legend.around", "plan.map.legend.above"};
        for (int i = 0; i < 3; i++) {
            box.getChildren().add(new Label(m.get(cov[i]), new Circle(5, COVERAGE[i])));
        }
        Label spr = new Label(m.get("plan.map.layer.SPRAYER"));
        spr.getStyleClass().add("plan-legend-title");
        box.getChildren().add(spr);
        for (SprayerStatus s : new SprayerStatus[] {SprayerStatus.ACTIVE, SprayerStatus.SERVICE_DUE,
            SprayerStatus.TRIGGERED, SprayerStatus.OUT_OF_SERVICE}) {
            Rectangle r = new Rectangle(9, 9, sprayerColour(s));
            r.setStroke(Color.WHITE);
            box.getChildren().add(new Label(m.label(s), r));
        }
        Label sites = new Label(m.get("plan.map.layer.SITE"));
        sites.getStyleClass().add("plan-legend-title");
        Circle small = new Circle(5, SITE.deriveColor(0, 1, 1, 0.35));
        small.setStroke(SITE);
        Circle big = new Circle(9, SITE.deriveColor(0, 1, 1, 0.35));
        big.setStroke(SITE);
        HBox sizes = new HBox(6, small, big, new Label(m.get("plan.map.legend.score")));
        sizes.setAlignment(Pos.CENTER_LEFT);
        Circle district = new Circle(7, Color.TRANSPARENT);
        district.setStroke(Color.web("#7b8794"));
        district.getStrokeDashArray().setAll(3.0, 3.0);
        box.getChildren().addAll(sites, sizes, new Label(m.get("plan.map.legend.district"), district));
        return box;
    }

    static Color sprayerColour(SprayerStatus s) {
        return switch (s) {
            case ACTIVE -> Color.web("#1f6fb2");
            case SERVICE_DUE -> Color.web("#e08a00");
            case TRIGGERED -> Color.web("#c2185b");
            case OUT_OF_SERVICE, REMOVED -> Color.web("#8a8f98");
        };
    }

    /** A colour as CSS writes it ("#1f6fb2"), for styling chart nodes alike. */
    static String webColour(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Asks for a redraw on the next pulse; several changes in one pulse draw once. */
    public void redraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            draw();
        });
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        model.setSize(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(LAND);
        g.fillRect(0, 0, w, h);
        drawGraticule(g, w, h);
        if (model.layer(MapModel.Kind.DISTRICT)) {
            drawDistricts(g, false);
        }
        if (model.layer(MapModel.Kind.PROPERTY)) {
            drawProperties(g, w, h);
        }
        if (model.layer(MapModel.Kind.SPRAYER)) {
            drawSprayers(g, w, h);
        }
        if (model.layer(MapModel.Kind.SITE)) {
            drawSites(g);
        }
        if (model.layer(MapModel.Kind.DISTRICT)) {
            drawDistricts(g, true);
        }
        drawScale(g, w, h);
        drawAttribution(g, w, h);
    }

    private void drawGraticule(GraphicsContext g, double w, double h) {
        double step = model.kmPerPixel() * w > 40 ? 0.1 : model.kmPerPixel() * w > 8 ? 0.02 : 0.005;
        g.setStroke(GRID);
        g.setLineWidth(1);
        double lon0 = Math.floor(model.lon(0) / step) * step;
        for (double lon = lon0; model.x(lon) < w; lon += step) {
            double x = Math.round(model.x(lon)) + 0.5;
            g.strokeLine(x, 0, x, h);
        }
        double lat0 = Math.floor(model.lat(h) / step) * step;
        for (double lat = lat0; model.y(lat) > 0; lat += step) {
            double y = Math.round(model.y(lat)) + 0.5;
            g.strokeLine(0, y, w, y);
        }
    }

    private void drawDistricts(GraphicsContext g, boolean labels) {
        g.setLineDashes(labels ? null : new double[] {4, 4});
        g.setFont(Font.font(null, FontWeight.SEMI_BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double threshold = vm.context().settings().coverageThreshold();
        for (DistrictCoverage d : model.districts()) {
            if (d.latitude() == null || d.longitude() == null) {
                continue;
            }
            double x = model.x(d.longitude());
            double y = model.y(d.latitude());
            double r = model.districtRadius(d.households());
            if (!labels) {
                Color c = COVERAGE[MapModel.coverageClass(d.coverageOrZero(), threshold)];
                g.setFill(c.deriveColor(0, 0.6, 1, 0.10));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.web("#7b8794", 0.8));
                g.setLineWidth(1.2);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                String text = d.name();
                String sub = fmt.percent(d.coverageOrZero());
                g.setLineWidth(3);
                g.setStroke(Color.web("#ffffff", 0.85));
                g.strokeText(text, x, y + r + 2);
                g.setFill(Color.web("#2d3748"));
                g.fillText(text, x, y + r + 2);
                g.setFont(Font.font(null, FontWeight.NORMAL, 10.5));
                g.strokeText(sub, x, y + r + 17);
                g.setFill(Color.web("#5a6472"));
                g.fillText(sub, x, y + r + 17);
                g.setFont(Font.font(null, FontWeight.SEMI_BOLD, 12));
            }
        }
        g.setLineDashes(null);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawProperties(GraphicsContext g, double w, double h) {
        double r = model.zoom() > 20_000 ? 4.5 : 3.5;
        for (byte cls = 0; cls < 4; cls++) {
            g.setFill(COVERAGE[cls]);
            for (int i = 0; i < model.propLat.length; i++) {
                if (model.propClass[i] != cls) {
                    continue;
                }
                double x = model.x(model.propLon[i]);
                double y = model.y(model.propLat[i]);
                if (x < -r || y < -r || x > w + r || y > h + r) {
                    continue;
                }
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        if (model.propLat.length < 5_000) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            for (int i = 0; i < model.propLat.length; i++) {
                g.strokeOval(model.x(model.propLon[i]) - r, model.y(model.propLat[i]) - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawSprayers(GraphicsContext g, double w, double h) {
        double s = 7;
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        for (int i = 0; i < model.sprLat.length; i++) {
            double x = model.x(model.sprLon[i]);
            double y = model.y(model.sprLat[i]);
            if (x < -s || y < -s || x > w + s || y > h + s) {
                continue;
            }
            g.setFill(sprayerColour(model.sprStatus[i]));
            g.fillRect(x - s / 2, y - s / 2, s, s);
            g.strokeRect(x - s / 2, y - s / 2, s, s);
        }
    }

    private void drawSites(GraphicsContext g) {
        g.setLineWidth(1.6);
        g.setFont(Font.font(null, FontWeight.BOLD, 10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (RankedSite s : model.sites()) {
            if (s.site().latitude() == null || s.site().longitude() == null) {
                continue;
            }
            double x = model.x(s.site().longitude());
            double y = model.y(s.site().latitude());
            double r = MapModel.siteRadius(s.score().score());
            boolean open = s.site().status().isPlannable() || s.site().status().ordinal() < 5;
            Color c = open ? SITE : Color.web("#9aa0a6");
            g.setFill(c.deriveColor(0, 1, 1, 0.30));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(c);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (r >= 10) {
                g.setFill(Color.web("#2e1f66"));
                g.fillText(fmt.decimal(s.score().score(), 0), x, y);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawScale(GraphicsContext g, double w, double h) {
        double kmPerPx = model.kmPerPixel();
        double[] nice = {0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50};
        double km = nice[0];
        for (double n : nice) {
            if (n / kmPerPx <= 140) {
                km = n;
            }
        }
        double px = km / kmPerPx;
        double x0 = w - px - 70;
        double y0 = h - 30;
        g.setFill(Color.web("#ffffff", 0.8));
        g.fillRoundRect(x0 - 8, y0 - 18, px + 70, 28, 6, 6);
        g.setStroke(Color.web("#3c4651"));
        g.setLineWidth(2);
        g.strokeLine(x0, y0, x0 + px, y0);
        g.strokeLine(x0, y0 - 5, x0, y0);
        g.strokeLine(x0 + px, y0 - 5, x0 + px, y0);
        g.setFill(Color.web("#3c4651"));
        g.setFont(Font.font(11));
        g.fillText(km >= 1 ? fmt.decimal(km, 0) + " km" : fmt.decimal(km * 1000, 0) + " m", x0 + px + 8, y0 + 4);
    }

    private void drawAttribution(GraphicsContext g, double w, double h) {
        g.setFill(Color.web("#6b7280"));
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(m.get("plan.map.offline"), w - 10, h - 8);
        g.setTextAlign(TextAlignment.LEFT);
    }

    // ---- pointer

    private void clicked(MouseEvent e) {
        // only a plain click: not the end of a pan, and not the second click of a double click (the
        // first one has already opened the item, and the view has changed under the pointer)
        if (dragged || !e.isStillSincePress() || e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
            return;
        }
        openAt(e.getX(), e.getY());
    }

    /**
     * Opens what is at (x, y) in canvas coordinates: a site in the Platser tab, a property or a
     * sprayer in its own view; a district shows its figures in a card.
     */
    public void openAt(double x, double y) {
        MapModel.Hit hit = model.hit(x, y);
        hideHover();
        if (hit == null) {
            hidePopup();
            return;
        }
        if (hit.kind() != MapModel.Kind.DISTRICT) {
            hidePopup();
            // after this click has been handled: opening replaces the content under the pointer
            javafx.application.Platform.runLater(() -> vm.open(hit));
            return;
        }
        showPopup(x, y, vm.describe(hit));
    }

    /** Under the pointer: the item's name and figures, so the user knows what a click will open. */
    private void hovered(double x, double y) {
        MapModel.Hit hit = model.hit(x, y);
        canvas.setCursor(hit != null ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
        if (hit == null || popup.isVisible()) {
            hideHover();
            return;
        }
        List<String> lines = vm.describe(hit);
        if (lines.isEmpty()) {
            hideHover();
            return;
        }
        hover.getChildren().setAll(lines(lines));
        place(hover, x, y);
    }

    private List<Node> lines(List<String> texts) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Label l = new Label(texts.get(i));
            if (i == 0) {
                l.getStyleClass().add("plan-popup-title");
            }
            nodes.add(l);
        }
        return nodes;
    }

    private void showPopup(double x, double y, List<String> texts) {
        popup.getChildren().setAll(lines(texts));
        Button close = new Button(m.get("plan.map.close"));
        close.getStyleClass().addAll("small", "flat");
        close.setOnAction(e -> hidePopup());
        popup.getChildren().add(new HBox(6, close));
        place(popup, x, y);
    }

    private void place(VBox card, double x, double y) {
        card.setVisible(true);
        card.applyCss();
        card.autosize();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(-1);
        double px = Math.min(x + 14, canvas.getWidth() - w - 8);
        double py = Math.min(y + 14, canvas.getHeight() - h - 8);
        card.resizeRelocate(Math.max(4, px), Math.max(4, py), w, h);
    }

    private void hideHover() {
        hover.setVisible(false);
    }

    private void hidePopup() {
        popup.setVisible(false);
    }

    public boolean popupShowing() {
        return popup.isVisible();
    }
}
