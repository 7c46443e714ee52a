package se.markdna.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.markdna.i18n.Messages;
import se.markdna.service.RestoreRefusedException;

/** Every text the backup package uses exists in Swedish and English (the bundles' keys are kept equal elsewhere). */
class BackupBundleTest {

    private static final Pattern KEY = Pattern.compile("\"(bak\\.[a-z0-9_.-]+[a-z0-9_])\"");

    @Test
    void everyKeyUsedExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/markdna/ui/backup"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("bak.menu.now", "bak.menu.restore", "bak.network.text");
        // keys made from a reason at run time
        for (RestoreRefusedException.Reason r : RestoreRefusedException.Reason.values()) {
            used.add("bak.restore.refused." + r.name());
        }
        for (String kind : new String[] {"start", "manual", "before-restore", "other"}) {
            used.add("bak.kind." + kind);
        }
        for (Messages m : new Messages[] {new Messages(Messages.SWEDISH), new Messages(Messages.ENGLISH)}) {
            for (String key : used) {
                assertThat(m.has(key)).as(m.locale() + ": " + key).isTrue();
            }
        }
        assertThat(new Messages(Messages.SWEDISH).get("bak.restore.confirm.text", "igår", "/a/före.db", "/b/kopia.db"))
                .startsWith("Den nuvarande databasen säkerhetskopieras först till\n/a/före.db\noch ersätts sedan med\n"
                        + "/b/kopia.db");
        assertThat(new Messages(Messages.ENGLISH).get("bak.network.text", "x")).contains("computer's own disk");
    }
}
