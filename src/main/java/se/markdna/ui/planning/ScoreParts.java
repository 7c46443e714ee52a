package se.markdna.ui.planning;

import se.markdna.domain.planning.PriorityScore;
import se.markdna.domain.settings.ScoreWeights;

/**
 * How many of a score's points each part contributed under the weights it was ranked with, so
 * that the table can show "72 = 32 + 21 + 12 + 7". The four contributions add up to the score.
 */
public record ScoreParts(double burglary, double coverageGap, double safety, double priority) {

    public static ScoreParts of(PriorityScore s, ScoreWeights w) {
        double sum = w.sum();
        if (sum <= 0) {
            return new ScoreParts(0, 0, 0, 0);
        }
        return new ScoreParts(100 * w.burglaryRate() * s.burglaryPart() / sum,
                100 * w.coverageGap() * s.coverageGapPart() / sum, 100 * w.safetyIndex() * s.safetyPart() / sum,
                100 * w.priorityArea() * s.priorityPart() / sum);
    }

    public double[] asArray() {
        return new double[] {burglary, coverageGap, safety, priority};
    }
}
