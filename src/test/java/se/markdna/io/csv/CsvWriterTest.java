package se.markdna.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    private interface Body {
        void write(CsvWriter w) throws IOException;
    }

    private static byte[] write(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out)) {
            body.write(w);
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void writesBomSemicolonAndCrlf() throws IOException {
        byte[] bytes = write(w -> w.writeRow("Namn", "Ort").writeRow("Åsa", "Örebro"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        assertThat(text(bytes)).isEqualTo("\uFEFFNamn;Ort\r\nÅsa;Örebro\r\n");
    }

    @Test
    void quotesOnlyWhenNeeded() throws IOException {
        String out = text(write(w -> w.writeRow("plain", "a;b", "say \"hi\"", "two\nlines", " lead", "trail ",
                "", "a,b", "x\ry")));
        assertThat(out).isEqualTo("\uFEFFplain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\" lead\";\"trail \";;"
                + "\"a,b\";\"x\ry\"\r\n");
    }

    @Test
    void roundTrip(@TempDir Path dir) throws IOException {
        List<List<String>> rows = List.of(
                List.of("Namn", "Adress, ort", "Anteckning"),
                List.of("Åsa Öberg", "Gånggatan 3; Södra Sandby", "säger \"hej\""),
                List.of("ÅÄÖ åäö é", "rad1\r\nrad2\nrad3", "  mellanslag  "),
                List.of("=SUM(A1)", "-12", "@x"),
                List.of("\ttab", "\rcr", "+46 70"),
                List.of("sista", "", "'redan"),
                List.of("'=redan skyddad", "''-2", "ok"));
        Path file = dir.resolve("ut.csv");
        try (CsvWriter w = CsvWriter.open(file)) {
            for (List<String> row : rows) {
                w.writeRow(row);
            }
        }
        CsvTable t = CsvReader.read(file);
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.headers()).isEqualTo(rows.get(0));
        assertThat(t.rows()).hasSize(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            List<String> back = new ArrayList<>();
            for (String v : t.rows().get(i - 1).values()) {
                back.add(CsvValues.unprotect(v));
            }
            assertThat(back).isEqualTo(rows.get(i));
        }
        assertThat(t.rows().get(2).get(0)).isEqualTo("'=SUM(A1)");
        assertThat(t.rows().get(3).lineNumber()).isEqualTo(7); // row 2 spans three lines
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+46", "-3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
    void protectsFormulaLikeText(String value) throws IOException {
        CsvTable t = CsvReader.read(new ByteArrayInputStream(write(w -> w.writeRow("h").writeRow(value))), "p");
        assertThat(t.rows().get(0).get(0)).isEqualTo("'" + value);
        assertThat(CsvValues.unprotect(t.rows().get(0).get(0))).isEqualTo(value);
    }

    @Test
    void protectedStartsWithApostropheInTheFile() throws IOException {
        assertThat(text(write(w -> w.writeRow("=1", "-x", "ok")))).isEqualTo("\uFEFF'=1;'-x;ok\r\n");
        assertThat(text(write(w -> w.writeRow("\tx")))).isEqualTo("\uFEFF\"'\tx\"\r\n");
    }

    @Test
    void numbersAndDatesAreNotProtected() throws IOException {
        String out = text(write(w -> w.writeValues(-12.5, -3, new BigDecimal("-0.50"), 7L, 1.0e10,
                LocalDate.of(2024, 3, 5), LocalDateTime.of(2024, 3, 5, 14, 30), null, "-text", "=x", 2.5f)));
        assertThat(out).isEqualTo("\uFEFF-12.5;-3;-0.50;7;10000000000;2024-03-05;2024-03-05 14:30:00;;'-text;'=x;2.5\r\n");
    }

    @Test
    void nonFiniteDoublesAreText() throws IOException {
        assertThat(text(write(w -> w.writeValues(Double.NEGATIVE_INFINITY, Double.NaN))))
                .isEqualTo("\uFEFF'-Infinity;NaN\r\n");
    }

    @Test
    void nullTextCellsAreEmpty() throws IOException {
        assertThat(text(write(w -> w.writeRow(Arrays.asList("a", null, "b"))))).isEqualTo("\uFEFFa;;b\r\n");
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        CsvWriter w = CsvWriter.open(new ByteArrayOutputStream());
        w.close();
        assertThatThrownBy(() -> w.writeRow("x")).isInstanceOf(IOException.class);
    }
}
