package se.markdna.ui.sprayers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;

/**
 * Prints the Service due work list on A4 portrait through the JavaFX printer API. "Save as PDF"
 * is the operating system's PDF printer in the print dialog. Pages are cut by arithmetic on
 * fixed line heights, so a long list breaks cleanly between lines and never mid-line.
 */
public final class WorkListPrinter {

    static final double LINE = 13;
    static final double GROUP_HEAD = 30;
    static final double TITLE = 54;
    static final double RUNNING_HEAD = 22;

    private WorkListPrinter() {
    }

    /** Prints, or tells the user why it cannot (no printer, as on a server or in CI). */
    public static void print(Window owner, ServiceDueModel model, Consumer<String> tell) {
        Texts texts = model.texts();
        Printer printer;
        try {
            printer = Printer.getDefaultPrinter();
        } catch (RuntimeException e) {
            // no print service at all (a server, a container without CUPS): the same as no printer
            printer = null;
        }
        if (printer == null) {
            tell.accept(texts.get("spr.print.noPrinter"));
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            tell.accept(texts.get("spr.print.noPrinter"));
            return;
        }
        job.getJobSettings().setJobName(texts.get("spr.print.title"));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        List<Region> pages = pages(model.groups(), model.todayProperty().get(), model.horizonProperty().get(),
                model.countProperty().get(), texts, layout.getPrintableWidth(), layout.getPrintableHeight());
        for (Region page : pages) {
            if (!job.printPage(layout, page)) {
                tell.accept(texts.get("spr.print.failed"));
                job.cancelJob();
                return;
            }
        }
        if (job.endJob()) {
            tell.accept(texts.get("spr.print.done", pages.size()));
        } else {
            tell.accept(texts.get("spr.print.failed"));
        }
    }

    /** The pages of the work list, each sized to the printable area. */
    static List<Region> pages(List<ServiceDueModel.DueGroup> groups, LocalDate today, int horizon, int count,
            Texts texts, double width, double height) {
        List<Region> pages = new ArrayList<>();
        VBox page = newPage(width, height);
        Label title = text(texts.get("spr.print.title"), 16, true, width);
        title.setMinHeight(24);
        Label sub = text(texts.get("spr.print.subtitle", Texts.date(today), count, groups.size(), horizon), 9,
                false, width);
        sub.setMinHeight(LINE);
        VBox head = new VBox(2, title, sub);
        fix(head, TITLE);
        page.getChildren().add(head);
        double used = TITLE;
        int pageNo = 1;
        for (ServiceDueModel.DueGroup g : groups) {
            // keep a property's heading together with at least its first line
            if (used + GROUP_HEAD + LINE > height) {
                pages.add(page);
                page = newPage(width, height);
                pageNo++;
                Label running = text(texts.get("spr.print.continued", Texts.date(today), pageNo), 8, false, width);
                fix(running, RUNNING_HEAD);
                page.getChildren().add(running);
                used = RUNNING_HEAD;
            }
            Label gh = text(g.designation() + (g.name() == null ? "" : " – " + g.name()), 10, true, width);
            Label ga = text(g.address() + (g.district() == null ? "" : " · " + g.district()), 8.5, false, width);
            VBox groupHead = new VBox(0, gh, ga);
            groupHead.setPadding(new Insets(4, 0, 0, 0));
            fix(groupHead, GROUP_HEAD);
            page.getChildren().add(groupHead);
            used += GROUP_HEAD;
            for (ServiceDueModel.DueLine l : g.lines()) {
                if (used + LINE > height) {
                    pages.add(page);
                    page = newPage(width, height);
                    pageNo++;
                    Label running = text(texts.get("spr.print.continuedGroup", g.designation(), pageNo), 8, false,
                            width);
                    fix(running, RUNNING_HEAD);
                    page.getChildren().add(running);
                    used = RUNNING_HEAD;
                }
                page.getChildren().add(line(l, texts, width));
                used += LINE;
            }
        }
        pages.add(page);
        return pages;
    }

    private static HBox line(ServiceDueModel.DueLine l, Texts texts, double width) {
        var s = l.sprayer();
        Label box = text("\u2610", 9, false, 14);
        Label due = text(Texts.date(l.due()), 9, true, 70);
        Label what = text(l.reasons(), 9, true, 150);
        Label where = text(texts.label(s.placement()) + (s.location() == null ? "" : " · " + s.location()), 9, false,
                150);
        Label unit = text(Texts.nz(s.serial()) + " · " + Texts.nz(s.model()), 9, false, 10);
        unit.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(unit, Priority.ALWAYS);
        HBox h = new HBox(6, box, due, what, where, unit);
        h.setPadding(new Insets(0, 0, 0, 10));
        fix(h, LINE);
        h.setPrefWidth(width);
        return h;
    }

    private static VBox newPage(double width, double height) {
        VBox page = new VBox();
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private static Label text(String s, double size, boolean bold, double width) {
        Label l = new Label(s);
        l.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        l.setStyle("-fx-text-fill: black;");
        l.setMinWidth(width);
        l.setPrefWidth(width);
        return l;
    }

    private static void fix(Region r, double h) {
        r.setMinHeight(h);
        r.setPrefHeight(h);
        r.setMaxHeight(h);
    }
}
