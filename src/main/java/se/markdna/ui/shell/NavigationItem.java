package se.markdna.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One entry in the main window's left navigation.
 *
 * @param id          stable id ("overview", "properties"); also the node id "nav-&lt;id&gt;"
 * @param labelKey    message key of the label (in some bundle, Swedish and English)
 * @param iconLiteral an Ikonli material2 literal, e.g. "mdal-dashboard"
 * @param viewFactory builds the view the first time it is shown (called on the FX thread); a view
 *                    implementing {@link se.markdna.ui.common.Refreshable} is refreshed on F5,
 *                    any other view is rebuilt
 */
public record NavigationItem(String id, String labelKey, String iconLiteral, Supplier<Node> viewFactory) {

    public NavigationItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(iconLiteral);
        Objects.requireNonNull(viewFactory);
    }
}
