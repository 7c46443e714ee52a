package se.markdna.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.Property;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;

/** The planning view models on the Lund demo data, without a toolkit (work runs at once). */
class PlanningViewModelsTest {

    private AppServices services;
    private PlanningContext ctx;
    private final List<Property> created = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createTempDirectory("plan-vm");
        services = new AppServices(Database.open(dir.resolve("t.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        ctx = new PlanningContext(services, new Messages(Messages.SWEDISH), Background.direct());
        ctx.settingsProperty().set(services.settings().current());
        ctx.weightsProperty().set(ctx.settings().weights());
        ctx.setOnPropertyCreated(created::add);
    }

    @Test
    void rankingIsBestFirstAndReRanksWhenTheWeightsChange() {
        RankingViewModel vm = new RankingViewModel(ctx);
        vm.showProperty().set(RankingViewModel.Show.ALL);
        vm.load();
        assertThat(vm.all()).isNotEmpty();
        assertThat(vm.all()).isSortedAccordingTo((a, b) -> Double.compare(b.score().score(), a.score().score()));
        RankedSite top = vm.all().get(0);
        ScoreParts parts = ScoreParts.of(top.score(), vm.rankedWithProperty().get());
        assertThat(parts.burglary() + parts.coverageGap() + parts.safety() + parts.priority())
                .isCloseTo(top.score().score(), org.assertj.core.data.Offset.offset(1e-6));

        ctx.weightsProperty().set(new ScoreWeights(0, 0, 0, 1));
        assertThat(vm.rankedWithProperty().get()).isEqualTo(new ScoreWeights(0, 0, 0, 1));
        assertThat(vm.all()).allSatisfy(r -> assertThat(r.score().score())
                .isEqualTo(r.score().priorityPart() * 100, org.assertj.core.data.Offset.offset(1e-6)));
    }

    @Test
    void siteFormValidatesLiveAndComputesTheCostFromTheUnitCosts() {
        SiteFormModel form = new SiteFormModel(ctx);
        form.loadChoices();
        form.newSite(null);
        form.name.set("Test");
        form.name.set("");
        assertThat(form.errors()).containsKey("name");
        form.plannedQuarter.set("2027-Q5");
        assertThat(form.errors()).containsKey("plannedQuarter");
        form.latitude.set("55,7");
        assertThat(form.errors()).containsKey("longitude");
        form.dwellings.set("tio");
        assertThat(form.errors().get("dwellings")).isEqualTo("Ange ett heltal");

        form.plannedKits.set("10");
        form.plannedSigns.set("2");
        form.plannedSprayers.set("1");
        var s = ctx.settings();
        assertThat(form.costProperty().get().total())
                .isEqualTo(10 * s.kitCost() + 2 * s.signCost() + s.sprayerInstallCost());

        form.save();
        assertThat(form.messageProperty().get()).isEqualTo("Rätta de markerade fälten först.");
        assertThat(form.errors()).containsKeys("name", "districtId");

        form.name.set("Testgården");
        form.districtId.set(form.districts().get(0).id());
        form.plannedQuarter.set("2027-q1");
        form.longitude.set("13.2");
        form.dwellings.set("120");
        form.save();
        assertThat(form.errors()).isEmpty();
        assertThat(form.originalProperty().get().id()).isNotNull();
        assertThat(form.originalProperty().get().plannedQuarter()).isEqualTo("2027-Q1");
        assertThat(form.transitions()).containsExactlyInAnyOrder(SiteStatus.UNDER_REVIEW, SiteStatus.REJECTED);
    }

    @Test
    void workflowOffersOnlyAllowedStepsAndDoneCreatesTheProperty() {
        SiteFormModel form = new SiteFormModel(ctx);
        var site = services.planning().sites().stream().filter(s -> s.status() == SiteStatus.PROPOSED)
                .findFirst().orElseThrow();
        form.edit(site);
        form.move(SiteStatus.REJECTED, null);
        assertThat(form.messageProperty().get()).isEqualTo("Ange skäl till avslaget");
        for (SiteStatus next : List.of(SiteStatus.UNDER_REVIEW, SiteStatus.APPROVED, SiteStatus.SCHEDULED,
                SiteStatus.IN_PROGRESS, SiteStatus.DONE)) {
            assertThat(form.transitions()).contains(next);
            form.move(next, null);
            assertThat(form.originalProperty().get().status()).isEqualTo(next);
        }
        assertThat(form.transitions()).isEmpty();
        assertThat(created).hasSize(1);
        assertThat(form.originalProperty().get().propertyId()).isEqualTo(created.get(0).id());
        assertThat(services.register().property(created.get(0).id())).isPresent();
    }

    @Test
    void budgetPlanStaysWithinTheBudgetHonoursPinsAndApproves() {
        BudgetViewModel vm = new BudgetViewModel(ctx);
        vm.budgetTextProperty().set("300 000");
        vm.plan();
        var summary = vm.summaryProperty().get();
        assertThat(summary.totalCost()).isLessThanOrEqualTo(300_000);
        assertThat(summary.remaining()).isEqualTo(300_000 - summary.totalCost());
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.ranked().site().status().isPlannable()).isTrue());
        long chosenCost = vm.rows().stream().filter(BudgetViewModel.Row::chosen)
                .mapToLong(r -> r.ranked().cost().total()).sum();
        assertThat(chosenCost).isEqualTo(summary.totalCost());
        assertThat(vm.districts()).allSatisfy(d -> assertThat(d.after()).isGreaterThan(d.before()));

        long notChosen = vm.rows().stream().filter(r -> !r.chosen() && r.ranked().cost().total() <= 300_000)
                .map(r -> r.ranked().site().id()).findFirst().orElseThrow();
        vm.pin(notChosen, BudgetViewModel.Pin.IN);
        assertThat(vm.chosen()).contains(notChosen);
        long chosen = vm.chosen().stream().filter(id -> id != notChosen).findFirst().orElseThrow();
        vm.pin(chosen, BudgetViewModel.Pin.OUT);
        assertThat(vm.chosen()).doesNotContain(chosen).contains(notChosen);
        assertThat(vm.summaryProperty().get().totalCost()).isLessThanOrEqualTo(300_000);

        List<Long> ids = List.copyOf(vm.chosen());
        vm.approve();
        assertThat(services.planning().sites()).filteredOn(s -> ids.contains(s.id()))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SiteStatus.APPROVED));
    }

    @Test
    void mapProjectsPansZoomsAroundTheCursorAndHitsSitesFirst() {
        MapViewModel vm = new MapViewModel(ctx);
        MapModel model = vm.model();
        model.setSize(1000, 700);
        vm.load();
        model.fit();
        assertThat(model.propertyCount()).isPositive();
        double lat = 55.7056;
        double lon = 13.1870;
        double x = model.x(lon);
        double y = model.y(lat);
        assertThat(model.lon(x)).isCloseTo(lon, org.assertj.core.data.Offset.offset(1e-9));
        model.zoomAt(2, x, y);
        assertThat(model.x(lon)).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(model.y(lat)).isCloseTo(y, org.assertj.core.data.Offset.offset(1e-6));
        model.panBy(50, -20);
        assertThat(model.x(lon)).isCloseTo(x + 50, org.assertj.core.data.Offset.offset(1e-6));

        RankedSite site = model.sites().stream().filter(s -> s.site().latitude() != null).findFirst().orElseThrow();
        var hit = model.hit(model.x(site.site().longitude()), model.y(site.site().latitude()));
        assertThat(hit.kind()).isEqualTo(MapModel.Kind.SITE);
        model.setLayer(MapModel.Kind.SITE, false);
        var other = model.hit(model.x(site.site().longitude()), model.y(site.site().latitude()));
        assertThat(other == null || other.kind() != MapModel.Kind.SITE).isTrue();
    }

    @Test
    void overviewFiguresAddUp() {
        OverviewViewModel vm = new OverviewViewModel(ctx);
        vm.load();
        var f = vm.figuresProperty().get();
        assertThat(f.markedProperties()).isPositive();
        assertThat(f.municipalityCoverage()).isBetween(0.0, 1.0);
        assertThat(f.kitsPerQuarter()).isNotEmpty();
        assertThat(f.kitsPerQuarter().stream().mapToLong(q -> q.kits()).sum()).isEqualTo(f.householdsReached());
        assertThat(f.sitesByStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(services.planning().sites().size());
    }
}
