package se.markdna.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;

/**
 * The AtlantaFX Primer Light theme and its style class names. AtlantaFX 2.1.0's Java classes are
 * compiled for Java 21 (class file 65) and cannot be loaded on Java 17, so the theme is applied
 * from its style sheet in the jar and the names of {@code atlantafx.base.theme.Styles} are
 * repeated here.
 */
public final class Theme {

    public static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";

    public static final String TITLE_1 = "title-1";
    public static final String TITLE_2 = "title-2";
    public static final String TITLE_3 = "title-3";
    public static final String TITLE_4 = "title-4";
    public static final String TEXT_MUTED = "text-muted";
    public static final String TEXT_SMALL = "text-small";
    public static final String BUTTON_ICON = "button-icon";
    public static final String FLAT = "flat";
    public static final String ACCENT = "accent";
    public static final String SUCCESS = "success";
    public static final String WARNING = "warning";
    public static final String DANGER = "danger";

    private Theme() {
    }

    /** Sets Primer Light as the user agent style sheet of the whole application. */
    public static void apply() {
        URL css = Objects.requireNonNull(Theme.class.getResource(PRIMER_LIGHT), "AtlantaFX theme missing");
        Application.setUserAgentStylesheet(css.toExternalForm());
    }
}
