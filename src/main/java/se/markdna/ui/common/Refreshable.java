package se.markdna.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A view whose data can be reloaded (F5 in the main window). A view node that does not implement
 * this is rebuilt from its factory instead.
 */
public interface Refreshable {

    /** Reloads the view's data (called on the FX thread; load off it with {@link BackgroundTask}). */
    void refresh();

    /** True once the view shows its data; the smoke test waits for it. Default: at once. */
    default ReadOnlyBooleanProperty readyProperty() {
        return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }
}
