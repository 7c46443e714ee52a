package se.markdna.io.interchange;

import java.util.List;

/**
 * The sheets an export or template holds besides the entity sheets. Import ignores them by name
 * (their headers could otherwise pass for an entity's, e.g. Coverage's "Område").
 */
public final class ExtraSheets {

    public static final String SERVICE_DUE_SV = "Servicebehov";
    public static final String SERVICE_DUE_EN = "Service due";
    public static final String COVERAGE_SV = "Täckning";
    public static final String COVERAGE_EN = "Coverage";
    public static final String ABOUT_SV = "Om";
    public static final String ABOUT_EN = "About";
    public static final String INSTRUCTIONS_SV = "Anvisningar";
    public static final String INSTRUCTIONS_EN = "Instructions";
    /** The hidden sheet holding long dropdown lists in a template. */
    public static final String LISTS = "Lists";

    private static final List<String> ALL = List.of(SERVICE_DUE_SV, SERVICE_DUE_EN, COVERAGE_SV, COVERAGE_EN,
            ABOUT_SV, ABOUT_EN, INSTRUCTIONS_SV, INSTRUCTIONS_EN, LISTS, "Listor");

    private ExtraSheets() {
    }

    public static boolean isExtra(String sheetName) {
        String n = Headers.normalise(sheetName);
        return ALL.stream().anyMatch(s -> Headers.normalise(s).equals(n));
    }

    public static String name(String swedish, String english, boolean inEnglish) {
        return inEnglish ? english : swedish;
    }

}
