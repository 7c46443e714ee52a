package se.markdna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import se.markdna.i18n.Messages;
import se.markdna.io.csv.CsvFormatException;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.io.interchange.SpreadsheetFileException.Reason;
import se.markdna.service.exchange.ImportMessages;

/** A file problem reads as one sentence saying what and where, in Swedish first and in English. */
class FileProblemMessagesTest {

    private final Messages sv = new Messages(Messages.SWEDISH);
    private final Messages en = new Messages(Messages.ENGLISH);

    @Test
    void everyReasonHasATextInBothLanguages() {
        for (Reason r : Reason.values()) {
            assertThat(sv.has("exchange.problem." + r.name())).as("sv " + r).isTrue();
            assertThat(en.has("exchange.problem." + r.name())).as("en " + r).isTrue();
        }
    }

    @Test
    void aLocatedProblemNamesFileSheetRowAndColumn() {
        SpreadsheetFileException e = SpreadsheetFileException.builder(Reason.CELL_TOO_LARGE, "fastigheter.xlsx")
                .sheet("Fastigheter").row(3).column("Anteckningar").argument(1_048_576).build();
        assertThat(plain(new ImportMessages(sv).fileError(e))).isEqualTo(
                "Filen fastigheter.xlsx, bladet Fastigheter, rad 3, kolumn Anteckningar: cellen är längre än"
                        + " 1 048 576 tecken");
        assertThat(plain(new ImportMessages(en).fileError(e))).isEqualTo(
                "File fastigheter.xlsx, sheet Fastigheter, row 3, column Anteckningar: the cell is longer than"
                        + " 1,048,576 characters");
    }

    @Test
    void aDamagedFileSaysWhereItBrokeAndTheTechnicalCauseAfterwards() {
        SpreadsheetFileException e = SpreadsheetFileException.builder(Reason.DAMAGED, "a.xlsx").sheet("Sprutor")
                .afterRow(120).detail("ParseError at [row,col]:[1,710]\nMessage: more").build();
        assertThat(new ImportMessages(sv).fileError(e)).isEqualTo("Filen a.xlsx, bladet Sprutor, efter rad 120: filen"
                + " är skadad och kan inte läsas (teknisk orsak: ParseError at [row,col]:[1,710])");
        SpreadsheetFileException whole = new SpreadsheetFileException(Reason.DAMAGED, "b.xlsx", "Truncated ZIP file",
                null);
        assertThat(new ImportMessages(sv).fileError(whole))
                .isEqualTo("Filen b.xlsx är skadad och kan inte läsas (teknisk orsak: Truncated ZIP file).");
    }

    @Test
    void csvReaderProblemsBecomeFileProblemsWithTheLine() {
        CsvFormatException quote = new CsvFormatException(CsvFormatException.Reason.UNTERMINATED_QUOTE, 7, "x.csv",
                "never closed");
        assertThat(new ImportMessages(sv).fileError(new UncheckedIOException(SpreadsheetFileException.of(quote,
                "x.csv")))).isEqualTo("Filen x.csv, rad 7: ett citattecken (\") öppnas men stängs aldrig");
        assertThat(new ImportMessages(sv).fileError(quote)).isEqualTo(
                "Filen x.csv, rad 7: ett citattecken (\") öppnas men stängs aldrig");
        CsvFormatException pdf = new CsvFormatException(CsvFormatException.Reason.NOT_TEXT, 0, "y.csv",
                "looks like PDF", "PDF");
        assertThat(new ImportMessages(sv).fileError(pdf)).isEqualTo(
                "Filen y.csv är ingen CSV-fil: den ser ut att vara PDF.");
        assertThat(new ImportMessages(en).fileError(pdf)).isEqualTo("The file y.csv is not a CSV file: it looks like PDF.");
    }

    @Test
    void otherFailuresStillGetOneSentenceAndNoStackTrace() {
        assertThat(new ImportMessages(sv).fileError(new NoSuchFileException("/tmp/saknas.csv")))
                .isEqualTo("Filen /tmp/saknas.csv finns inte.");
        assertThat(new ImportMessages(sv).fileError(new OutOfMemoryError("Java heap space")))
                .startsWith("Importen avbröts: minnet räckte inte").contains("Inget skrevs");
    }

    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
