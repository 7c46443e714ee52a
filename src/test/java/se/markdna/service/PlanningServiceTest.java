package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.planning.BudgetPlanner;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.settings.ScoreWeights;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class PlanningServiceTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    AppServices services;

    @BeforeEach
    void loadDemo() {
        services = new AppServices(TestDatabases.open(dialect, dir), () -> "planerare", java.time.Clock.systemDefaultZone());
        services.demo().load(false);
    }

    @Test
    void ranksCandidatesBestFirstWithExplainableParts() {
        List<RankedSite> ranking = services.planning().ranking(null);
        assertThat(ranking).hasSize(20);
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i - 1).score().score()).isGreaterThanOrEqualTo(ranking.get(i).score().score());
        }
        RankedSite top = ranking.get(0);
        assertThat(top.score().score()).isBetween(0.0, 100.0);
        assertThat(top.score().burglaryPart() + top.score().coverageGapPart() + top.score().safetyPart()
                + top.score().priorityPart()).isGreaterThan(0);
    }

    @Test
    void weightsChangeTheRanking() {
        String byBurglary = services.planning().ranking(new ScoreWeights(1, 0, 0, 0)).get(0).site().name();
        String byPriority = services.planning().ranking(new ScoreWeights(0, 0, 0, 1)).get(0).site().name();
        List<RankedSite> onlyFlag = services.planning().ranking(new ScoreWeights(0, 0, 0, 1));
        assertThat(onlyFlag.get(0).score().priorityPart()).isEqualTo(1.0);
        assertThat(byBurglary).isNotBlank();
        assertThat(byPriority).isNotBlank();
    }

    @Test
    void planStaysWithinBudgetAndApprovesInOneAction() {
        BudgetPlanner.Plan plan = services.planning().plan(300_000, null, Set.of(), Set.of());
        assertThat(plan.totalCost()).isLessThanOrEqualTo(300_000);
        assertThat(plan.chosen()).isNotEmpty();
        int approved = services.planning().approve(plan.chosen());
        assertThat(approved).isPositive();
        assertThat(services.planning().sites().stream().filter(s -> plan.chosen().contains(s.id())))
                .allMatch(s -> s.status() == SiteStatus.APPROVED);
    }

    @Test
    void transitionsFollowTheWorkflowAndDoneCreatesALinkedProperty() {
        RolloutSite proposed = services.planning().sites().stream()
                .filter(s -> s.status() == SiteStatus.PROPOSED).findFirst().orElseThrow();
        assertThatThrownBy(() -> services.planning().move(proposed, SiteStatus.DONE, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.planning().move(proposed, SiteStatus.REJECTED, " "))
                .isInstanceOf(ValidationException.class);
        RolloutSite s = proposed;
        for (SiteStatus next : List.of(SiteStatus.UNDER_REVIEW, SiteStatus.APPROVED, SiteStatus.SCHEDULED,
                SiteStatus.IN_PROGRESS)) {
            s = services.planning().move(s, next, null).site();
        }
        PlanningService.Transition done = services.planning().move(s, SiteStatus.DONE, null);
        assertThat(done.site().status()).isEqualTo(SiteStatus.DONE);
        assertThat(done.createdProperty()).isNotNull();
        assertThat(done.site().propertyId()).isEqualTo(done.createdProperty().id());
        assertThat(services.register().property(done.createdProperty().id())).get()
                .extracting(p -> p.districtId()).isEqualTo(proposed.districtId());
    }

    @Test
    void coverageOfTheDemoVillagesIsAboveTheThresholdAndCityDistrictsBelow() {
        List<DistrictCoverage> coverage = services.planning().coverage();
        assertThat(coverage).hasSize(15);
        DistrictCoverage genarp = coverage.stream().filter(d -> d.name().equals("Genarp")).findFirst().orElseThrow();
        assertThat(genarp.isMarked(0.15)).isTrue();
        long total = coverage.stream().mapToLong(DistrictCoverage::kitsHandedOut).sum();
        long expected = services.register().propertySummaries().stream().mapToLong(p -> p.kitsHandedOut()).sum();
        assertThat(total).isEqualTo(expected);
    }
}
