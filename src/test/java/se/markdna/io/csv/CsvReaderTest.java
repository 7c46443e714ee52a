package se.markdna.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.markdna.io.csv.CsvFormatException.Reason;

class CsvReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static CsvTable read(byte[] bytes) throws IOException {
        return CsvReader.read(new ByteArrayInputStream(bytes), "test.csv");
    }

    private static CsvTable read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvFormatException failure(byte[] bytes) {
        return catchThrowableOfType(CsvFormatException.class, () -> read(bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void semicolonFile() throws IOException {
        CsvTable t = read("Namn;Ort;Antal\nAnna;Lund;3\nBo;Malmö;4\n");
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.headers()).containsExactly("Namn", "Ort", "Antal");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).values()).containsExactly("Bo", "Malmö", "4");
        assertThat(t.rows().get(1).lineNumber()).isEqualTo(3);
        assertThat(t.sourceName()).isEqualTo("test.csv");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void commaFile() throws IOException {
        CsvTable t = read("name,city,amount\n\"Smith, John\",Lund,\"1,5\"\n");
        assertThat(t.separator()).isEqualTo(',');
        assertThat(t.rows().get(0).values()).containsExactly("Smith, John", "Lund", "1,5");
    }

    @Test
    void tabFile() throws IOException {
        CsvTable t = read("a\tb\tc\n1\t2,5\t3;4\n");
        assertThat(t.separator()).isEqualTo('\t');
        assertThat(t.rows().get(0).values()).containsExactly("1", "2,5", "3;4");
    }

    @Test
    void separatorDetectionIgnoresQuotedAndPrefersSemicolonOnTie() throws IOException {
        assertThat(read("\"a,b,c\";d\n1;2\n").separator()).isEqualTo(';');
        assertThat(read("a;b,c\n1;2\n").separator()).isEqualTo(';');
        assertThat(read("onlyone\nx\n").separator()).isEqualTo(';');
        assertThat(read("onlyone\nx\n").rows().get(0).values()).containsExactly("x");
    }

    @Test
    void separatorDetectedFromFirstNonBlankLine() throws IOException {
        CsvTable t = read("\n\n  \na,b\n1,2\n");
        assertThat(t.separator()).isEqualTo(',');
        assertThat(t.headers()).containsExactly("a", "b");
        assertThat(t.rows().get(0).lineNumber()).isEqualTo(5);
    }

    @Test
    void bomAndNoBomGiveSameValues() throws IOException {
        String text = "Gata;Ort\nGånggatan;Södra Sandby\n";
        CsvTable withBom = read(concat(BOM, text.getBytes(StandardCharsets.UTF_8)));
        CsvTable without = read(text);
        assertThat(withBom.headers()).containsExactly("Gata", "Ort");
        assertThat(withBom.headers().get(0)).doesNotStartWith("\uFEFF");
        assertThat(withBom.rows().get(0).values()).containsExactly("Gånggatan", "Södra Sandby");
        assertThat(without.rows().get(0).values()).isEqualTo(withBom.rows().get(0).values());
        assertThat(withBom.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void windows1252FallbackDecodesSwedishLetters() throws IOException {
        byte[] bytes = "Ort;Gata;Bokstav\nSödra Sandby;Gånggatan;Ö\nÅÄÖ;åäö;é\n".getBytes(CP1252);
        CsvTable t = read(bytes);
        assertThat(t.charset()).isEqualTo(CP1252);
        assertThat(t.rows().get(0).values()).containsExactly("Södra Sandby", "Gånggatan", "Ö");
        assertThat(t.rows().get(1).values()).containsExactly("ÅÄÖ", "åäö", "é");
    }

    @Test
    void utf16WithBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Namn\tOrt\nÅsa\tÖrebro\n".getBytes(StandardCharsets.UTF_16LE));
        CsvTable t = read(bytes);
        assertThat(t.separator()).isEqualTo('\t');
        assertThat(t.rows().get(0).values()).containsExactly("Åsa", "Örebro");
    }

    @Test
    void invalidUtf8AfterDetectionWindowReportsLine() {
        StringBuilder sb = new StringBuilder("Namn;Ort\n");
        int lines = 1;
        while (sb.length() < CsvReader.DETECTION_BYTES + 1000) {
            sb.append("Åsa;Göteborg\n");
            lines++;
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Bo;G".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, bad, new byte[] {(byte) 0xF6}, "teborg\nCe;Lund\n".getBytes(StandardCharsets.UTF_8));
        assertThat(good.length).isGreaterThan(CsvReader.DETECTION_BYTES);

        CsvFormatException e = failure(bytes);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
        assertThat(e.line()).isEqualTo(lines + 1);
        assertThat(e.getMessage()).contains("Line " + (lines + 1)).contains("test.csv");
    }

    @Test
    void invalidEncodingRowsBeforeTheErrorAreStreamed() throws IOException {
        StringBuilder sb = new StringBuilder("a;b\n");
        while (sb.length() < 70_000) {
            sb.append("ä;ö\n");
        }
        byte[] bytes = concat(sb.toString().getBytes(StandardCharsets.UTF_8), new byte[] {'x', (byte) 0xC3, '\n'});
        List<CsvRow> seen = new ArrayList<>();
        try (CsvCursor cursor = CsvReader.open(new ByteArrayInputStream(bytes), "s.csv")) {
            assertThatThrownBy(() -> cursor.forEachRemaining(seen::add))
                    .isInstanceOf(CsvFormatException.class)
                    .extracting(ex -> ((CsvFormatException) ex).reason())
                    .isEqualTo(Reason.INVALID_ENCODING);
        }
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).values()).containsExactly("ä", "ö");
    }

    @Test
    void quotedSeparatorsDoubledQuotesAndNewlines() throws IOException {
        String text = "id;text;note\n"
                + "1;\"a;b\";\"say \"\"hi\"\"\"\n"
                + "2;\"line1\nline2\nline3\";x\n"
                + "3;after;y\n";
        CsvTable t = read(text);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).values()).containsExactly("1", "a;b", "say \"hi\"");
        assertThat(t.rows().get(0).lineNumber()).isEqualTo(2);
        assertThat(t.rows().get(1).values()).containsExactly("2", "line1\nline2\nline3", "x");
        assertThat(t.rows().get(1).lineNumber()).isEqualTo(3);
        assertThat(t.rows().get(2).lineNumber()).isEqualTo(6);
        assertThat(t.rows().get(2).values()).containsExactly("3", "after", "y");
    }

    @Test
    void crlfAndEmbeddedCrlf() throws IOException {
        CsvTable t = read("a;b\r\n1;\"x\r\ny\"\r\n2;z\r\n");
        assertThat(t.headers()).containsExactly("a", "b");
        assertThat(t.rows().get(0).values()).containsExactly("1", "x\r\ny");
        assertThat(t.rows().get(1).values()).containsExactly("2", "z");
        assertThat(t.rows().get(1).lineNumber()).isEqualTo(4);
    }

    @Test
    void loneCrLineEnds() throws IOException {
        CsvTable t = read("a;b\r1;2\r3;4");
        assertThat(t.rows()).extracting(CsvRow::lineNumber).containsExactly(2, 3);
        assertThat(t.rows().get(1).values()).containsExactly("3", "4");
    }

    @Test
    void blankLinesAndEmptyRowsSkipped() throws IOException {
        CsvTable t = read("a;b\n\n1;2\r\n\r\n   \n;;\n3;4\n\n");
        assertThat(t.rows()).extracting(CsvRow::lineNumber).containsExactly(3, 7);
        assertThat(t.rows().get(1).values()).containsExactly("3", "4");
    }

    @Test
    void headersTrimmedValuesKept() throws IOException {
        CsvTable t = read(" Namn ; Ort \n Anna ;Lund  \n");
        assertThat(t.headers()).containsExactly("Namn", "Ort");
        assertThat(t.rows().get(0).values()).containsExactly(" Anna ", "Lund  ");
        assertThat(t.columnIndex("ort")).isEqualTo(1);
        assertThat(t.columnIndex("x")).isEqualTo(-1);
    }

    @Test
    void shortAndLongRowsAreKept() throws IOException {
        CsvTable t = read("a;b;c\n1\n1;2;3;4\n");
        CsvRow shortRow = t.rows().get(0);
        assertThat(shortRow.size()).isEqualTo(1);
        assertThat(shortRow.get(0)).isEqualTo("1");
        assertThat(shortRow.get(2)).isEmpty();
        assertThat(t.rows().get(1).values()).hasSize(4);
    }

    @Test
    void mixedSeparatorsAreReportedNotRejected() throws IOException {
        CsvTable t = read("Namn\nAnna;Lund;3\n");
        assertThat(t.headers()).containsExactly("Namn");
        assertThat(t.rows().get(0).values()).containsExactly("Anna", "Lund", "3");
    }

    @Test
    void lenientStrayQuotes() throws IOException {
        CsvTable t = read("a;b\n5\" rör;\"ab\"c\n");
        assertThat(t.rows().get(0).values()).containsExactly("5\" rör", "abc");
    }

    @Test
    void fileWithoutTrailingNewlineAndEmptyLastField() throws IOException {
        CsvTable t = read("a;b;c\n1;;");
        assertThat(t.rows().get(0).values()).containsExactly("1", "", "");
    }

    @Test
    void unterminatedQuoteReportsLineWhereItOpens() {
        CsvFormatException e = failure("a;b\n1;2\n3;\"open\n4;5\n6;7\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.UNTERMINATED_QUOTE);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("Line 3").contains("unterminated quote");
    }

    @Test
    void unterminatedQuoteAtEndOfFile() {
        CsvFormatException e = failure("a;b\n1;\"".getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.UNTERMINATED_QUOTE);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void twoMebibyteFieldIsTooLarge() {
        String big = "x".repeat(2 * 1024 * 1024);
        CsvFormatException e = failure(("a;b\n1;2\n3;" + big + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.FIELD_TOO_LARGE);
        assertThat(e.line()).isEqualTo(3);

        CsvFormatException quoted = failure(("a;b\n\"" + big + "\"\n").getBytes(StandardCharsets.UTF_8));
        assertThat(quoted.reason()).isEqualTo(Reason.FIELD_TOO_LARGE);
        assertThat(quoted.line()).isEqualTo(2);
    }

    @Test
    void fieldJustUnderTheLimitIsFine() throws IOException {
        String big = "å".repeat(1024 * 1024);
        CsvTable t = read("a\n" + big + "\n");
        assertThat(t.rows().get(0).get(0)).hasSize(1024 * 1024);
    }

    @Test
    void tooManyFields() {
        String header = "a;".repeat(5_000) + "b\n";
        CsvFormatException e = failure(("x\n1\n" + header).getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_FIELDS);
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void exactly5000FieldsIsFine() throws IOException {
        CsvTable t = read("a;".repeat(4_999) + "b\n");
        assertThat(t.headers()).hasSize(5_000);
    }

    @Test
    void tooManyRows() {
        CsvReader.Limits limits = new CsvReader.Limits(1024, 10, 3);
        byte[] ok = "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8);
        byte[] tooMany = "a\n1\n2\n\n3\n4\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(CsvFormatException.class,
                () -> CsvReader.read(new ByteArrayInputStream(ok), "x", limits))).isNull();
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
                () -> CsvReader.read(new ByteArrayInputStream(tooMany), "x", limits));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
        assertThat(e.line()).isEqualTo(6);
        assertThat(CsvReader.Limits.DEFAULT.maxRecords()).isEqualTo(2_000_000L);
    }

    @Test
    void pdfIsNotText() {
        byte[] pdf = concat("%PDF-1.7\n%".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n', 0, 0, 0, 1, 2});
        CsvFormatException e = failure(pdf);
        assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(e.getMessage()).contains("PDF");
    }

    @Test
    void zipAndXlsxAreNotText() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        assertThat(failure(zip).reason()).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void nulBytesAreNotText() {
        byte[] bytes = concat("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 'x'});
        assertThat(failure(bytes).reason()).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void emptyFiles() {
        assertThat(failure(new byte[0]).reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(failure(BOM).reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(failure(concat(BOM, " \r\n\n\t ".getBytes(StandardCharsets.UTF_8))).reason())
                .isEqualTo(Reason.EMPTY_FILE);
        assertThat(failure(";;\n;;\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(failure(new byte[0]).line()).isZero();
    }

    @Test
    void headerOnlyGivesNoRows() throws IOException {
        CsvTable t = read("a;b\n");
        assertThat(t.headers()).containsExactly("a", "b");
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void readsFromPathAndStreams(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fastigheter.csv");
        Files.write(file, "Namn;Ort\nA;B\nC;D\n".getBytes(CP1252));
        CsvTable t = CsvReader.read(file);
        assertThat(t.sourceName()).isEqualTo("fastigheter.csv");
        List<String> firsts = new ArrayList<>();
        long count = CsvReader.stream(file, row -> firsts.add(row.get(0)));
        assertThat(count).isEqualTo(2);
        assertThat(firsts).containsExactly("A", "C");
        try (CsvCursor cursor = CsvReader.open(file)) {
            assertThat(cursor.headers()).containsExactly("Namn", "Ort");
            assertThat(cursor.headerLine()).isEqualTo(1);
            assertThat(cursor.next().values()).containsExactly("A", "B");
            assertThat(cursor.hasNext()).isTrue();
            assertThat(cursor.next().lineNumber()).isEqualTo(3);
            assertThat(cursor.hasNext()).isFalse();
        }
    }

    @Test
    void largeFileStreamsEveryCell() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 20; c++) {
            sb.append(c == 0 ? "" : ";").append("Kolumn ").append(c);
        }
        sb.append("\r\n");
        for (int r = 0; r < 100_000; r++) {
            for (int c = 0; c < 20; c++) {
                if (c > 0) {
                    sb.append(';');
                }
                if (c == 5) {
                    sb.append("\"Gånggatan ").append(r).append("; lgh 2\"");
                } else {
                    sb.append("värde").append(r % 97).append('_').append(c);
                }
            }
            sb.append("\r\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        read(bytes); // warm up
        long start = System.nanoTime();
        long[] count = {0};
        CsvReader.stream(new ByteArrayInputStream(bytes), "big.csv", row -> count[0] += row.size());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(count[0]).isEqualTo(2_000_000L);
        System.out.println("100,000 x 20 streamed in " + millis + " ms (" + bytes.length / 1024 + " KiB)");
    }
}
