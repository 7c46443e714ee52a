package se.markdna.ui.common;

/** The ids of the main window's navigation items, for views that send the user to another one. */
public final class Places {

    public static final String OVERVIEW = "overview";
    public static final String PROPERTIES = "properties";
    public static final String REFERENCE = "reference";
    public static final String SPRAYERS = "sprayers";
    public static final String SERVICE_DUE = "service-due";
    public static final String PLANNING = "planning";
    public static final String SETTINGS = "settings";

    private Places() {
    }
}
