package se.markdna.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.markdna.i18n.Messages;

/** The ui bundles: the same keys in Swedish and English, and every key the shell's code uses. */
class UiBundlesTest {

    /** The packages whose texts live in the ui bundle (or core: app.*, db.error.*). */
    private static final List<String> SOURCES = List.of("src/main/java/se/markdna/app",
            "src/main/java/se/markdna/ui/common", "src/main/java/se/markdna/ui/shell",
            "src/main/java/se/markdna/ui/welcome", "src/main/java/se/markdna/ui/overview");

    /** A string literal that looks like a message key of ours. */
    private static final Pattern KEY = Pattern.compile("\"((?:ui|app)\\.[a-z0-9_.]+[a-z0-9_])\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundlesTest.class.getResourceAsStream("/se/markdna/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties sv = load("ui_sv.properties");
        Properties en = load("ui_en.properties");
        assertThat(sv.stringPropertyNames()).isNotEmpty();
        assertThat(new TreeSet<>(sv.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyTextIsAValidPatternAndSwedishIsSwedish() throws IOException {
        for (Properties p : List.of(load("ui_sv.properties"), load("ui_en.properties"))) {
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                new MessageFormat(value); // throws on a broken pattern
            }
        }
        Properties sv = load("ui_sv.properties");
        assertThat(sv.getProperty("ui.welcome.empty")).isEqualTo("Börja med ett tomt register");
        assertThat(sv.getProperty("ui.nav.overview")).isEqualTo("Översikt");
        assertThat(String.join(" ", sv.values().stream().map(Object::toString).toList())).containsPattern("[åäöÅÄÖ]");
    }

    @Test
    void everyKeyUsedInTheCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String dir : SOURCES) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("ui.nav.overview", "ui.welcome.demo", "app.title");
        Messages sv = new Messages(Messages.SWEDISH);
        Messages en = new Messages(Messages.ENGLISH);
        for (String key : used) {
            assertThat(sv.has(key)).as("Swedish text for " + key).isTrue();
            assertThat(en.has(key)).as("English text for " + key).isTrue();
        }
        // the database refusals the start-up shows come from the core bundle
        for (String reason : List.of("NOT_SQLITE", "READ_ONLY", "SCHEMA_TOO_NEW", "MIGRATION_FAILED", "LOCKED", "IO")) {
            assertThat(sv.has("db.error." + reason)).isTrue();
            assertThat(en.has("db.error." + reason)).isTrue();
        }
    }
}
