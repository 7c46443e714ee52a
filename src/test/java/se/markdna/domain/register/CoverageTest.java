package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void noHouseholdsMeansNoCoverage() {
        assertThat(Coverage.of(10, 0)).isEmpty();
        assertThat(Coverage.isMarked(10, 0, 0.15)).isFalse();
    }

    @Test
    void coverageIsHandedOutOverHouseholds() {
        assertThat(Coverage.of(2000, 8855).getAsDouble()).isCloseTo(0.2259, within(0.0001));
    }

    @Test
    void reachingTheThresholdExactlyCountsAsMarked() {
        assertThat(Coverage.isMarked(15, 100, 0.15)).isTrue();
        assertThat(Coverage.isMarked(3, 20, 0.15)).isTrue();
        assertThat(Coverage.isMarked(14, 100, 0.15)).isFalse();
        assertThat(Coverage.isMarked(16, 100, 0.15)).isTrue();
    }
}
