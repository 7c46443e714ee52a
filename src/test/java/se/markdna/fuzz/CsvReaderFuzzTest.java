package se.markdna.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.csv.CsvReader;
import se.markdna.io.interchange.Headers;
import se.markdna.io.interchange.Sheet;

/**
 * Whatever bytes arrive, the CSV reader either reads them or rejects them with a
 * CsvFormatException that says what and where; anything else escaping is a bug. The committed
 * inputs under src/test/resources replay in every ./mvnw verify; JAZZER_FUZZ=1 fuzzes for real.
 */
class CsvReaderFuzzTest {

    private static final CsvReader.Limits SMALL = new CsvReader.Limits(64 * 1024, 500, 10_000);

    @FuzzTest(maxDuration = "30s")
    void readsOrRejectsCleanly(byte[] input) throws IOException {
        try {
            var table = CsvReader.read(new ByteArrayInputStream(input), "fuzz.csv", SMALL);
            List<String> headers = table.headers();
            Headers.recognise(headers);
            Headers.match(Sheet.PROPERTIES, headers);
            for (var row : table.rows()) {
                if (row.lineNumber() < 1) {
                    throw new AssertionError("line numbers start at 1: " + row.lineNumber());
                }
            }
        } catch (CsvFormatException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a rejection must say why", expected);
            }
        }
    }
}
