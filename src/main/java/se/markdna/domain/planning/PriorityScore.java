package se.markdna.domain.planning;

import java.util.ArrayList;
import java.util.List;
import se.markdna.domain.register.District;
import se.markdna.domain.settings.ScoreWeights;

/**
 * The rollout priority score 0–100 and the parts it is made of, so a ranking can be explained.
 * Each part is normalised to 0–1: the burglary rate against the highest rate among the
 * candidates being ranked (so the worst site gets 1), the coverage gap as 1 − district coverage,
 * the safety index against its scale's maximum (6), and the priority flag as 0 or 1.
 */
public record PriorityScore(double burglaryPart, double coverageGapPart, double safetyPart, double priorityPart,
        double score) {

    public static List<PriorityScore> rank(List<PriorityInput> candidates, ScoreWeights weights) {
        double maxRate = 0;
        for (PriorityInput c : candidates) {
            maxRate = Math.max(maxRate, c.burglaryRate());
        }
        List<PriorityScore> scores = new ArrayList<>(candidates.size());
        for (PriorityInput c : candidates) {
            scores.add(of(c, maxRate, weights));
        }
        return scores;
    }

    public static PriorityScore of(PriorityInput c, double maxRateAmongCandidates, ScoreWeights w) {
        double burglary = maxRateAmongCandidates > 0 ? c.burglaryRate() / maxRateAmongCandidates : 0;
        double gap = clamp(1 - c.districtCoverage());
        double safety = c.districtSafetyIndex() == null ? 0 : clamp(c.districtSafetyIndex() / District.MAX_SAFETY_INDEX);
        double flag = c.districtPriority() ? 1 : 0;
        double total = w.sum() <= 0 ? 0
                : 100 * (w.burglaryRate() * burglary + w.coverageGap() * gap + w.safetyIndex() * safety
                        + w.priorityArea() * flag) / w.sum();
        return new PriorityScore(burglary, gap, safety, flag, total);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
