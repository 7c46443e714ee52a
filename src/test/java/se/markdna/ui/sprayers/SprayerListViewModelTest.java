package se.markdna.ui.sprayers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.domain.sprayer.Trigger;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.SprayerService;

/** The view models without a toolkit: database work runs at once on the test thread. */
class SprayerListViewModelTest {

    @TempDir
    Path dir;

    private AppServices services;
    private SprayerListViewModel vm;
    private final Texts texts = new Texts(new Messages(Messages.SWEDISH));

    @BeforeEach
    void setUp() {
        services = new AppServices(Database.open(dir.resolve("vm.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        vm = new SprayerListViewModel(services, texts);
        vm.loadNow();
    }

    @Test
    void quickFiltersAgreeWithTheStartUpCounts() {
        SprayerService.AttentionCounts counts = services.sprayers().attentionCounts();
        vm.overdueProperty().set(true);
        assertThat(vm.items()).hasSize(counts.overdue()).allMatch(SprayerRow::overdue);
        vm.overdueProperty().set(false);
        vm.expiredProperty().set(true);
        assertThat(vm.items()).hasSize(counts.cartridgeExpired());
        vm.expiredProperty().set(false);
        vm.triggeredProperty().set(true);
        assertThat(vm.items()).hasSize(counts.triggered());
        vm.overdueProperty().set(true);
        assertThat(vm.items()).allMatch(r -> r.triggered() || r.overdue());
    }

    @Test
    void theAttentionTotalCountsEachSprayerOnceHoweverManyReasonsItHas() {
        // an overdue sprayer that also goes off has two reasons
        SprayerRow overdue = vm.rows().stream().filter(r -> r.overdue() && !r.triggered()).findFirst().orElseThrow();
        vm.recordNow(overdue.id(), new SprayerEvent(RecordMeta.NEW, overdue.id(), vm.today(), EventKind.ACTIVATED,
                null, null, null));
        vm.loadNow();
        SprayerService.AttentionCounts counts = services.sprayers().attentionCounts();
        long distinct = vm.rows().stream().filter(r -> r.overdue() || r.expired() || r.triggered()).count();
        long withTwoReasons = vm.rows().stream()
                .filter(r -> (r.overdue() ? 1 : 0) + (r.expired() ? 1 : 0) + (r.triggered() ? 1 : 0) > 1).count();
        assertThat(withTwoReasons).as("the demo has sprayers with more than one reason").isPositive();
        assertThat(counts.total()).isEqualTo(distinct)
                .isLessThan(counts.overdue() + counts.cartridgeExpired() + counts.triggered());
        assertThat(SprayerAttention.title(counts, texts.messages())).isEqualTo(distinct + " sprutor behöver åtgärdas");
    }

    @Test
    void openRecordBeforeTheRowsAreLoadedSelectsTheSprayerOnceTheyAre() {
        SprayerListViewModel fresh = new SprayerListViewModel(services, texts);
        SprayerRow wanted = vm.rows().get(7);
        fresh.openRecord(wanted.id());
        assertThat(fresh.selectedProperty().get()).isNull();
        fresh.loadNow();
        assertThat(fresh.selectedProperty().get().id()).isEqualTo(wanted.id());
        assertThat(fresh.revealedProperty().get().id()).isEqualTo(wanted.id());
    }

    @Test
    void openRecordClearsFiltersThatHideTheSprayer() {
        SprayerRow fine = vm.rows().stream().filter(r -> r.inService() && !r.overdue()).findFirst().orElseThrow();
        vm.overdueProperty().set(true);
        vm.searchProperty().set("no such text");
        assertThat(vm.items()).doesNotContain(fine);
        vm.openRecord(fine.id());
        assertThat(vm.items()).contains(fine);
        assertThat(vm.selectedProperty().get()).isSameAs(fine);
        assertThat(vm.filterText()).isEmpty();
    }

    @Test
    void theFilterTextNamesEveryActiveFilter() {
        vm.searchProperty().set("Genarp");
        vm.dueWithinProperty().set(true);
        vm.dueWithinDaysProperty().set(45);
        vm.triggerProperty().set(Trigger.MOTION);
        assertThat(vm.filterText()).isEqualTo("Sökning: ”Genarp”; Service inom 45 dagar; Utlösning: Rörelsedetektor");
    }

    @Test
    void searchIsCaseInsensitiveOverSeveralWords() {
        SprayerRow any = vm.rows().get(5);
        String town = any.summary().designation().split(" ")[0].toUpperCase();
        vm.searchProperty().set(town + " " + any.serial().toLowerCase());
        assertThat(vm.items()).extracting(SprayerRow::id).containsExactly(any.id());
        vm.searchProperty().set("no such sprayer anywhere");
        assertThat(vm.items()).isEmpty();
    }

    @Test
    void removeRecordsARemovalEventAndUndoRestoresTheSprayer() {
        SprayerRow r = vm.rows().stream().filter(SprayerRow::inService).findFirst().orElseThrow();
        int before = vm.filtered().size();
        vm.recordNow(r.id(), new SprayerEvent(RecordMeta.NEW, r.id(), vm.today(), EventKind.REMOVED, null, null,
                null));
        assertThat(services.sprayers().summary(r.id()).storedStatus()).isEqualTo(SprayerStatus.REMOVED);
        assertThat(services.sprayers().events(r.id())).anyMatch(e -> e.kind() == EventKind.REMOVED);
        assertThat(vm.filtered()).hasSize(before - 1);
        vm.showRemovedProperty().set(true);
        assertThat(vm.filtered()).extracting(SprayerRow::id).contains(r.id());

        vm.undoNow();
        assertThat(services.sprayers().summary(r.id()).storedStatus()).isEqualTo(SprayerStatus.ACTIVE);
        assertThat(services.sprayers().events(r.id())).noneMatch(e -> e.kind() == EventKind.REMOVED);
    }

    @Test
    void aMoveChangesTheLocationAndAnInvalidCaseNumberIsRefused() {
        SprayerRow r = vm.rows().get(1);
        EventFormModel move = new EventFormModel(texts, vm.today(), r.id(), EventKind.MOVED);
        assertThat(move.validate()).isFalse();
        move.noteProperty().set("Nya gatan 1 UH");
        assertThat(move.validate()).isTrue();
        vm.recordNow(r.id(), move.toEvent());
        assertThat(services.sprayers().summary(r.id()).location()).isEqualTo("Nya gatan 1 UH");

        EventFormModel act = new EventFormModel(texts, vm.today(), r.id(), EventKind.ACTIVATED);
        act.caseNumberProperty().set("K123");
        assertThat(act.problems()).containsKey("policeCaseNumber");
        act.caseNumberProperty().set("");
        assertThat(act.validate()).isTrue();
        act.dateProperty().set(null);
        assertThat(act.problems()).containsKey("date");
    }

    @Test
    void theEditorChecksSerialsDatesAndTheInterval() {
        SprayerEditorModel m = new SprayerEditorModel(texts, vm.today());
        m.startNew(services.register().propertySummaries().get(0), 12);
        m.setUsedIdentifiers(vm.identifiers());
        m.serialProperty().set(vm.rows().get(0).serial().toLowerCase()); // the register ignores case
        m.solutionCodeProperty().set("NEW-CODE");
        assertThat(m.shownProblems()).containsKey("serial");
        m.serialProperty().set("NEW-SERIAL");
        assertThat(m.validate()).isTrue();
        m.lastServiceOnProperty().set(m.installedOnProperty().get().minusDays(1));
        assertThat(m.shownProblems()).containsKey("lastServiceOn");
        m.lastServiceOnProperty().set(null);
        m.intervalProperty().set(61);
        assertThat(m.shownProblems()).containsKey("serviceIntervalMonths");
        m.intervalProperty().set(60);
        assertThat(m.validate()).isTrue();
        m.installedOnProperty().set(LocalDate.now().plusDays(3));
        assertThat(m.shownProblems()).containsKey("installedOn");
    }

    @Test
    void aHundredThousandRowsFilterAndSortQuickly() {
        LocalDate today = LocalDate.now();
        List<SprayerRow> rows = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            SprayerSummary s = new SprayerSummary(i, 0, i % 5000, "Lund Kvarter " + (i % 5000) + ":" + (i % 7),
                    "Hus " + i, "Gata " + i, "223 63", "Lund", i % 3 == 0 ? "Klostergården" : "Östra Torn",
                    Placement.values()[i % 6], "Port " + i, "DNA", "S" + (i % 4), "SN" + i, "LC" + i,
                    Trigger.values()[i % 3], today.minusYears(2), today.minusDays(i % 400),
                    today.minusDays(i % 400).plusMonths(12), today.plusDays(300 - i % 700), i % 97 == 0,
                    SprayerStatus.ACTIVE, null, null);
            rows.add(SprayerRow.of(s, today, 30, texts));
        }
        vm.rows().setAll(rows);
        long t0 = System.nanoTime();
        vm.searchProperty().set("klosterg");
        vm.overdueProperty().set(true);
        vm.setComparator(SprayerRow.byText(r -> r.kProperty).thenComparing(SprayerRow.byDate(
                SprayerSummary::nextService)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(vm.items()).isNotEmpty();
        assertThat(ms).as("filter and sort of 100k rows took %d ms", ms).isLessThan(2_000);
    }
}
