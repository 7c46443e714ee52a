package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.service.AppServices;

/**
 * Imports every file of the hostile corpus ({@code src/test/resources/se/markdna/hostile}) with the
 * real command line in a child JVM at -Xmx256m, as a user would, and checks for each: the exit code
 * (1: rows rejected, 3: file unusable), a message that says what and where (file, sheet, row,
 * column), no stack trace, and the database exactly as before.
 *
 * <p>"Exactly as before" is checked twice. A full dump (schema, then every table's rows in rowid
 * order) catches any change of content, including one left committed in a WAL file. The SHA-256 of
 * the database file itself is compared too: it is stable here because the baseline is
 * checkpointed (its last connection closed, so no -wal file is left) and an import that writes
 * nothing commits nothing, so SQLite has no page to copy back; a start-up backup or a Flyway check
 * only read. Should the hash ever differ with an equal dump, the dump is the judge of content and
 * the hash tells someone the file was rewritten.
 *
 * <p>The big files (a million rows, 10,000 columns, a 5 MB cell, a zip bomb, ...) are made at test
 * time from the {@code .recipe} files by {@link HostileFiles#generate}, so the repository stays small.
 */
class HostileImportTest {

    private static final String CORPUS = "/se/markdna/hostile";
    /** A child that runs longer than this hangs; the test fails rather than waits. */
    private static final long CASE_TIMEOUT_SECONDS = 120;
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(.*\\)\\s*$");

    /** What each corpus file must produce: exit code, and fragments the message must contain. */
    private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    private record Expected(int exit, List<String> fragments) {
    }

    private static void expect(String file, int exit, String... fragments) {
        EXPECTED.put(file, new Expected(exit, List.of(fragments)));
    }

