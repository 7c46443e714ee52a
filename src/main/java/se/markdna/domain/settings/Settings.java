package se.markdna.domain.settings;

import java.util.List;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;

/**
 * Planning assumptions and rules the office can change. DOMAIN.md gives no public source for most
 * of these figures, so none of them may be a constant in code: the defaults live here once and
 * the stored values override them.
 */
public record Settings(
        long kitCost,
        long signCost,
        long stickerCost,
        long sprayerInstallCost,
        long sprayerServiceCost,
        int defaultServiceIntervalMonths,
        int cartridgeInServiceMonths,
        int cartridgeShelfLifeMonths,
        int kitShelfLifeMonths,
        int warningHorizonDays,
        double coverageThreshold,
        ScoreWeights weights,
        int backupsToKeep) {

    public static Settings defaults() {
        return new Settings(450, 1_200, 15, 15_000, 2_000, 12, 24, 60, 12, 30, 0.15,
                ScoreWeights.DEFAULT, 7);
    }

    public List<Problem> validate() {
        return new Problems()
                .nonNegative("kitCost", kitCost)
                .nonNegative("signCost", signCost)
                .nonNegative("stickerCost", stickerCost)
                .nonNegative("sprayerInstallCost", sprayerInstallCost)
                .nonNegative("sprayerServiceCost", sprayerServiceCost)
                .between("defaultServiceIntervalMonths", defaultServiceIntervalMonths, 1, 60)
                .between("cartridgeInServiceMonths", cartridgeInServiceMonths, 1, 240)
                .between("cartridgeShelfLifeMonths", cartridgeShelfLifeMonths, 1, 240)
                .between("kitShelfLifeMonths", kitShelfLifeMonths, 1, 120)
                .between("warningHorizonDays", warningHorizonDays, 0, 365)
                .between("coverageThreshold", coverageThreshold, 0.0, 1.0)
                .between("backupsToKeep", backupsToKeep, 1, 365)
                .addAll(weights == null ? List.of(Problem.of("weights", "validation.required")) : weights.validate())
                .toList();
    }

    public Settings withWeights(ScoreWeights newWeights) {
        return new Settings(kitCost, signCost, stickerCost, sprayerInstallCost, sprayerServiceCost,
                defaultServiceIntervalMonths, cartridgeInServiceMonths, cartridgeShelfLifeMonths, kitShelfLifeMonths,
                warningHorizonDays, coverageThreshold, newWeights, backupsToKeep);
    }
}
