package se.markdna.ui.welcome;

import java.util.Objects;
import java.util.function.Consumer;
import se.markdna.ui.common.Shell;

/**
 * A big button on the welcome screen (shown while the register is empty). The list of actions is
 * built in {@code se.markdna.app.Navigation#welcomeActions}; "Import from Excel" is meant to be
 * added there as a third one.
 *
 * @param id          node id of the button is "welcome-&lt;id&gt;"
 * @param labelKey    the button's text
 * @param detailKey   one line under it
 * @param iconLiteral an Ikonli material2 literal
 * @param primary     the accent-coloured default choice
 * @param handler     runs on the FX thread when clicked; use {@link Shell#runWithProgress} for long
 *                    work, then {@link Shell#dataChanged()} / {@link Shell#navigate(String)}
 */
public record WelcomeAction(String id, String labelKey, String detailKey, String iconLiteral, boolean primary,
        Consumer<Shell> handler) {

    public WelcomeAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(detailKey);
        Objects.requireNonNull(iconLiteral);
        Objects.requireNonNull(handler);
    }
}
