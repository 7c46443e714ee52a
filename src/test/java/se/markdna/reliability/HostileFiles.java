package se.markdna.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Makes the hostile and broken files of the import corpus ({@code src/test/resources/se/markdna/hostile}).
 *
 * <p>The small binary workbooks are committed; {@link #main} rewrites them (byte for byte the same:
 * fixed zip timestamps, no randomness without a seed). The big ones (a million rows, 10,000
 * columns, a 5 MB cell, a zip bomb, ...) would bloat the repository, so the corpus holds a
 * {@code NAME.recipe} text file for each and {@link #generate} writes the real file into a temporary
 * folder when the test runs.
 *
 * <p>Workbooks are written as raw OOXML parts rather than through POI, because the point is files
 * POI itself would never write: duplicate zip entries, DOCTYPEs, empty parts, broken references.
 */
public final class HostileFiles {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** The property columns every property case uses (enough for a valid row). */
    static final List<String> PROPERTY_HEADER = List.of("Fastighetsbeteckning", "Namn", "Gatuadress", "Postnummer",
            "Postort", "Område", "Byggnadstyp", "Lägenheter", "Status", "Anteckningar");

    private HostileFiles() {
    }

    /** Rewrites the committed binary files into {@code args[0]} (the corpus folder). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/se/markdna/hostile");
        Files.createDirectories(dir);
        writeCommitted(dir);
    }

    static void writeCommitted(Path dir) throws IOException {
        Files.write(dir.resolve("renamed-pdf.xlsx"), pdf());
        Files.write(dir.resolve("renamed-pdf.csv"), pdf());
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        Files.write(dir.resolve("bom-only.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.write(dir.resolve("utf16-without-bom.csv"),
                "Fastighetsbeteckning;Namn\nLund Test 1:1;Hus\n".getBytes(StandardCharsets.UTF_16LE));
        // 0x81 and 0x8D are invalid in UTF-8 and undefined in Windows-1252: no encoding fits
        Files.write(dir.resolve("invalid-utf8.csv"), concat(
                "Fastighetsbeteckning;Namn;Gatuadress;Postnummer;Postort;Område;Byggnadstyp;Lägenheter;Status\n"
                        .getBytes(StandardCharsets.UTF_8),
                "Lund Test 1:1;Hus ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0x81, (byte) 0x8D},
                ";Testgatan 1;223 50;Lund;Klostergården;Flerbostadshus;20;Aktiv\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("zero-byte-sheet.xlsx"), workbook(Map.of("xl/worksheets/sheet1.xml", new byte[0])));
        Files.write(dir.resolve("duplicate-zip-entries.xlsx"), duplicateEntries());
        Files.write(dir.resolve("xxe-sheet.xlsx"), workbook(Map.of("xl/worksheets/sheet1.xml", utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + sheetXml(List.of(inlineRow(1, PROPERTY_HEADER),
                                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"))))));
        Files.write(dir.resolve("xxe-shared-strings.xlsx"), workbook(Map.of(
                "xl/sharedStrings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                        + "<sst xmlns=\"" + MAIN_NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>"),
                "xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, PROPERTY_HEADER),
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"))))));
        Files.write(dir.resolve("billion-laughs.xlsx"), workbook(Map.of("xl/sharedStrings.xml", utf8(billionLaughs()),
                "xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, PROPERTY_HEADER),
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"))))));
        Files.write(dir.resolve("bad-shared-string-index.xlsx"), workbook(Map.of(
                "xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, PROPERTY_HEADER),
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999</v></c></row>"))))));
        Files.write(dir.resolve("invalid-xml.xlsx"), workbook(Map.of("xl/worksheets/sheet1.xml", utf8(
                "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + inlineRow(1, PROPERTY_HEADER)
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lund Test 1:1</t></is></c>"))));
        byte[] valid = workbook(Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(propertyRows(40)))));
        Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(valid, valid.length / 2));
        Files.write(dir.resolve("gzip-renamed.xlsx"), gzip(utf8("Fastighetsbeteckning;Namn\n")));
        Files.write(dir.resolve("old-format.xls"), oldXls());
        Files.write(dir.resolve("no-known-sheet.xlsx"), workbook("Blad1", Map.of("xl/worksheets/sheet1.xml",
                utf8(sheetXml(List.of(inlineRow(1, List.of("Artikel", "Antal", "Pris")),
                        inlineRow(2, List.of("Skruv", "12", "3,50"))))))));
        Files.write(dir.resolve("dates-year0-99999.xlsx"), datesWorkbook());
        Files.write(dir.resolve("formulas.xlsx"), formulasWorkbook());
        Files.write(dir.resolve("wrong-types.xlsx"), wrongTypesWorkbook());
    }

    // ---------------------------------------------------------------- generated at test time

    /**
     * Writes the file a recipe stands for into {@code dir} and returns it. A recipe file's first
     * line is {@code kind: NAME}; the rest is a description for people.
     */
    static Path generate(Path recipe, Path dir) throws IOException {
        String kind = Files.readAllLines(recipe, StandardCharsets.UTF_8).get(0).replaceFirst("^kind:\\s*", "").strip();
        String name = recipe.getFileName().toString().replaceFirst("\\.recipe$", "");
        Path out = dir.resolve(name);
        switch (kind) {
            case "million-rows-csv" -> millionRows(out, 1_000_000);
            case "ten-thousand-columns-csv" -> manyColumnsCsv(out, 10_000);
            case "ten-thousand-columns-xlsx" -> Files.write(out, manyColumnsXlsx(10_000));
            case "five-mb-cell-csv" -> bigCellCsv(out, 5 * 1024 * 1024);
            case "five-mb-cell-xlsx" -> Files.write(out, bigCellXlsx(5 * 1024 * 1024));
            case "zip-bomb-xlsx" -> zipBomb(out, 512L * 1024 * 1024);
            case "too-many-entries-xlsx" -> Files.write(out, tooManyEntries(5_000));
            case "invalid-utf8-late-csv" -> invalidUtf8Late(out, 150);
            default -> throw new IllegalArgumentException("unknown recipe kind " + kind + " in " + recipe);
        }
        return out;
    }

    /** A million property rows, every one naming a district that does not exist. */
    static void millionRows(Path out, int rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(";", PROPERTY_HEADER));
            w.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                line.append("Lund Miljon ").append(i).append(":1;Hus ").append(i).append(";Miljongatan ").append(i)
                        .append(";223 50;Lund;Atlantis;Flerbostadshus;").append(10 + i % 90).append(";Aktiv;\n");
                w.append(line);
            }
        }
    }

    static void manyColumnsCsv(Path out, int columns) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(PROPERTY_HEADER);
            for (int i = header.size(); i < columns; i++) {
                header.add("Extra " + i);
            }
            w.write(String.join(";", header));
            w.write('\n');
            for (int r = 0; r < 3; r++) {
                w.write(validPropertyRow(r + 1));
                for (int i = PROPERTY_HEADER.size(); i < columns; i++) {
                    w.write(";x");
                }
                w.write('\n');
            }
        }
    }

    static byte[] manyColumnsXlsx(int columns) throws IOException {
        List<String> header = new ArrayList<>(PROPERTY_HEADER);
        for (int i = header.size(); i < columns; i++) {
            header.add("Extra " + i);
        }
        List<String> rows = new ArrayList<>();
        rows.add(inlineRow(1, header));
        List<String> data = new ArrayList<>(List.of(validPropertyRow(1).split(";", -1)));
        for (int i = data.size(); i < columns; i++) {
            data.add("x");
        }
        rows.add(inlineRow(2, data));
        return workbook(Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(rows))));
    }

    static void bigCellCsv(Path out, int chars) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(";", PROPERTY_HEADER));
            w.write('\n');
            w.write(validPropertyRow(1));
            w.write('\n');
            w.write(validPropertyRow(2));
            w.write(randomText(chars, 2));
            w.write('\n');
        }
    }

    /** Random letters, so the 5 MB cell does not compress into a zip bomb of its own. */
    static byte[] bigCellXlsx(int chars) throws IOException {
        List<String> cells = new ArrayList<>(List.of(validPropertyRow(2).split(";", -1)));
        cells.set(cells.size() - 1, randomText(chars, 5));
        return workbook(Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, PROPERTY_HEADER),
                inlineRow(2, List.of(validPropertyRow(1).split(";", -1))), inlineRow(3, cells))))));
    }

    /**
     * A workbook whose sheet part inflates to {@code size} bytes of one repeated character inside a
     * cell: a few MB on disk, gigabytes in memory for a reader without limits.
     */
    static void zipBomb(Path out, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : standardParts("Fastigheter").entrySet()) {
                if (!e.getKey().equals("xl/worksheets/sheet1.xml")) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            zip.putNextEntry(fixed(new ZipEntry("xl/worksheets/sheet1.xml")));
            zip.write(utf8("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + inlineRow(1, PROPERTY_HEADER)
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'A');
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.write(utf8("</t></is></c></row></sheetData></worksheet>"));
            zip.closeEntry();
        }
    }

    static byte[] tooManyEntries(int extra) throws IOException {
        Map<String, byte[]> parts = standardParts("Fastigheter");
        parts.put("xl/worksheets/sheet1.xml", utf8(sheetXml(propertyRows(3))));
        for (int i = 0; i < extra; i++) {
            parts.put("customXml/item" + i + ".xml", utf8("<x/>"));
        }
        return zip(parts);
    }

    /**
     * Valid UTF-8 for well over the first 64 KB (so UTF-8 is detected), then a stray byte on a late
     * line. Long notes make the file big with few rows, so the rows before the bad one import fast.
     */
    static void invalidUtf8Late(Path out, int rows) throws IOException {
        String notes = "Lång anteckning om porten och källaren. ".repeat(20);
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            o.write(utf8(String.join(";", PROPERTY_HEADER) + "\n"));
            for (int i = 1; i <= rows; i++) {
                o.write(utf8(validPropertyRow(i) + notes));
                if (i == rows - 10) {
                    o.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0});
                }
                o.write('\n');
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static String validPropertyRow(int i) {
        return "Lund Fientlig " + i + ":1;Hus " + i + ";Testgatan " + i + ";223 50;Lund;Klostergården;Flerbostadshus;"
                + (10 + i % 90) + ";Aktiv;";
    }

    static List<String> propertyRows(int n) {
        List<String> rows = new ArrayList<>();
        rows.add(inlineRow(1, PROPERTY_HEADER));
        for (int i = 1; i <= n; i++) {
            rows.add(inlineRow(i + 1, List.of(validPropertyRow(i).split(";", -1))));
        }
        return rows;
    }

    static String randomText(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    static byte[] pdf() {
        return utf8("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String inlineRow(int r, List<String> values) {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty()) {
                continue;
            }
            b.append("<c r=\"").append(column(i)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(values.get(i))).append("</t></is></c>");
        }
        return b.append("</row>").toString();
    }

    static String sheetXml(List<String> rows) {
        return "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + String.join("", rows) + "</sheetData></worksheet>";
    }

    static Map<String, byte[]> standardParts(String sheetName) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets><sheet name=\""
                + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
        // style 1 is a date (built-in format 14), style 2 a plain number
        parts.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<styleSheet xmlns=\"" + MAIN_NS + "\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/>"
                + "</fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"2\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"));
        parts.put("xl/sharedStrings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"" + MAIN_NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>x</t></si></sst>"));
        parts.put("xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, PROPERTY_HEADER)))));
        return parts;
    }

    static byte[] workbook(Map<String, byte[]> overrides) throws IOException {
        return workbook("Fastigheter", overrides);
    }

    static byte[] workbook(String sheetName, Map<String, byte[]> overrides) throws IOException {
        Map<String, byte[]> parts = standardParts(sheetName);
        parts.putAll(overrides);
        return zip(parts);
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(fixed(new ZipEntry(name)));
        zip.write(data);
        zip.closeEntry();
    }

    /** A fixed timestamp, so regenerating the committed files gives the same bytes. */
    private static ZipEntry fixed(ZipEntry e) {
        e.setTime(315_532_800_000L); // 1980-01-01, the earliest a zip can hold
        return e;
    }

    /**
     * Two entries called xl/worksheets/sheet1.xml (ZipOutputStream refuses that, so the second is
     * written under a same-length name and renamed in the bytes): a reader that takes the first
     * sees harmless data, one that takes the last sees other data.
     */
    static byte[] duplicateEntries() throws IOException {
        Map<String, byte[]> parts = standardParts("Fastigheter");
        parts.put("xl/worksheets/sheet1.xml", utf8(sheetXml(propertyRows(2))));
        List<String> other = new ArrayList<>(propertyRows(2));
        other.set(1, inlineRow(2, List.of(validPropertyRow(666).split(";", -1))));
        parts.put("xl/worksheets/sheetX.xml", utf8(sheetXml(other)));
        byte[] zip = zip(parts);
        byte[] from = utf8("xl/worksheets/sheetX.xml");
        byte[] to = utf8("xl/worksheets/sheet1.xml");
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE sst [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 10; i++) {
            b.append("<!ENTITY l").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                b.append("&l").append(i - 1).append(';');
            }
            b.append("\">\n");
        }
        return b.append("]>\n<sst xmlns=\"").append(MAIN_NS).append("\" count=\"1\" uniqueCount=\"1\"><si><t>&l10;</t>")
                .append("</si></sst>").toString();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        byte[] out = bytes.toByteArray();
        out[4] = out[5] = out[6] = out[7] = 0; // no modification time: same bytes every time
        return out;
    }

    static byte[] oldXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var row = wb.createSheet("Fastigheter").createRow(0);
            for (int i = 0; i < PROPERTY_HEADER.size(); i++) {
                row.createCell(i).setCellValue(PROPERTY_HEADER.get(i));
            }
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * Sprayers with date cells for year 0 (serial -693,594: before Excel's epoch), year 99,999
     * (serial 35,830,000) and a serial too large for any calendar.
     */
    static byte[] datesWorkbook() throws IOException {
        List<String> header = List.of("Serienummer", "Fastighetsbeteckning", "Placering", "Lösningskod", "Utlösning",
                "Installerad", "Patron fylld", "Senaste service", "Status");
        List<String> rows = new ArrayList<>();
        rows.add(inlineRow(1, header));
        String[][] dates = {{"-693594", "-1", "0"}, {"35830000", "2958466", "1e300"}};
        for (int i = 0; i < dates.length; i++) {
            int r = i + 2;
            rows.add("<row r=\"" + r + "\">"
                    + inline("A" + r, "DS-FIENTLIG-" + r) + inline("B" + r, "Lund Klostergården 2:14")
                    + inline("C" + r, "Källare") + inline("D" + r, "SDN-FIENTLIG-" + r) + inline("E" + r, "Dörrkontakt")
                    + dateCell("F" + r, dates[i][0]) + dateCell("G" + r, dates[i][1]) + dateCell("H" + r, dates[i][2])
                    + inline("I" + r, "Aktiv") + "</row>");
        }
        return workbook("Sprutor", Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(rows))));
    }

    /** Formulas where values belong: cached errors, no cached value, a string result in a number column. */
    static byte[] formulasWorkbook() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(inlineRow(1, PROPERTY_HEADER));
        rows.add("<row r=\"2\">" + inline("A2", "Lund Formel 1:1") + inline("B2", "=HYPERLINK(\"http://example.org\")")
                + inline("C2", "Formelgatan 1") + inline("D2", "223 50") + inline("E2", "Lund")
                + inline("F2", "Klostergården") + inline("G2", "Flerbostadshus")
                + "<c r=\"H2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>" + inline("I2", "Aktiv") + "</row>");
        rows.add("<row r=\"3\">" + inline("A3", "Lund Formel 2:1") + inline("B3", "Hus")
                + inline("C3", "Formelgatan 2") + inline("D3", "223 50") + inline("E3", "Lund")
                + "<c r=\"F3\" t=\"str\"><f>CONCATENATE(\"Atl\",\"antis\")</f><v>Atlantis</v></c>"
                + inline("G3", "Flerbostadshus") + "<c r=\"H3\" t=\"str\"><f>\"tjugo\"</f><v>tjugo</v></c>"
                + "<c r=\"I3\"><f>cmd|' /C calc'!A0</f></c>" + "</row>");
        return workbook(Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(rows))));
    }

    /** The wrong cell type in every column: booleans for text, text for numbers, numbers for dates. */
    static byte[] wrongTypesWorkbook() throws IOException {
        List<String> header = List.of("Serienummer", "Fastighetsbeteckning", "Placering", "Lösningskod", "Utlösning",
                "Installerad", "Patron fylld", "Serviceintervall mån", "Senaste service", "Varningsskylt", "Status");
        String r2 = "<row r=\"2\">" + "<c r=\"A2\" t=\"b\"><v>1</v></c>" + "<c r=\"B2\"><v>3.14</v></c>"
                + "<c r=\"C2\" t=\"b\"><v>0</v></c>" + "<c r=\"D2\" t=\"n\"><v>42</v></c>"
                + "<c r=\"E2\"><v>7</v></c>" + inline("F2", "igår") + "<c r=\"G2\" s=\"2\"><v>45000.5</v></c>"
                + inline("H2", "tolv") + "<c r=\"I2\" t=\"b\"><v>1</v></c>" + "<c r=\"J2\"><v>2</v></c>"
                + dateCell("K2", "45000") + "</row>";
        return workbook("Sprutor", Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml(List.of(inlineRow(1, header),
                r2)))));
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
    }

    private static String dateCell(String ref, String serial) {
        return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
