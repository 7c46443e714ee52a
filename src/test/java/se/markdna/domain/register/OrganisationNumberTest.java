package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class OrganisationNumberTest {

    /** An independent Luhn check digit: weights 2,1,2,… from the left over nine digits. */
    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void computedByHandCheckDigitsAreValid() {
        // 5 5 6 0 3 5 9 4 3 weighted 2,1,… : 1+5+3+0+6+5+9+4+6 = 39 -> 1
        assertThat(luhn("556035943")).isEqualTo(1);
        assertThat(OrganisationNumber.isValid("556035-9431")).isTrue();
        // 2 1 2 0 0 0 1 3 5 : 4+1+4+0+0+0+2+3+1 = 15 -> 5 (a municipality: first digit 2)
        assertThat(OrganisationNumber.isValid("212000-1355")).isTrue();
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertThat(OrganisationNumber.problem("556035-9432")).contains("validation.orgNumber.checkDigit");
        assertThat(OrganisationNumber.problem("212000-1350")).contains("validation.orgNumber.checkDigit");
    }

    @Test
    void personalIdentityNumbersAreRefusedEvenWithAValidCheckDigit() {
        // 811218-987 -> Luhn 6: a valid personal number, third digit 1 (a month)
        assertThat(luhn("811218987")).isEqualTo(6);
        assertThat(OrganisationNumber.problem("811218-9876")).contains("validation.orgNumber.personal");
        String nine = "550101123";
        assertThat(OrganisationNumber.problem(nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine)))
                .contains("validation.orgNumber.personal");
    }

    @Test
    void formatWithAndWithoutDashIsNormalised() {
        assertThat(OrganisationNumber.normalise("5560359431")).contains("556035-9431");
        assertThat(OrganisationNumber.normalise("556035-9431")).contains("556035-9431");
        assertThat(OrganisationNumber.normalise("  556035-9431 ")).contains("556035-9431");
        assertThat(OrganisationNumber.isValid("5560359431")).isTrue();
    }

    @Test
    void malformedNumbersAreAFormatProblem() {
        assertThat(OrganisationNumber.normalise("55603-59431")).isEmpty();
        assertThat(OrganisationNumber.normalise("556035943")).isEmpty();
        assertThat(OrganisationNumber.normalise("556035-943a")).isEmpty();
        assertThat(OrganisationNumber.normalise(null)).isEmpty();
        assertThat(OrganisationNumber.problem("12345")).contains("validation.orgNumber.format");
    }

    @Test
    void agreesWithAnIndependentLuhnOnManyNumbers() {
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            b.append(1 + random.nextInt(9)).append(random.nextInt(10)).append(2 + random.nextInt(8));
            for (int i = 0; i < 6; i++) {
                b.append(random.nextInt(10));
            }
            String nine = b.toString();
            int check = luhn(nine);
            String good = nine.substring(0, 6) + "-" + nine.substring(6) + check;
            String bad = nine.substring(0, 6) + "-" + nine.substring(6) + ((check + 1 + random.nextInt(9)) % 10);
            assertThat(OrganisationNumber.isValid(good)).as(good).isTrue();
            assertThat(OrganisationNumber.isValid(bad)).as(bad).isFalse();
        }
    }

    @Test
    void organisationRecordReportsTheNumbersProblem() {
        Organisation ok = new Organisation(RecordMeta.NEW, "556035-9431", "LKF", OrganisationType.MUNICIPAL_HOUSING);
        assertThat(ok.validate()).isEmpty();
        Organisation bad = new Organisation(RecordMeta.NEW, "556035-9432", "", null);
        assertThat(bad.validate()).extracting(Problem::field).containsExactlyInAnyOrder("organisationNumber", "name",
                "type");
    }
}
