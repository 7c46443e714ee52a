package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class DistrictTest {

    static District valid() {
        return new District(RecordMeta.NEW, "Klostergården", MainArea.SODER, DistrictKind.CITY_DISTRICT, 4200,
                55.6905, 13.1790, 2.1, 35, false, null);
    }

    static District with(String name, int households, Double lat, Double lon, Double safety, boolean priority,
            String reason) {
        return new District(RecordMeta.NEW, name, MainArea.SODER, DistrictKind.CITY_DISTRICT, households, lat, lon,
                safety, 0, priority, reason);
    }

    @Test
    void aCompleteDistrictIsValid() {
        assertThat(valid().validate()).isEmpty();
    }

    @Test
    void nameIsRequired() {
        assertThat(with(null, 0, null, null, null, false, null).validate())
                .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("name", "validation.required"));
        assertThat(with("  ", 0, null, null, null, false, null).validate())
                .extracting(Problem::field).containsExactly("name");
        assertThat(with("Dalby", 0, null, null, null, false, null).validate()).isEmpty();
    }

    @Test
    void mainAreaAndKindAreRequired() {
        District d = new District(RecordMeta.NEW, "Dalby", null, null, 0, null, null, null, 0, false, null);
        assertThat(d.validate()).extracting(Problem::field).containsExactlyInAnyOrder("mainArea", "kind");
    }

    @Test
    void safetyIndexRunsFromZeroToSix() {
        assertThat(with("A", 0, null, null, 0.0, false, null).validate()).isEmpty();
        assertThat(with("A", 0, null, null, 6.0, false, null).validate()).isEmpty();
        assertThat(with("A", 0, null, null, 6.01, false, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("safetyIndex", "validation.range"));
        assertThat(with("A", 0, null, null, -0.1, false, null).validate())
                .extracting(Problem::field).containsExactly("safetyIndex");
    }

    @Test
    void coordinatesMustBeInSwedenAndPaired() {
        assertThat(with("A", 0, 55.7056, 13.1870, null, false, null).validate()).isEmpty();
        // swapped latitude and longitude: the most common typing error
        assertThat(with("A", 0, 13.1870, 55.7056, null, false, null).validate())
                .extracting(Problem::field).containsExactlyInAnyOrder("latitude", "longitude");
        assertThat(with("A", 0, 70.0, 13.0, null, false, null).validate())
                .extracting(Problem::field).containsExactly("latitude");
        assertThat(with("A", 0, 55.7, 25.0, null, false, null).validate())
                .extracting(Problem::field).containsExactly("longitude");
        assertThat(with("A", 0, 55.7, null, null, false, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("longitude", "validation.coordinatePair"));
        assertThat(with("A", 0, null, 13.2, null, false, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("latitude", "validation.coordinatePair"));
    }

    @Test
    void priorityNeedsAReason() {
        assertThat(with("A", 0, null, null, null, true, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("priorityReason", "validation.priorityReasonRequired"));
        assertThat(with("A", 0, null, null, null, true, " ").validate()).extracting(Problem::field)
                .containsExactly("priorityReason");
        assertThat(with("A", 0, null, null, null, true, "östra kommundelarna").validate()).isEmpty();
    }

    @Test
    void householdsMayNotBeNegative() {
        assertThat(with("A", -1, null, null, null, false, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("households", "validation.negative"));
        assertThat(with("A", 0, null, null, null, false, null).validate()).isEmpty();
    }

    @Test
    void validateReturnsEveryProblemNotOnlyTheFirst() {
        District bad = new District(RecordMeta.NEW, "", MainArea.NORR, DistrictKind.VILLAGE, -5, null, null, 9.0, 0,
                false, null);
        List<Problem> problems = bad.validate();
        assertThat(problems).hasSize(3);
        assertThat(problems).extracting(Problem::field)
                .containsExactlyInAnyOrder("name", "households", "safetyIndex");
    }
}
