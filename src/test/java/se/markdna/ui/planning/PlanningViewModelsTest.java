package se.markdna.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.markdna.ui.planning.PlanningFixture.fx;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.ui.common.Places;

/**
 * The planning view models on the Lund demo data, without views: their database work runs through
 * the application's BackgroundTask and the test waits for it.
 */
class PlanningViewModelsTest {

    private PlanningFixture fixture;
    private PlanningContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        fixture = PlanningFixture.withDemoData();
        ctx = fixture.context();
        fx(() -> ctx.loadSettings(() -> { }));
    }

    @Test
    void rankingIsBestFirstAndReRanksWhenTheWeightsChange() throws Exception {
        RankingViewModel vm = new RankingViewModel(ctx);
        fx(() -> {
            vm.showProperty().set(RankingViewModel.Show.ALL);
            vm.load();
        });
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.all()).hasSize(20);
        assertThat(vm.all()).isSortedAccordingTo((a, b) -> Double.compare(b.score().score(), a.score().score()));
        RankedSite top = vm.all().get(0);
        ScoreParts parts = ScoreParts.of(top.score(), vm.rankedWithProperty().get());
        assertThat(parts.burglary() + parts.coverageGap() + parts.safety() + parts.priority())
                .isCloseTo(top.score().score(), Offset.offset(1e-6));
        assertThat(vm.rankOf(top.site().id())).isEqualTo(1);

        fx(() -> ctx.weightsProperty().set(new ScoreWeights(0, 0, 0, 1)));
        assertThat(vm.rankedWithProperty().get()).isEqualTo(new ScoreWeights(0, 0, 0, 1));
        assertThat(vm.all()).allSatisfy(r -> assertThat(r.score().score())
                .isCloseTo(r.score().priorityPart() * 100, Offset.offset(1e-6)));
        assertThat(vm.all()).isSortedAccordingTo((a, b) -> Double.compare(b.score().score(), a.score().score()));

        fx(() -> vm.showProperty().set(RankingViewModel.Show.OPEN));
        assertThat(vm.shown()).isNotEmpty().noneMatch(r -> r.site().status() == SiteStatus.DONE
                || r.site().status() == SiteStatus.REJECTED);
    }

    @Test
    void siteFormValidatesLiveAndComputesTheCostFromTheUnitCosts() throws Exception {
        SiteFormModel form = new SiteFormModel(ctx);
        fx(() -> {
            form.loadChoices();
            form.newSite(null);
        });
        fx(() -> {
            form.name.set("Test");
            form.name.set("");
            form.plannedQuarter.set("2027-Q5");
            form.latitude.set("55,7");
            form.dwellings.set("tio");
        });
        assertThat(form.errors()).containsKeys("name", "plannedQuarter", "longitude");
        assertThat(form.errors().get("dwellings")).isEqualTo("Ange ett heltal");

        fx(() -> {
            form.plannedKits.set("10");
            form.plannedSigns.set("2");
            form.plannedSprayers.set("1");
        });
        var s = ctx.settings();
        assertThat(form.costProperty().get().total())
                .isEqualTo(10 * s.kitCost() + 2 * s.signCost() + s.sprayerInstallCost());

        fx(form::save);
        assertThat(form.messageProperty().get()).isEqualTo("Rätta de markerade fälten först.");
        assertThat(form.errors()).containsKeys("name", "districtId");

        fx(() -> {
            form.name.set("Testgården");
            form.districtId.set(form.districts().get(0).id());
            form.plannedQuarter.set("2027-q1");
            form.longitude.set("13.2");
            form.dwellings.set("120");
            form.save();
        });
        assertThat(form.errors()).isEmpty();
        assertThat(form.originalProperty().get().id()).isNotNull();
        assertThat(form.originalProperty().get().plannedQuarter()).isEqualTo("2027-Q1");
        assertThat(form.transitions()).containsExactlyInAnyOrder(SiteStatus.UNDER_REVIEW, SiteStatus.REJECTED);
    }

    @Test
    void rejectingAsksForAReasonAndCancellingChangesNothing() throws Exception {
        SiteFormModel form = new SiteFormModel(ctx);
        RolloutSite site = fixture.services.planning().sites().stream()
                .filter(s -> s.status() == SiteStatus.PROPOSED).findFirst().orElseThrow();
        fx(() -> form.edit(site));

        fixture.textAnswer = null;
        fx(() -> form.moveTo(SiteStatus.REJECTED));
        assertThat(fixture.dialogs).containsExactly("ask: Avslå plats: Varför avslås ”" + site.name() + "”?");
        assertThat(status(site.id())).isEqualTo(SiteStatus.PROPOSED);

        fixture.textAnswer = "Fastighetsägaren tackade nej";
        fx(() -> form.moveTo(SiteStatus.REJECTED));
        RolloutSite rejected = stored(site.id());
        assertThat(rejected.status()).isEqualTo(SiteStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Fastighetsägaren tackade nej");
        assertThat(form.transitions()).containsExactly(SiteStatus.PROPOSED);
    }

    @Test
    void workflowOffersOnlyAllowedStepsAndDoneOpensTheLinkedProperty() throws Exception {
        SiteFormModel form = new SiteFormModel(ctx);
        RolloutSite site = fixture.services.planning().sites().stream()
                .filter(s -> s.status() == SiteStatus.PROPOSED).findFirst().orElseThrow();
        fx(() -> form.edit(site));
        assertThat(form.transitions()).doesNotContain(SiteStatus.DONE, SiteStatus.APPROVED);
        fx(() -> form.move(SiteStatus.DONE, null));
        assertThat(form.messageProperty().get()).isNotBlank();
        assertThat(status(site.id())).isEqualTo(SiteStatus.PROPOSED);

        for (SiteStatus next : List.of(SiteStatus.UNDER_REVIEW, SiteStatus.APPROVED, SiteStatus.SCHEDULED,
                SiteStatus.IN_PROGRESS, SiteStatus.DONE)) {
            assertThat(form.transitions()).contains(next);
            fx(() -> form.moveTo(next));
            assertThat(form.originalProperty().get().status()).isEqualTo(next);
        }
        assertThat(form.transitions()).isEmpty();
        Long propertyId = form.originalProperty().get().propertyId();
        assertThat(propertyId).isNotNull();
        var property = fixture.services.register().property(propertyId).orElseThrow();
        assertThat(property.districtId()).isEqualTo(site.districtId());
        assertThat(property.dwellings()).isEqualTo(site.dwellings());
        assertThat(fixture.shell.opened()).containsExactly("open " + Places.PROPERTIES + " " + propertyId);
        assertThat(fixture.shell.calls).anyMatch(c -> c.startsWith("notify ") && c.contains(property.designation()));
    }

    @Test
    void deletingASiteNeedsConfirmation() throws Exception {
        SiteFormModel form = new SiteFormModel(ctx);
        RolloutSite site = fixture.services.planning().sites().get(0);
        fx(() -> form.edit(site));
        fx(form::delete);
        assertThat(fixture.dialogs).containsExactly("confirm: Ta bort plats: Ta bort ”" + site.name() + "”?");
        assertThat(fixture.services.planning().sites()).noneMatch(s -> s.id().equals(site.id()));
        assertThat(form.openProperty().get()).isFalse();
    }

    @Test
    void budgetPlanStaysWithinTheBudgetHonoursPinsAndApproves() throws Exception {
        BudgetViewModel vm = new BudgetViewModel(ctx);
        fx(() -> {
            vm.budgetTextProperty().set("300 000 kr");
            vm.plan();
        });
        var summary = vm.summaryProperty().get();
        assertThat(summary.sites()).isPositive();
        assertThat(summary.totalCost()).isLessThanOrEqualTo(300_000);
        assertThat(summary.remaining()).isEqualTo(300_000 - summary.totalCost());
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.ranked().site().status().isPlannable()).isTrue());
        long chosenCost = vm.rows().stream().filter(BudgetViewModel.Row::chosen)
                .mapToLong(r -> r.ranked().cost().total()).sum();
        assertThat(chosenCost).isEqualTo(summary.totalCost());
        long households = vm.rows().stream().filter(BudgetViewModel.Row::chosen)
                .mapToLong(r -> r.ranked().site().dwellings()).sum();
        assertThat(summary.households()).isEqualTo(households);
        assertThat(vm.districts()).isNotEmpty().allSatisfy(d -> assertThat(d.after()).isGreaterThan(d.before()));

        long notChosen = vm.rows().stream().filter(r -> !r.chosen() && r.ranked().cost().total() <= 300_000)
                .map(r -> r.ranked().site().id()).findFirst().orElseThrow();
        fx(() -> vm.pin(notChosen, BudgetViewModel.Pin.IN));
        assertThat(vm.chosen()).contains(notChosen);
        long chosen = vm.chosen().stream().filter(id -> id != notChosen).findFirst().orElseThrow();
        fx(() -> vm.pin(chosen, BudgetViewModel.Pin.OUT));
        assertThat(vm.chosen()).doesNotContain(chosen).contains(notChosen);
        assertThat(vm.summaryProperty().get().totalCost()).isLessThanOrEqualTo(300_000);

        List<Long> ids = List.copyOf(vm.chosen());
        fx(vm::approve);
        assertThat(fixture.services.planning().sites()).filteredOn(s -> ids.contains(s.id()))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SiteStatus.APPROVED));
        assertThat(vm.messageProperty().get()).contains("godkändes");
    }

    @Test
    void anInvalidBudgetIsRefusedWithoutPlanning() throws Exception {
        BudgetViewModel vm = new BudgetViewModel(ctx);
        fx(() -> {
            vm.budgetTextProperty().set("en halv miljon");
            vm.plan();
        });
        assertThat(vm.budgetErrorProperty().get()).isNotBlank();
        assertThat(vm.summaryProperty().get()).isNull();
    }

    @Test
    void mapProjectsPansZoomsAroundTheCursorAndHitsSitesFirst() throws Exception {
        MapViewModel vm = new MapViewModel(ctx);
        MapModel model = vm.model();
        model.setSize(1000, 700);
        fx(vm::load);
        model.fit();
        assertThat(model.propertyCount()).isPositive();
        assertThat(model.sprayerCount()).isPositive();
        double lat = 55.7056;
        double lon = 13.1870;
        double x = model.x(lon);
        double y = model.y(lat);
        assertThat(model.lon(x)).isCloseTo(lon, Offset.offset(1e-9));
        model.zoomAt(2, x, y);
        assertThat(model.x(lon)).isCloseTo(x, Offset.offset(1e-6));
        assertThat(model.y(lat)).isCloseTo(y, Offset.offset(1e-6));
        model.panBy(50, -20);
        assertThat(model.x(lon)).isCloseTo(x + 50, Offset.offset(1e-6));

        RankedSite site = model.sites().stream().filter(s -> s.site().latitude() != null).findFirst().orElseThrow();
        var hit = model.hit(model.x(site.site().longitude()), model.y(site.site().latitude()));
        assertThat(hit.kind()).isEqualTo(MapModel.Kind.SITE);
        model.setLayer(MapModel.Kind.SITE, false);
        var other = model.hit(model.x(site.site().longitude()), model.y(site.site().latitude()));
        assertThat(other == null || other.kind() != MapModel.Kind.SITE).isTrue();
    }

    @Test
    void aClickOnTheMapOpensPropertiesAndSprayersInTheirOwnViews() throws Exception {
        MapViewModel vm = new MapViewModel(ctx);
        List<Long> sitesOpened = new java.util.ArrayList<>();
        ctx.setSiteOpener(sitesOpened::add);
        fx(vm::load);
        assertThat(vm.open(new MapModel.Hit(MapModel.Kind.PROPERTY, 0, 7))).isTrue();
        assertThat(vm.open(new MapModel.Hit(MapModel.Kind.SPRAYER, 0, 3))).isTrue();
        assertThat(vm.open(new MapModel.Hit(MapModel.Kind.SITE, 0, 5))).isTrue();
        assertThat(vm.open(new MapModel.Hit(MapModel.Kind.DISTRICT, 0, 1))).isFalse();
        assertThat(fixture.shell.opened()).containsExactly("open " + Places.PROPERTIES + " 7",
                "open " + Places.SPRAYERS + " 3");
        assertThat(sitesOpened).containsExactly(5L);

        var district = vm.model().districts().get(0);
        assertThat(vm.describe(new MapModel.Hit(MapModel.Kind.DISTRICT, 0, district.districtId())))
                .first().isEqualTo(district.name());
    }

    @Test
    void overviewFiguresAddUp() throws Exception {
        PlanningOverviewModel vm = new PlanningOverviewModel(ctx);
        fx(vm::load);
        var f = vm.figuresProperty().get();
        assertThat(f.empty()).isFalse();
        assertThat(f.markedProperties()).isPositive();
        assertThat(f.municipalityCoverage()).isBetween(0.0, 1.0);
        assertThat(f.kitsPerQuarter()).isNotEmpty();
        assertThat(f.kitsPerQuarter().stream().mapToLong(q -> q.kits()).sum()).isEqualTo(f.householdsReached());
        assertThat(f.sitesByStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(fixture.services.planning().sites().size());
        assertThat(f.sprayersByStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(fixture.services.sprayers().summaries().size());
        assertThat(f.overdue() + f.expired() + f.triggered()).isPositive();
    }

    @Test
    void overviewOfAnEmptyRegisterIsEmpty() throws Exception {
        PlanningFixture empty = PlanningFixture.empty();
        PlanningOverviewModel vm = new PlanningOverviewModel(empty.context());
        fx(vm::load);
        assertThat(vm.figuresProperty().get().empty()).isTrue();
    }

    private SiteStatus status(long id) {
        return stored(id).status();
    }

    private RolloutSite stored(long id) {
        return fixture.services.planning().sites().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
