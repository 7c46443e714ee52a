package se.markdna.ui.sprayers;

import javafx.css.PseudoClass;

/**
 * The AtlantaFX style class names this feature uses. AtlantaFX 2.1.0's classes are compiled for
 * Java 21 and cannot be loaded on the project's Java 17, so its {@code Styles} constants are
 * repeated here; the class names are what the theme's stylesheet styles.
 */
final class Styles {

    static final String ACCENT = "accent";
    static final String DANGER = "danger";
    static final String BUTTON_ICON = "button-icon";
    static final String FLAT = "flat";
    static final String DENSE = "dense";
    static final String STRIPED = "striped";
    static final String TABS_BORDER_TOP = "border-top";
    static final String TITLE_2 = "title-2";
    static final String TITLE_3 = "title-3";
    static final String TITLE_4 = "title-4";
    static final String TEXT_SMALL = "text-small";
    static final String TEXT_BOLD = "text-bold";
    static final String TEXT_MUTED = "text-muted";
    static final PseudoClass STATE_DANGER = PseudoClass.getPseudoClass("danger");

    private Styles() {
    }
}
