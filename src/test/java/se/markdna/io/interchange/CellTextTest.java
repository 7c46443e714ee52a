package se.markdna.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written fast paths of number and header parsing must read what the general ones read. */
class CellTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234|1234", "-0,25|-0.25", "+7|7", "55.70321|55.70321", " 12 |12", "1 234,5|1234.5",
            "1\u00a0234|1234", "\u22125|-5", "007|007"})
    void readsNumbersAsSpreadsheetsWriteThem(String text, String expected) {
        assertThat(Decimals.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,234.5", "12,", ",5", "1.2.3", "-", "abc", "1 23", "1e5", "٣"})
    void refusesWhatIsNotOneNumber(String text) {
        assertThat(Decimals.parse(text)).isNull();
    }

    @Test
    void emptyAndMissingAreNoNumber() {
        assertThat(Decimals.parse("")).isNull();
        assertThat(Decimals.parse(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fastighetsbeteckning|fastighetsbeteckning", "  Nästa   service\t|nästa service",
            "organisation_number|organisation number", "Ja|ja", "JA\u00a0|ja", "__x__y__|x y"})
    void normalisesCaseAndSpacing(String text, String expected) {
        assertThat(Headers.normalise(text)).isEqualTo(expected);
    }

    @Test
    void composesDecomposedLettersBeforeComparing() {
        String decomposed = "Na\u0308sta service"; // "ä" as a plus combining diaeresis, as macOS writes it
        assertThat(Headers.normalise(decomposed)).isEqualTo("nästa service");
    }
}
