package se.markdna.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;

class SettingsTest {

    @Test
    void defaultsAreValid() {
        Settings s = Settings.defaults();
        assertThat(s.validate()).isEmpty();
        assertThat(s.coverageThreshold()).isEqualTo(0.15);
        assertThat(s.defaultServiceIntervalMonths()).isEqualTo(12);
        assertThat(s.cartridgeInServiceMonths()).isEqualTo(24);
    }

    @Test
    void weightsSummingToZeroAreRefused() {
        assertThat(new ScoreWeights(0, 0, 0, 0).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("weights", "validation.weightsSumZero"));
        assertThat(Settings.defaults().withWeights(new ScoreWeights(0, 0, 0, 0)).validate())
                .extracting(Problem::messageKey).containsExactly("validation.weightsSumZero");
        assertThat(new ScoreWeights(0, 0, 0, 0.01).validate()).isEmpty();
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThat(new ScoreWeights(-1, 1, 1, 1).validate()).extracting(Problem::field)
                .containsExactly("weights.burglaryRate");
    }

    @Test
    void parsesWeightsFromText() {
        assertThat(ScoreWeights.parse("0.4,0.3,0.2,0.1")).isEqualTo(new ScoreWeights(0.4, 0.3, 0.2, 0.1));
        assertThat(ScoreWeights.parse(" 2, 1 ,1,0")).isEqualTo(new ScoreWeights(2, 1, 1, 0));
        assertThatThrownBy(() -> ScoreWeights.parse("0.4,0.3,0.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreWeights.parse("a,b,c,d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesOfTheOtherSettings() {
        Settings d = Settings.defaults();
        Settings bad = new Settings(-1, d.signCost(), d.stickerCost(), d.sprayerInstallCost(), d.sprayerServiceCost(),
                0, d.cartridgeInServiceMonths(), d.cartridgeShelfLifeMonths(), d.kitShelfLifeMonths(), 400, 1.5,
                d.weights(), d.backupsToKeep());
        assertThat(bad.validate()).extracting(Problem::field).containsExactlyInAnyOrder("kitCost",
                "defaultServiceIntervalMonths", "warningHorizonDays", "coverageThreshold");
        Settings noWeights = new Settings(d.kitCost(), d.signCost(), d.stickerCost(), d.sprayerInstallCost(),
                d.sprayerServiceCost(), d.defaultServiceIntervalMonths(), d.cartridgeInServiceMonths(),
                d.cartridgeShelfLifeMonths(), d.kitShelfLifeMonths(), d.warningHorizonDays(), d.coverageThreshold(),
                null, d.backupsToKeep());
        assertThat(noWeights.validate()).extracting(Problem::field).containsExactly("weights");
    }
}
