package se.markdna.ui.common;

import java.util.Optional;

/** A view whose table can be exported as shown (File > Export… offers "rows shown" for it). */
public interface ExportableView {

    /** Empty while the table is still loading. Called on the FX thread. */
    Optional<ShownRows> shownRows();
}
