package se.markdna.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.settings.Settings;

class RolloutSiteTest {

    static RolloutSite site(String quarter, int kits, int signs, int sprayers) {
        return new RolloutSite(RecordMeta.NEW, "Genarp centrum", 3L, "Storgatan 1", 55.600, 13.400,
                BuildingType.VILLA_AREA, 250, null, "inbrottsvåg 2024", 12, kits, sprayers, signs, quarter,
                SiteStatus.PROPOSED, null, "Trygghetssamordnare", null, null);
    }

    @Test
    void quarterFormat() {
        assertThat(site("2027-Q1", 0, 0, 0).validate()).isEmpty();
        assertThat(site("2027-Q4", 0, 0, 0).validate()).isEmpty();
        assertThat(site(null, 0, 0, 0).validate()).isEmpty();
        assertThat(site("2027-Q5", 0, 0, 0).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("plannedQuarter", "validation.quarter"));
        assertThat(site("2027Q1", 0, 0, 0).validate()).extracting(Problem::field).containsExactly("plannedQuarter");
    }

    @Test
    void plannedCountsNonNegative() {
        assertThat(site(null, -1, -1, -1).validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("plannedKits", "plannedSigns", "plannedSprayers");
    }

    @Test
    void costEstimateWithDefaultSettings() {
        Settings s = Settings.defaults();
        CostEstimate c = CostEstimate.of(site(null, 100, 4, 2), s);
        assertThat(c.kits()).isEqualTo(100 * s.kitCost()).isEqualTo(45_000);
        assertThat(c.signs()).isEqualTo(4 * s.signCost()).isEqualTo(4_800);
        assertThat(c.sprayers()).isEqualTo(2 * s.sprayerInstallCost()).isEqualTo(30_000);
        assertThat(c.total()).isEqualTo(79_800);
        assertThat(CostEstimate.of(0, 0, 0, s).total()).isZero();
    }
}
