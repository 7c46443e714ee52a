package se.markdna.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import se.markdna.io.csv.CsvFormatException.Reason;

/**
 * Reads the CSV files Swedish users produce (Excel "CSV (semicolon)", "CSV UTF-8", LibreOffice, ...).
 *
 * <ul>
 *   <li>Encoding: a UTF-8 BOM means UTF-8; a UTF-16 BOM means UTF-16 (Excel "Unicode text");
 *       otherwise the first 64 KB are checked: valid UTF-8 means UTF-8, else Windows-1252.
 *       Decoding is strict: bytes invalid in the chosen encoding anywhere in the file give
 *       {@link Reason#INVALID_ENCODING} with the line they are on.</li>
 *   <li>Separator: whichever of {@code ;} {@code ,} tab occurs most outside quotes on the header line
 *       (ties: {@code ;} first, then tab). Rows may have fewer or more cells than the header;
 *       callers validate.</li>
 *   <li>RFC 4180 quoting; CRLF, LF or CR line ends; rows whose cells are all blank are skipped.</li>
 *   <li>Header cells are trimmed; data cells are returned exactly as in the file.</li>
 * </ul>
 *
 * <p>All problems with the content are reported as the unchecked {@link CsvFormatException};
 * I/O failures as {@link IOException} (or {@link java.io.UncheckedIOException} from a cursor's
 * iterator methods). Every method closes the stream it reads from when done or on failure;
 * for {@link #open} that happens when the cursor is closed.
 */
public final class CsvReader {

    /** Number of leading bytes inspected to detect encoding and binary content. */
    public static final int DETECTION_BYTES = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Safety limits.
     *
     * @param maxFieldChars longest allowed field, in chars
     * @param maxFields     most fields in one record
     * @param maxRecords    most data records (header not counted)
     */
    public record Limits(int maxFieldChars, int maxFields, long maxRecords) {

        /** 1 MiB per field, 5,000 fields per record, 2,000,000 records. */
        public static final Limits DEFAULT = new Limits(1024 * 1024, 5_000, 2_000_000L);

        public Limits {
            if (maxFieldChars < 1 || maxFields < 1 || maxRecords < 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private CsvReader() {
    }

    /** Opens a streaming cursor on a file; the header is read immediately. */
    public static CsvCursor open(Path path) throws IOException {
        return open(Files.newInputStream(path), fileName(path), Limits.DEFAULT);
    }

    /** Opens a streaming cursor; the stream is closed when the cursor is closed (or on failure). */
    public static CsvCursor open(InputStream in, String sourceName) throws IOException {
        return open(in, sourceName, Limits.DEFAULT);
    }

    /** Opens a streaming cursor with custom limits. */
    public static CsvCursor open(InputStream in, String sourceName, Limits limits) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        try {
            return openUnsafe(in, sourceName, limits);
        } catch (IOException | RuntimeException | Error e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Reads a whole file into memory. */
    public static CsvTable read(Path path) throws IOException {
        return read(Files.newInputStream(path), fileName(path), Limits.DEFAULT);
    }

    /** Reads a whole stream into memory and closes it. */
    public static CsvTable read(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, Limits.DEFAULT);
    }

    /** Reads a whole stream into memory with custom limits and closes it. */
    public static CsvTable read(InputStream in, String sourceName, Limits limits) throws IOException {
        try (CsvCursor cursor = open(in, sourceName, limits)) {
            List<CsvRow> rows = new ArrayList<>();
            while (cursor.hasNext()) {
                rows.add(cursor.next());
            }
            return new CsvTable(cursor.sourceName(), cursor.charset(), cursor.separator(), cursor.headers(), rows);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Feeds every data row of a file to {@code rows} without keeping them in memory.
     * Use {@link #open(Path)} instead if the headers are needed before the rows.
     *
     * @return the number of data rows
     */
    public static long stream(Path path, Consumer<CsvRow> rows) throws IOException {
        return stream(Files.newInputStream(path), fileName(path), rows);
    }

    /** As {@link #stream(Path, Consumer)}, for a stream (closed at the end). */
    public static long stream(InputStream in, String sourceName, Consumer<CsvRow> rows) throws IOException {
        try (CsvCursor cursor = open(in, sourceName, Limits.DEFAULT)) {
            while (cursor.hasNext()) {
                rows.accept(cursor.next());
            }
            return cursor.rowsRead();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static CsvCursor openUnsafe(InputStream in, String sourceName, Limits limits) throws IOException {
        byte[] head = in.readNBytes(DETECTION_BYTES);
        boolean wholeFile = head.length < DETECTION_BYTES;
        int offset = 0;
        Charset charset = null;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        int length = head.length - offset;
        boolean utf16 = charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE;
        if (length == 0 || (!utf16 && onlyWhitespace(head, offset))) {
            throw new CsvFormatException(Reason.EMPTY_FILE, 0, sourceName, null);
        }
        if (!utf16) {
            String binary = binaryKind(head, offset);
            if (binary != null) {
                throw new CsvFormatException(Reason.NOT_TEXT, 0, sourceName, binary, binaryArgument(head, offset));
            }
        }
        if (charset == null) {
            charset = isUtf8(head, offset, length, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        RecordParser parser = new RecordParser(new DecodingReader(in, charset, head, offset, length), sourceName, limits);
        parser.prime();
        char separator = parser.detectSeparator();
        parser.separator(separator);
        return new CsvCursor(parser, sourceName, charset, separator, limits.maxRecords());
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyWhitespace(byte[] data, int offset) {
        for (int i = offset; i < data.length; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** Returns a description if the bytes look like a binary file, else null. */
    static String binaryKind(byte[] data, int offset) {
        String magic = magic(data, offset);
        if (magic != null) {
            return "looks like " + magic;
        }
        int controls = 0;
        for (int i = offset; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes";
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1A)
                    || b == 0x7F) {
                controls++;
            }
        }
        int length = data.length - offset;
        if (controls >= 3 && controls * 100L > length) {
            return "contains many control characters";
        }
        return null;
    }

    /** What {@link #binaryKind} found, as the exception's argument (see {@link CsvFormatException#argument()}). */
    private static String binaryArgument(byte[] data, int offset) {
        String magic = magic(data, offset);
        if (magic != null) {
            return magic;
        }
        for (int i = offset; i < data.length; i++) {
            if (data[i] == 0) {
                return CsvFormatException.NUL_BYTES;
            }
        }
        return CsvFormatException.CONTROL_CHARACTERS;
    }

    private static String magic(byte[] data, int offset) {
        String[][] signatures = {
            {"PDF", "%PDF-"},
            {"ZIP/xlsx/docx", "PK\u0003\u0004"},
            {"ZIP", "PK\u0005\u0006"},
            {"old Excel/Word (OLE2)", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1"},
            {"PNG image", "\u0089PNG"},
            {"JPEG image", "\u00FF\u00D8\u00FF"},
            {"GIF image", "GIF8"},
            {"gzip", "\u001F\u008B"},
            {"7-Zip", "7z\u00BC\u00AF"},
            {"RAR", "Rar!"},
        };
        for (String[] signature : signatures) {
            String bytes = signature[1];
            if (data.length - offset < bytes.length()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < bytes.length() && match; i++) {
                match = (data[offset + i] & 0xFF) == bytes.charAt(i);
            }
            if (match) {
                return signature[0];
            }
        }
        return null;
    }

    private static boolean isUtf8(byte[] data, int offset, int length, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        // not end of input unless the whole file is here: a sequence cut at 64 KB is not an error
        CoderResult result = decoder.decode(in, out, wholeFile);
        return !result.isError();
    }
}
