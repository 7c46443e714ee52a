package se.markdna.domain.planning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the set of candidates with the highest total score whose cost fits a budget: an exact
 * 0/1 knapsack solved by dynamic programming over costs in units of 100 SEK (rounded up, so the
 * chosen set never exceeds the budget). Scores are compared in thousandths so ties are exact.
 * Pinned-in candidates are always taken, pinned-out ones never.
 */
public final class BudgetPlanner {

    public static final long COST_UNIT = 100;

    /** A candidate: an id the caller knows it by, its cost in SEK and its score. */
    public record Candidate(long id, long cost, double score) {
    }

    /** The plan: the chosen ids, their total cost and score; infeasible when the pins alone exceed the budget. */
    public record Plan(List<Long> chosen, long totalCost, double totalScore, long budget, boolean feasible) {
        public long remaining() {
            return budget - totalCost;
        }
    }

    private BudgetPlanner() {
    }

    public static Plan plan(List<Candidate> candidates, long budget, Set<Long> pinnedIn, Set<Long> pinnedOut) {
        List<Long> chosen = new ArrayList<>();
        long pinnedCost = 0;
        double pinnedScore = 0;
        List<Candidate> free = new ArrayList<>();
        for (Candidate c : candidates) {
            if (pinnedIn.contains(c.id())) {
                chosen.add(c.id());
                pinnedCost += c.cost();
                pinnedScore += c.score();
            } else if (!pinnedOut.contains(c.id())) {
                free.add(c);
            }
        }
        if (pinnedCost > budget) {
            return new Plan(chosen, pinnedCost, pinnedScore, budget, false);
        }
        long left = budget - pinnedCost;
        List<Candidate> picked = knapsack(free, left);
        long cost = pinnedCost;
        double score = pinnedScore;
        for (Candidate c : picked) {
            chosen.add(c.id());
            cost += c.cost();
            score += c.score();
        }
        return new Plan(chosen, cost, score, budget, true);
    }

    static List<Candidate> knapsack(List<Candidate> items, long budget) {
        List<Candidate> usable = new ArrayList<>();
        long totalUnits = 0;
        for (Candidate c : items) {
            if (c.score() > 0 && c.cost() <= budget) {
                usable.add(c);
                totalUnits += units(c.cost());
            }
        }
        int capacity = (int) Math.min(budget / COST_UNIT, totalUnits);
        int n = usable.size();
        long[] best = new long[capacity + 1];
        BitSet[] took = new BitSet[n];
        for (int i = 0; i < n; i++) {
            Candidate c = usable.get(i);
            int w = (int) units(c.cost());
            long v = Math.round(c.score() * 1000);
            BitSet t = new BitSet(capacity + 1);
            for (int cap = capacity; cap >= w; cap--) {
                long with = best[cap - w] + v;
                if (with > best[cap]) {
                    best[cap] = with;
                    t.set(cap);
                }
            }
            took[i] = t;
        }
        List<Candidate> chosen = new ArrayList<>();
        int cap = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if (took[i].get(cap)) {
                Candidate c = usable.get(i);
                chosen.add(0, c);
                cap -= (int) units(c.cost());
            }
        }
        return chosen;
    }

    static long units(long cost) {
        return (cost + COST_UNIT - 1) / COST_UNIT;
    }
}
