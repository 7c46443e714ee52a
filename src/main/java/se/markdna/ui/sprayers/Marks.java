package se.markdna.ui.sprayers;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.markdna.domain.sprayer.DueState;
import se.markdna.domain.sprayer.SprayerCondition;
import se.markdna.domain.sprayer.SprayerStatus;

/**
 * How a sprayer's condition is marked: a pseudo-class on its row for colour, and badges (icon and
 * word) that read without colour, in a printout, or with a screen reader.
 */
final class Marks {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    static final PseudoClass TRIGGERED = PseudoClass.getPseudoClass("triggered");
    static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    enum Mark {
        TRIGGERED("triggered", Material2AL.FLASH_ON),
        OVERDUE("overdue", Material2AL.ERROR),
        EXPIRED("expired", Material2AL.HOURGLASS_EMPTY),
        DUE_SOON("due-soon", Material2MZ.SCHEDULE),
        OUT_OF_SERVICE("out", Material2AL.BLOCK),
        REMOVED("removed", Material2AL.DELETE),
        OK("ok", Material2AL.CHECK_CIRCLE);

        final String css;
        final Ikon icon;

        Mark(String css, Ikon icon) {
            this.css = css;
            this.icon = icon;
        }

        String key() {
            return "spr.mark." + name();
        }
    }

    private Marks() {
    }

    /** The marks of a condition, most urgent first. */
    static List<Mark> of(SprayerCondition c) {
        List<Mark> marks = new ArrayList<>(3);
        if (c.status() == SprayerStatus.REMOVED) {
            marks.add(Mark.REMOVED);
            return marks;
        }
        if (c.status() == SprayerStatus.OUT_OF_SERVICE) {
            marks.add(Mark.OUT_OF_SERVICE);
            return marks;
        }
        if (c.triggered()) {
            marks.add(Mark.TRIGGERED);
        }
        if (c.serviceState() == DueState.OVERDUE) {
            marks.add(Mark.OVERDUE);
        }
        if (c.cartridgeExpired()) {
            marks.add(Mark.EXPIRED);
        }
        if (c.serviceState() == DueState.DUE_SOON) {
            marks.add(Mark.DUE_SOON);
        }
        if (marks.isEmpty()) {
            marks.add(Mark.OK);
        }
        return marks;
    }

    static void apply(Node row, SprayerRow r) {
        row.pseudoClassStateChanged(OVERDUE, r != null && r.overdue());
        row.pseudoClassStateChanged(DUE_SOON, r != null && r.dueSoon() && !r.overdue());
        row.pseudoClassStateChanged(EXPIRED, r != null && r.expired());
        row.pseudoClassStateChanged(TRIGGERED, r != null && r.triggered());
        row.pseudoClassStateChanged(INACTIVE, r != null && !r.inService());
    }

    static Label badge(Mark m, Texts texts) {
        FontIcon icon = new FontIcon(m.icon);
        icon.getStyleClass().add("spr-badge-icon");
        Label l = new Label(texts.get(m.key()), icon);
        l.getStyleClass().addAll("spr-badge", "spr-badge-" + m.css);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** The marks as words, for search, tooltips and print ("Utlöst, Försenad"). */
    static String words(SprayerCondition c, Texts texts) {
        StringBuilder b = new StringBuilder();
        for (Mark m : of(c)) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(texts.get(m.key()));
        }
        return b.toString();
    }
}
