package se.markdna.domain.settings;

import java.util.List;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;

/**
 * Weights of the rollout priority score's parts. They need not sum to one: the score divides by
 * their sum, so "2,1,1,0" and "0.5,0.25,0.25,0" rank alike.
 */
public record ScoreWeights(double burglaryRate, double coverageGap, double safetyIndex, double priorityArea) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(0.4, 0.3, 0.2, 0.1);

    public double sum() {
        return burglaryRate + coverageGap + safetyIndex + priorityArea;
    }

    public List<Problem> validate() {
        Problems p = new Problems()
                .nonNegative("weights.burglaryRate", burglaryRate)
                .nonNegative("weights.coverageGap", coverageGap)
                .nonNegative("weights.safetyIndex", safetyIndex)
                .nonNegative("weights.priorityArea", priorityArea);
        if (sum() <= 0) {
            p.add("weights", "validation.weightsSumZero");
        }
        return p.toList();
    }

    /** Parses "b,c,s,p" as the CLI takes it. */
    public static ScoreWeights parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected four comma-separated weights b,c,s,p");
        }
        return new ScoreWeights(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
    }
}
