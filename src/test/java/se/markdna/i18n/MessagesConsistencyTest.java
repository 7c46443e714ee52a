package se.markdna.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Labelled;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.persistence.DatabaseException;

class MessagesConsistencyTest {

    static final List<Class<? extends Labelled>> LABELLED = List.of(MainArea.class, DistrictKind.class,
            OrganisationType.class, BuildingType.class, PropertyStatus.class, Placement.class, Trigger.class,
            SprayerStatus.class, EventKind.class, SiteStatus.class);

    static Properties load(String base, String language) throws IOException {
        String resource = base.replace('.', '/') + "_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle on the classpath: " + resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    static Set<String> allKeys(String language) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String base : Messages.BUNDLES) {
            keys.addAll(load(base, language).stringPropertyNames());
        }
        return keys;
    }

    @Test
    void everyBundleHasTheSameKeysInSwedishAndEnglish() throws IOException {
        for (String base : Messages.BUNDLES) {
            Set<String> sv = new TreeSet<>(load(base, "sv").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(base, "en").stringPropertyNames());
            Set<String> onlySv = new TreeSet<>(sv);
            onlySv.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(sv);
            assertThat(onlySv).as(base + ": keys only in Swedish").isEmpty();
            assertThat(onlyEn).as(base + ": keys only in English").isEmpty();
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String base : Messages.BUNDLES) {
            for (String lang : List.of("sv", "en")) {
                Properties p = load(base, lang);
                for (String key : p.stringPropertyNames()) {
                    assertThat(p.getProperty(key)).as(base + "_" + lang + ": " + key).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyLabelledEnumConstantHasALabelInBothLanguages() throws IOException {
        Set<String> sv = allKeys("sv");
        Set<String> en = allKeys("en");
        List<String> missing = new ArrayList<>();
        for (Class<? extends Labelled> type : LABELLED) {
            for (Labelled value : type.getEnumConstants()) {
                if (!sv.contains(value.labelKey())) {
                    missing.add("sv " + value.labelKey());
                }
                if (!en.contains(value.labelKey())) {
                    missing.add("en " + value.labelKey());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void labelsAreUnambiguousWithinAnEnumSoImportCanReadThem() {
        Messages sv = new Messages(Messages.SWEDISH);
        Messages en = new Messages(Messages.ENGLISH);
        for (Class<? extends Labelled> type : LABELLED) {
            Set<String> seen = new HashSet<>();
            for (Labelled value : type.getEnumConstants()) {
                assertThat(sv.label(value)).isNotEqualTo(value.labelKey());
                assertThat(en.label(value)).isNotEqualTo(value.labelKey());
                Set<String> own = new HashSet<>(List.of(sv.label(value).toLowerCase(Locale.ROOT),
                        en.label(value).toLowerCase(Locale.ROOT), value.code().toLowerCase(Locale.ROOT)));
                for (String s : own) {
                    assertThat(seen.add(type.getSimpleName() + ":" + s)).as(type.getSimpleName() + " label " + s)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyDatabaseErrorReasonHasAMessage() throws IOException {
        Set<String> sv = allKeys("sv");
        Set<String> en = allKeys("en");
        for (DatabaseException.Reason reason : DatabaseException.Reason.values()) {
            assertThat(sv).as("sv").contains("db.error." + reason.name());
            assertThat(en).as("en").contains("db.error." + reason.name());
        }
    }

    static final Pattern KEY_LITERAL = Pattern.compile("\"((?:validation|import|db\\.error)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyMessageKeyUsedInTheSourcesExists() throws IOException {
        Set<String> sv = allKeys("sv");
        Set<String> en = allKeys("en");
        Set<String> used = new TreeSet<>();
        Path root = Path.of("src/main/java");
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("the scan finds keys").contains("validation.required", "import.duplicateKey");
        Set<String> missingSv = new TreeSet<>(used);
        missingSv.removeAll(sv);
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en);
        assertThat(missingSv).as("keys used in code but missing in Swedish").isEmpty();
        assertThat(missingEn).as("keys used in code but missing in English").isEmpty();
    }

    @Test
    void anythingButEnglishGetsSwedish() {
        assertThat(Messages.supported(Locale.GERMANY)).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.supported(Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.supported(null)).isEqualTo(Messages.SWEDISH);
        assertThat(new Messages(Locale.ENGLISH).get("validation.required"))
                .isNotEqualTo(new Messages(Messages.SWEDISH).get("validation.required"));
        assertThat(new Messages(Messages.SWEDISH).get("no.such.key")).isEqualTo("no.such.key");
    }
}
