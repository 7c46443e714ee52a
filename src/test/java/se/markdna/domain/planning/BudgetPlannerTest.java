package se.markdna.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetPlannerTest {

    @Test
    void findsTheExactOptimumOnRandomSmallInstances() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            List<BudgetPlanner.Candidate> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long cost = 100L * (1 + random.nextInt(300));
                double score = Math.round(random.nextDouble() * 1000) / 10.0;
                items.add(new BudgetPlanner.Candidate(i, cost, score));
            }
            long budget = 100L * random.nextInt(1500);
            BudgetPlanner.Plan plan = BudgetPlanner.plan(items, budget, Set.of(), Set.of());
            assertThat(plan.totalCost()).isLessThanOrEqualTo(budget);
            assertThat(plan.totalScore()).as("round %d", round).isCloseTo(bruteForce(items, budget),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void respectsPinsInAndOut() {
        List<BudgetPlanner.Candidate> items = List.of(new BudgetPlanner.Candidate(1, 50_000, 90),
                new BudgetPlanner.Candidate(2, 40_000, 80), new BudgetPlanner.Candidate(3, 30_000, 10));
        BudgetPlanner.Plan free = BudgetPlanner.plan(items, 90_000, Set.of(), Set.of());
        assertThat(free.chosen()).containsExactlyInAnyOrder(1L, 2L);
        BudgetPlanner.Plan pinned = BudgetPlanner.plan(items, 90_000, Set.of(3L), Set.of(1L));
        assertThat(pinned.chosen()).containsExactlyInAnyOrder(3L, 2L);
        assertThat(pinned.remaining()).isEqualTo(20_000);
    }

    @Test
    void pinsThatExceedTheBudgetAreInfeasible() {
        List<BudgetPlanner.Candidate> items = List.of(new BudgetPlanner.Candidate(1, 50_000, 90));
        assertThat(BudgetPlanner.plan(items, 10_000, Set.of(1L), Set.of()).feasible()).isFalse();
    }

    @Test
    void costsRoundUpToHundredsSoThePlanNeverExceedsTheBudget() {
        List<BudgetPlanner.Candidate> items = List.of(new BudgetPlanner.Candidate(1, 10_050, 10),
                new BudgetPlanner.Candidate(2, 10_000, 5));
        BudgetPlanner.Plan plan = BudgetPlanner.plan(items, 20_000, Set.of(), Set.of());
        assertThat(plan.totalCost()).isLessThanOrEqualTo(20_000);
        assertThat(plan.chosen()).hasSize(1);
    }

    @Test
    void handlesThreeThousandCandidatesQuickly() {
        Random random = new Random(7);
        List<BudgetPlanner.Candidate> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            items.add(new BudgetPlanner.Candidate(i, 5_000 + random.nextInt(200_000), random.nextDouble() * 100));
        }
        BudgetPlanner.Plan plan = BudgetPlanner.plan(items, 5_000_000, Set.of(), Set.of());
        assertThat(plan.totalCost()).isLessThanOrEqualTo(5_000_000);
        assertThat(plan.chosen()).isNotEmpty();
    }

    private static double bruteForce(List<BudgetPlanner.Candidate> items, long budget) {
        double best = 0;
        for (int mask = 0; mask < (1 << items.size()); mask++) {
            long cost = 0;
            double score = 0;
            Set<Integer> set = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    cost += items.get(i).cost();
                    score += items.get(i).score();
                    set.add(i);
                }
            }
            if (cost <= budget && score > best) {
                best = score;
            }
        }
        return best;
    }
}
