package se.markdna.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.markdna.domain.Labelled;
import se.markdna.domain.Problem;

/**
 * The user's language. Swedish first, English second: any locale whose language is not English
 * gets Swedish. Texts are split into one bundle per feature area (listed in {@link #BUNDLES}) so
 * features can be worked on side by side; a test keeps every bundle's Swedish and English keys
 * equal.
 */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    /** Every bundle base name; a feature adds its own here. */
    public static final List<String> BUNDLES = List.of(
            "se.markdna.i18n.core",
            "se.markdna.i18n.ui",
            "se.markdna.i18n.properties",
            "se.markdna.i18n.sprayers",
            "se.markdna.i18n.planning",
            "se.markdna.i18n.exchange",
            "se.markdna.i18n.backup");

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale requested) {
        this.locale = supported(requested);
        for (String base : BUNDLES) {
            bundles.add(ResourceBundle.getBundle(base, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** Swedish unless the language asked for is English. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return SWEDISH;
    }

    /** "sv" or "en" (null: the system's locale). */
    public static Messages forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return new Messages(Locale.getDefault());
        }
        return new Messages(Locale.forLanguageTag(language));
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.equals(ENGLISH);
    }

    public boolean has(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text for a key; a missing key shows as the key itself rather than failing. */
    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    public String label(Labelled value) {
        return value == null ? "" : get(value.labelKey());
    }

    /** The label in a given language, for matching imported text whatever the UI language is. */
    public static String label(Labelled value, Locale locale) {
        return new Messages(locale).label(value);
    }

    /** A problem's text; enum arguments are shown as their labels. */
    public String problem(Problem p) {
        return get(p.messageKey(), labelled(p.args()));
    }

    public Object[] labelled(List<Object> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            out[i] = a instanceof Labelled l ? label(l) : a;
        }
        return out;
    }

    public static ResourceBundle bundle(String base, Locale locale) throws MissingResourceException {
        return ResourceBundle.getBundle(base, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
