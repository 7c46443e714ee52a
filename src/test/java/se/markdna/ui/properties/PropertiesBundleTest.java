package se.markdna.ui.properties;

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

/** The property register's bundle: the same keys in both languages, and every key its code names. */
class PropertiesBundleTest {

    private static final Pattern KEY = Pattern.compile("\"((?:props|ref)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PropertiesBundleTest.class.getResourceAsStream("/se/markdna/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties sv = load("properties_sv.properties");
        Properties en = load("properties_en.properties");
        assertThat(new TreeSet<>(sv.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : List.of(sv, en)) {
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(key).isNotBlank();
                new MessageFormat(p.getProperty(key));
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties sv = load("properties_sv.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/markdna/ui/properties"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(k -> assertThat(sv.stringPropertyNames()).as(k).contains(k));
    }
}
