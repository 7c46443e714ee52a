package se.markdna.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.input.KeyCombination;
import se.markdna.ui.common.Shell;

/**
 * An entry in the main window's File menu contributed by a feature (export, import, backup…).
 *
 * @param id          node id of the menu item ("menu-" is prefixed)
 * @param labelKey    message key of the label
 * @param iconLiteral Ikonli material2 literal
 * @param accelerator keyboard shortcut, or null
 * @param action      what it does; runs on the FX thread
 */
public record ShellAction(String id, String labelKey, String iconLiteral, KeyCombination accelerator,
        Consumer<Shell> action) {

    public ShellAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(iconLiteral);
        Objects.requireNonNull(action);
    }
}
