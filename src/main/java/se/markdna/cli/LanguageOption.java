package se.markdna.cli;

import picocli.CommandLine.Option;
import se.markdna.i18n.Messages;

/** --lang sv|en; without it the system's language decides (English, or else Swedish). */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "sv|en", description = "Language: sv (default) or en.")
    String lang;

    public Messages messages() {
        if (lang != null && !lang.equals("sv") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang takes sv or en, not " + lang);
        }
        return Messages.forLanguage(lang);
    }

    public String language() {
        return lang;
    }
}
