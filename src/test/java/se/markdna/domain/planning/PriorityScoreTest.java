package se.markdna.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.markdna.domain.settings.ScoreWeights;

class PriorityScoreTest {

    static PriorityInput input(int siteBurglaries, int dwellings, double coverage, Double safety, boolean priority) {
        return new PriorityInput(siteBurglaries, dwellings, 40, 4000, coverage, safety, priority);
    }

    @Test
    void partsAndScore() {
        PriorityInput half = input(5, 100, 0.25, 3.0, true); // 50 per 1,000
        PriorityInput worst = input(10, 100, 0.0, null, false); // 100 per 1,000
        List<PriorityScore> scores = PriorityScore.rank(List.of(half, worst), ScoreWeights.DEFAULT);
        PriorityScore s = scores.get(0);
        assertThat(s.burglaryPart()).isCloseTo(0.5, within(1e-9));
        assertThat(s.coverageGapPart()).isCloseTo(0.75, within(1e-9));
        assertThat(s.safetyPart()).isCloseTo(0.5, within(1e-9));
        assertThat(s.priorityPart()).isEqualTo(1.0);
        // 100 × (0.4·0.5 + 0.3·0.75 + 0.2·0.5 + 0.1·1) / 1.0
        assertThat(s.score()).isCloseTo(62.5, within(1e-9));
        PriorityScore w = scores.get(1);
        assertThat(w.burglaryPart()).isEqualTo(1.0);
        assertThat(w.safetyPart()).isZero();
        assertThat(w.score()).isCloseTo(100 * (0.4 + 0.3), within(1e-9));
    }

    @Test
    void scoreStaysWithinZeroToHundred() {
        PriorityInput max = new PriorityInput(10, 100, 0, 0, -0.5, 9.0, true);
        PriorityScore s = PriorityScore.rank(List.of(max), ScoreWeights.DEFAULT).get(0);
        assertThat(s.coverageGapPart()).isEqualTo(1.0);
        assertThat(s.safetyPart()).isEqualTo(1.0);
        assertThat(s.score()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void tiesGetEqualScores() {
        List<PriorityScore> scores = PriorityScore.rank(
                List.of(input(3, 300, 0.1, 2.0, false), input(1, 50, 0.3, 4.0, true), input(3, 300, 0.1, 2.0, false)),
                ScoreWeights.DEFAULT);
        assertThat(scores.get(0).score()).isEqualTo(scores.get(2).score());
        assertThat(scores.get(0)).isEqualTo(scores.get(2));
    }

    @Test
    void theOnlyCandidateWithBurglariesGetsTheWholeBurglaryPart() {
        List<PriorityScore> scores = PriorityScore.rank(
                List.of(input(0, 100, 0, null, false), input(2, 400, 0, null, false), input(0, 10, 0, null, false)),
                ScoreWeights.DEFAULT);
        assertThat(scores).extracting(PriorityScore::burglaryPart).containsExactly(0.0, 1.0, 0.0);
    }

    @Test
    void noBurglariesAnywhereGivesBurglaryPartZero() {
        List<PriorityScore> scores = PriorityScore.rank(
                List.of(new PriorityInput(0, 100, 0, 1000, 0.5, 1.0, false),
                        new PriorityInput(0, 200, 0, 1000, 0.5, 1.0, false)),
                ScoreWeights.DEFAULT);
        assertThat(scores).extracting(PriorityScore::burglaryPart).containsExactly(0.0, 0.0);
        assertThat(scores).allSatisfy(s -> assertThat(s.score()).isFinite());
    }

    @Test
    void aSiteWithoutDwellingsTakesItsDistrictsRate() {
        PriorityInput shop = new PriorityInput(1, 0, 40, 4000, 0, null, false);
        assertThat(shop.burglaryRate()).isCloseTo(10.0, within(1e-9));
        PriorityInput flats = new PriorityInput(2, 100, 40, 4000, 0, null, false); // 20 per 1,000
        List<PriorityScore> scores = PriorityScore.rank(List.of(shop, flats), new ScoreWeights(1, 0, 0, 0));
        assertThat(scores.get(0).burglaryPart()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.get(0).score()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void noHouseholdsAnywhereScoresZeroNotNaN() {
        PriorityInput empty = new PriorityInput(3, 0, 5, 0, 0, null, false);
        assertThat(empty.burglaryRate()).isZero();
        List<PriorityScore> scores = PriorityScore.rank(List.of(empty, empty), new ScoreWeights(1, 0, 0, 0));
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.burglaryPart()).isZero();
            assertThat(s.score()).isZero();
            assertThat(Double.isNaN(s.score())).isFalse();
        });
    }

    @Test
    void zeroWeightsScoreZeroNotNaN() {
        PriorityScore s = PriorityScore.rank(List.of(input(5, 100, 0.2, 3.0, true)), new ScoreWeights(0, 0, 0, 0))
                .get(0);
        assertThat(s.score()).isZero();
    }

    @Test
    void scalingTheWeightsDoesNotChangeTheRanking() {
        Random random = new Random(7);
        List<PriorityInput> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(new PriorityInput(random.nextInt(20), random.nextInt(500), random.nextInt(50),
                    1 + random.nextInt(5000), random.nextDouble(), random.nextBoolean() ? null : random.nextDouble() * 6,
                    random.nextBoolean()));
        }
        List<PriorityScore> a = PriorityScore.rank(inputs, new ScoreWeights(2, 1, 1, 0));
        List<PriorityScore> b = PriorityScore.rank(inputs, new ScoreWeights(0.5, 0.25, 0.25, 0));
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(a.get(i).score()).isCloseTo(b.get(i).score(), within(1e-9));
        }
        assertThat(order(a)).isEqualTo(order(b));
    }

    private static List<Integer> order(List<PriorityScore> scores) {
        return IntStream.range(0, scores.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores.get(i).score()).thenComparing(i -> i))
                .toList();
    }
}