    static {
        // files that are not what their name says, or nothing at all
        expect("empty.csv", 3, "Filen empty.csv är tom");
        expect("empty.xlsx", 3, "Filen empty.xlsx är tom");
        expect("bom-only.csv", 3, "Filen bom-only.csv är tom");
        expect("renamed-pdf.csv", 3, "Filen renamed-pdf.csv är ingen CSV-fil", "PDF");
        expect("renamed-pdf.xlsx", 3, "Filen renamed-pdf.xlsx är inte ett kalkylblad");
        expect("gzip-renamed.xlsx", 3, "Filen gzip-renamed.xlsx är inte ett kalkylblad");
        expect("old-format.xls", 3, "Filen old-format.xls", "gamla Excel-formatet");
        expect("utf16-without-bom.csv", 3, "Filen utf16-without-bom.csv är ingen CSV-fil", "NUL-tecken");
        expect("unknown-sheet.csv", 3, "Filen unknown-sheet.csv innehåller inget blad");
        expect("no-known-sheet.xlsx", 3, "Filen no-known-sheet.xlsx innehåller inget blad");
        // broken or hostile containers and XML
        expect("truncated.xlsx", 3, "Filen truncated.xlsx är skadad");
        expect("zero-byte-sheet.xlsx", 3, "Filen zero-byte-sheet.xlsx, bladet Fastigheter", "skadad");
        expect("invalid-xml.xlsx", 3, "Filen invalid-xml.xlsx, bladet Fastigheter", "skadad");
        expect("bad-shared-string-index.xlsx", 3, "Filen bad-shared-string-index.xlsx, bladet Fastigheter", "skadad");
        expect("duplicate-zip-entries.xlsx", 3, "Filen duplicate-zip-entries.xlsx", "samma del finns två gånger");
        expect("xxe-sheet.xlsx", 3, "Filen xxe-sheet.xlsx, bladet Fastigheter", "DOCTYPE");
        expect("xxe-shared-strings.xlsx", 3, "Filen xxe-shared-strings.xlsx", "DOCTYPE");
        expect("billion-laughs.xlsx", 3, "Filen billion-laughs.xlsx", "DOCTYPE");
        expect("zip-bomb.xlsx", 3, "Filen zip-bomb.xlsx", "zip-bomb");
        expect("too-many-entries.xlsx", 3, "Filen too-many-entries.xlsx", "fler delar än något kalkylblad");
        // CSV content the reader refuses, with the line
        expect("unterminated-quote.csv", 3, "Filen unterminated-quote.csv, rad 3", "citattecken");
        expect("invalid-utf8.csv", 3, "Filen invalid-utf8.csv, rad 2", "teckenkodning");
        expect("invalid-utf8-late.csv", 3, "Filen invalid-utf8-late.csv, rad 141", "teckenkodning");
        expect("mixed-separators.csv", 3, "Filen mixed-separators.csv, rad 3", "komma");
        expect("ten-thousand-columns.csv", 3, "Filen ten-thousand-columns.csv, rad 1", "fler än 5 000 kolumner");
        expect("five-mb-cell.csv", 3, "Filen five-mb-cell.csv, rad 3", "längre än 1 048 576 tecken");
        // workbooks past the limits, with sheet, row and column
        expect("ten-thousand-columns.xlsx", 3, "Filen ten-thousand-columns.xlsx, bladet Fastigheter, rad 1",
                "fler än 5 000 kolumner");
        expect("five-mb-cell.xlsx", 3, "Filen five-mb-cell.xlsx, bladet Fastigheter, rad 3, kolumn Anteckningar",
                "längre än 1 048 576 tecken");
        // readable files whose rows are wrong: every error with sheet, row and column, nothing written
        expect("million-rows.csv", 1, "Fastigheter rad 2, Område: finns inte: Atlantis",
                "Kontrollen avbröts vid Fastigheter rad 501 efter 1 000 fel");
        expect("wrong-types-properties.csv", 1, "Fastigheter rad 2, Lägenheter: inte ett heltal: \"många\"",
                "Fastigheter rad 2, Latitud: inte ett tal: \"norr\"", "Fastigheter rad 2, Grannsamverkan",
                "Fastigheter rad 2, Status: okänt värde \"2019-03-01\"");
        expect("wrong-types-sprayers.csv", 1, "Sprutor rad 2, Installerad: inte ett datum", "\"igår\"",
                "Sprutor rad 2, Senaste service: inte ett datum (ÅÅÅÅ-MM-DD): \"2025-02-30\"",
                "Sprutor rad 2, Serviceintervall mån: inte ett heltal", "Sprutor rad 2, Varningsskylt");
        expect("wrong-types-districts.csv", 1, "Områden rad 2, Hushåll: inte ett heltal: \"tusen\"",
                "Områden rad 2, Prioriterat", "Områden rad 2, Latitud: inte ett tal: \"55,7,1\"");
        expect("wrong-types.xlsx", 1, "Sprutor rad 2, Patron fylld: inte ett datum (ÅÅÅÅ-MM-DD): \"45000.5\"",
                "Sprutor rad 2, Serviceintervall mån: inte ett heltal: \"tolv\"", "Sprutor rad 2, Utlösning");
        expect("dates-year0-99999.csv", 1, "Sprutor rad 2, Installerad: datumet \"0000-01-01\" ligger utanför",
                "Sprutor rad 3, Installerad: inte ett datum (ÅÅÅÅ-MM-DD): \"99999-12-31\"");
        expect("dates-year0-99999.xlsx", 1, "Sprutor rad 2, Installerad: inte ett datum (ÅÅÅÅ-MM-DD): \"-693594\"",
                "Sprutor rad 3, Installerad: inte ett datum (ÅÅÅÅ-MM-DD): \"35830000\"", "Sprutor rad 3, Senaste service");
        expect("formula-strings.csv", 1, "Fastigheter rad 2, Lägenheter: inte ett heltal: \"=A1\"",
                "Fastigheter rad 3, Lägenheter: inte ett heltal");
        expect("formulas.xlsx", 1, "Fastigheter rad 2, Lägenheter: inte ett heltal: \"#DIV/0!\"",
                "Fastigheter rad 3, Lägenheter: inte ett heltal: \"tjugo\"");
        expect("misspelt-enums-properties.csv", 1, "Fastigheter rad 2, Byggnadstyp: okänt värde \"Flerbostadhus\"",
                "tillåtna: Flerbostadshus", "Fastigheter rad 3, Status: okänt värde \"Planerd\"");
        expect("misspelt-enums-sprayers.csv", 1, "Sprutor rad 2, Placering: okänt värde \"Källlare\"",
                "Sprutor rad 2, Utlösning", "Sprutor rad 3, Status: okänt värde \"Ur drift!\"");
        expect("misspelt-enums-districts.csv", 1, "Områden rad 2, Huvudområde: okänt värde \"Byarnaa\"",
                "Områden rad 3, Typ: okänt värde \"Stadsdell\"");
        expect("misspelt-enums-organisations.csv", 1, "Organisationer rad 2, Typ: okänt värde");
        expect("misspelt-enums-sprayer-events.csv", 1, "Spruthändelser rad 2, Händelse: okänt värde \"Servis\"");
        expect("misspelt-enums-rollout-sites.csv", 1, "Planerade platser rad 2, Platstyp: okänt värde",
                "Planerade platser rad 2, Status: okänt värde \"Godkänt\"");
        expect("missing-districts.csv", 1, "Fastigheter rad 2, Område: finns inte: Atlantis",
                "Fastigheter rad 3, Område: finns inte: Klostergårdn");
        expect("missing-district-sites.csv", 1, "Planerade platser rad 2, Område: finns inte: Lemurien");
        expect("duplicate-keys.csv", 1, "Fastigheter rad 3, Fastighetsbeteckning: finns redan på rad 2");
    }

