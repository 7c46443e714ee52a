package se.markdna.ui.common;

import java.util.List;
import java.util.Objects;
import se.markdna.io.interchange.Sheet;

/**
 * The rows a table shows right now, in its filter and sort order, for "export the rows shown".
 *
 * @param sheet       the interchange sheet these rows belong to
 * @param ids         database ids of the rows, in display order
 * @param filterText  a short human description of the active filter (empty when none), for the
 *                    export's About sheet
 */
public record ShownRows(Sheet sheet, List<Long> ids, String filterText) {

    public ShownRows {
        Objects.requireNonNull(sheet);
        ids = List.copyOf(ids);
        filterText = filterText == null ? "" : filterText;
    }
}
