package se.markdna.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.domain.planning.BudgetPlanner;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.service.AppServices;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Choose the candidate sites with the highest total priority score within a budget.")
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--budget", required = true, paramLabel = "SEK", description = "The budget in SEK.")
    long budget;

    @Option(names = "--weights", paramLabel = "b,c,s,p",
            description = "Score weights: burglary rate, coverage gap, safety index, priority area (default: the settings).")
    String weights;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (budget < 0) {
            throw new IllegalArgumentException("--budget must not be negative");
        }
        ScoreWeights w = null;
        if (weights != null) {
            try {
                w = ScoreWeights.parse(weights);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--weights takes four numbers b,c,s,p, not " + weights);
            }
            if (!w.validate().isEmpty()) {
                throw new IllegalArgumentException("--weights must be non-negative and not all zero");
            }
        }
        AppServices services = database.open(true);
        List<RankedSite> ranking = services.planning().ranking(w);
        BudgetPlanner.Plan plan = services.planning().plan(budget, w, Set.of(), Set.of());
        Map<Long, RankedSite> byId = new HashMap<>();
        ranking.forEach(r -> byId.put(r.site().id(), r));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-36s %-20s %12s %7s%n", "site", "district", "cost SEK", "score");
        for (long id : plan.chosen()) {
            RankedSite r = byId.get(id);
            out.printf("%-36s %-20s %12d %7.1f%n", r.site().name(), r.districtName(), r.cost().total(),
                    r.score().score());
        }
        out.printf("chosen: %d of %d candidates%n", plan.chosen().size(),
                ranking.stream().filter(r -> r.site().status().isPlannable()).count());
        out.printf("total cost: %d SEK%n", plan.totalCost());
        out.printf("remaining: %d SEK%n", plan.remaining());
        out.printf("total score: %.1f%n", plan.totalScore());
        return ExitCode.OK;
    }
}
