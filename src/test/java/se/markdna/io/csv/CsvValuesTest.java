package se.markdna.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvValuesTest {

    @Test
    void unprotectStripsOneApostropheBeforeFormulaCharacters() {
        assertThat(CsvValues.unprotect("'=1+2")).isEqualTo("=1+2");
        assertThat(CsvValues.unprotect("'+46")).isEqualTo("+46");
        assertThat(CsvValues.unprotect("'-3")).isEqualTo("-3");
        assertThat(CsvValues.unprotect("'@x")).isEqualTo("@x");
        assertThat(CsvValues.unprotect("'\tx")).isEqualTo("\tx");
        assertThat(CsvValues.unprotect("'\rx")).isEqualTo("\rx");
        assertThat(CsvValues.unprotect("''=x")).isEqualTo("'=x");
        assertThat(CsvValues.unprotect("'abc")).isEqualTo("'abc");
        assertThat(CsvValues.unprotect("'")).isEqualTo("'");
        assertThat(CsvValues.unprotect("")).isEmpty();
        assertThat(CsvValues.unprotect(null)).isNull();
        assertThat(CsvValues.unprotect("=x")).isEqualTo("=x");
    }

    @Test
    void protectAndUnprotectAreInverse() {
        for (String s : new String[] {"=a", "+a", "-a", "@a", "\ta", "\ra", "a", "'=a", "'''-1", "'x", "'", ""}) {
            assertThat(CsvValues.unprotect(CsvValues.protect(s))).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 234,50|1234.50",
        "1234.5|1234.5",
        "-0,5|-0.5",
        "0,5|0.5",
        "+7|7",
        "42|42",
        "1\u00A0234\u00A0567,25|1234567.25",
        "1\u202F234|1234",
        "'  12,0  '|12.0",
        "\u22123,5|-3.5",
        ",5|0.5",
        "-,5|-0.5",
        "1,234|1.234",
        "007|7",
    })
    void parsesDecimals(String input, String expected) {
        assertThat(CsvValues.parseDecimal(input)).contains(new BigDecimal(expected));
    }

    @Test
    void decimalScaleIsKept() {
        assertThat(CsvValues.parseDecimal("2,50").orElseThrow().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "1,234.5", "1.234,5", "1.234.567", "1,2,3", "12 34", "1 2345",
        "1234 567", " 1 23", "5,", "5.", "-", "+", ",", "1e5", "1E-3", "12 kr", "50%", "--1", "1-", "0x1F",
        "1 234 ,5", "1'234", "١٢٣"})
    void rejectsJunkAndAmbiguousDecimals(String input) {
        assertThat(CsvValues.parseDecimal(input)).isEmpty();
    }

    @Test
    void nullDecimalIsEmpty() {
        assertThat(CsvValues.parseDecimal(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-05,2024-03-05",
        "' 2024-12-31 ',2024-12-31",
        "2024-02-29,2024-02-29",
        "2024-03-05 14:30,2024-03-05",
        "2024-03-05 14:30:15,2024-03-05",
        "2024-03-05T00:00:00,2024-03-05",
        "2024-03-05 23:59:59.123,2024-03-05",
        "0001-01-01,0001-01-01",
        "9999-12-31,9999-12-31",
    })
    void parsesIsoDates(String input, LocalDate expected) {
        assertThat(CsvValues.parseIsoDate(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "0000-01-01", "99999-01-01", "+99999-01-01", "2023-02-29", "2024-13-01",
        "2024-00-10", "2024-04-31", "2024/03/05", "5.3.2024", "2024-3-5", "20240305", "2024-03-05 25:00",
        "2024-03-05 14:60", "2024-03-05 14", "2024-03-05x", "2024-03-05 14:30:", "2024-03-05 14:30:15.",
        "-2024-03-05", "2024-03-05  14:30"})
    void rejectsBadDates(String input) {
        assertThat(CsvValues.parseIsoDate(input)).isEmpty();
    }

    @Test
    void nullDateIsEmpty() {
        assertThat(CsvValues.parseIsoDate(null)).isEmpty();
    }
}
