package se.markdna.ui.common;

/**
 * A view that can show one record by its database id: the properties view opens a property's
 * detail, the sprayers view selects a sprayer and shows its detail. Called by {@link Shell#open}
 * after the view has been navigated to, on the FX thread; the view loads what it needs off it.
 */
public interface OpensRecord {

    void openRecord(long id);
}