    @TempDir
    Path dir;

    private record Outcome(String file, int exit, String output, long millis, boolean timedOut, String dumpAfter,
            String shaAfter, boolean inputUnchanged) {
    }

    @Test
    @Timeout(value = 420, unit = TimeUnit.SECONDS) // about 60 s on 2 idle cores; generous for a busy CI machine
    void everyHostileFileEndsWithAClearMessageAndAnUntouchedDatabase() throws Exception {
        List<Path> files = corpusFiles();
        assertThat(files).as("files in the committed corpus").hasSizeGreaterThanOrEqualTo(25);
        assertThat(new TreeSet<>(files.stream().map(HostileImportTest::importedName).toList()))
                .as("every corpus file has an expectation, and every expectation a file")
                .isEqualTo(new TreeSet<>(EXPECTED.keySet()));

        Path baseline = dir.resolve("baseline.db");
        AppServices.openWithoutBackup(baseline).demo().load(false);
        assertThat(Path.of(baseline + "-wal")).as("baseline checkpointed").doesNotExist();
        String dumpBefore = dump(baseline);
        String shaBefore = sha256(baseline);

        int parallel = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Outcome>> futures = new ArrayList<>();
        long start = System.nanoTime();
        try {
            // the slowest first, so that they do not start last
            List<Path> ordered = new ArrayList<>(files);
            ordered.sort((a, b) -> Long.compare(sizeOf(b), sizeOf(a)));
            for (Path f : ordered) {
                futures.add(pool.submit(() -> importInChild(f, baseline)));
            }
            SoftAssertions soft = new SoftAssertions();
            StringBuilder table = new StringBuilder();
            for (Future<Outcome> future : futures) {
                Outcome o = future.get();
                Expected e = EXPECTED.get(o.file);
                String output = o.output.replace('\u00a0', ' ').replace('\u202f', ' ');
                table.append(String.format("%-36s exit %d %6d ms  %s%n", o.file, o.exit, o.millis,
                        telling(output)));
                soft.assertThat(o.timedOut).as("%s: finished within %d s", o.file, CASE_TIMEOUT_SECONDS).isFalse();
                soft.assertThat(o.exit).as("%s: exit code; output:%n%s", o.file, o.output).isEqualTo(e.exit);
                for (String fragment : e.fragments) {
                    soft.assertThat(output).as("%s: message", o.file).contains(fragment);
                }
                soft.assertThat(STACK_FRAME.matcher(o.output).find()).as("%s: stack trace shown:%n%s", o.file, o.output)
                        .isFalse();
                soft.assertThat(o.output).as("%s: internals shown", o.file).doesNotContain("Exception", "Caused by",
                        "java.lang.", "OutOfMemory");
                // XXE: nothing of the files the entities point at may come back
                soft.assertThat(o.output).as("%s: leaked file content", o.file).doesNotContain("root:");
                soft.assertThat(o.dumpAfter).as("%s: database content after the import", o.file).isEqualTo(dumpBefore);
                // importing must never write to the user's file (the streaming reader once did)
                soft.assertThat(o.inputUnchanged).as("%s: the imported file itself is unchanged", o.file).isTrue();
                soft.assertThat(o.shaAfter).as("%s: database file SHA-256 after the import", o.file)
                        .isEqualTo(shaBefore);
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            System.out.printf("hostile corpus: %d files in %d s, %d at a time%n%s", files.size(), seconds, parallel,
                    table);
            soft.assertAll();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code markdna import} on one file against a copy of the baseline database. */
    private Outcome importInChild(Path file, Path baseline) throws Exception {
        String name = file.getFileName().toString();
        Path caseDir = Files.createDirectories(dir.resolve("case-" + name));
        Path input = file;
        if (name.endsWith(".recipe")) {
            input = HostileFiles.generate(file, Files.createDirectories(caseDir.resolve("input")));
            name = input.getFileName().toString();
        }
        Path db = caseDir.resolve("register.db");
        Files.copy(baseline, db);
        String inputBefore = sha256(input);
        Path output = caseDir.resolve("output.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(ConcurrentEditTest.javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmarkdna.data.dir=" + caseDir.resolve("data"), "-Dmarkdna.log.dir=" + caseDir.resolve("logs"),
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(caseDir.resolve("native")),
                "se.markdna.Launcher", "import", "--lang", "sv", "--db", db.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = p.waitFor(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String text = Files.readString(output, StandardCharsets.UTF_8);
        String sha = sha256(db); // before anything here opens the file
        String after = dump(db);
        boolean inputUnchanged = sha256(input).equals(inputBefore);
        if (!input.equals(file)) {
            Files.delete(input); // the generated files are big; do not keep them until the end
        }
        // progress as it happens: a slow run shows where the time went even if the whole test times out
        System.out.printf("hostile corpus: %s exit %s in %d ms%n", name, finished ? p.exitValue() : "none", millis);
        return new Outcome(name, finished ? p.exitValue() : -1, text, millis, !finished, after, sha, inputUnchanged);
    }

    /** Schema and every row of every table, in a fixed order, as text. */
    static String dump(Path db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(": ")
                            .append(rs.getString(3)).append('\n');
                    if ("table".equals(rs.getString(1))) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                out.append("-- ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"")
                        + "\" ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            out.append(i > 1 ? "|" : "")
                                    .append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path corpusDir() throws URISyntaxException {
        return Path.of(HostileImportTest.class.getResource(CORPUS).toURI());
    }

    /** Every committed corpus entry: real files and recipes. */
    private static List<Path> corpusEntries() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(corpusDir())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The corpus as files to import (the README is for people). */
    private static List<Path> corpusFiles() throws IOException, URISyntaxException {
        return corpusEntries().stream().filter(p -> !p.getFileName().toString().equals("README.md")).toList();
    }

    /** A recipe stands for the file it makes: its name minus ".recipe". */
    private static String importedName(Path p) {
        return p.getFileName().toString().replaceFirst("\\.recipe$", "");
    }

    private static long sizeOf(Path p) {
        try {
            // recipes stand for the biggest files
            return p.getFileName().toString().endsWith(".recipe") ? Long.MAX_VALUE / 2 : Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The line of the output that says most: the file problem, or the first row error. */
    private static String telling(String s) {
        List<String> lines = s.strip().lines().filter(l -> !l.isBlank()).toList();
        String line = lines.stream().filter(l -> l.startsWith("Filen ") || l.contains(" rad ")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        return line.length() > 150 ? line.substring(0, 150) + "…" : line;
    }
}
