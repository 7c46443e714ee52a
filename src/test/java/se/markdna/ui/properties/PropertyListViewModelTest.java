package se.markdna.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.domain.register.KitDistribution;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.service.BulkChange;

/** The property view models without a toolkit: database work runs at once on the test thread. */
class PropertyListViewModelTest {

    @TempDir
    Path dir;

    private AppServices services;
    private PropertyListViewModel vm;

    @BeforeEach
    void setUp() {
        services = new AppServices(Database.open(dir.resolve("vm.db")), () -> "test", Clock.systemDefaultZone());
        services.demo().load(false);
        vm = new PropertyListViewModel(services, new Messages(Messages.SWEDISH), BackgroundRunner.immediate());
        vm.load();
    }

    @Test
    void loadsEveryRowAndCountsThem() {
        int total = services.register().propertySummaries().size();
        assertThat(total).isGreaterThan(20);
        assertThat(vm.rows()).hasSize(total);
        assertThat(vm.countText().get()).isEqualTo(total + " av " + total);
        assertThat(vm.districts()).isNotEmpty();
    }

    @Test
    void searchMatchesAnyTextColumnCaseInsensitivelyWithEveryWord() {
        PropertyRow any = vm.rows().get(3);
        String district = any.summary().districtName();
        vm.searchProperty().set(district.toUpperCase());
        assertThat(vm.items()).isNotEmpty().allMatch(r -> r.searchText().contains(district.toLowerCase()));
        vm.searchProperty().set(any.designation().toLowerCase() + " " + district);
        assertThat(vm.items()).extracting(PropertyRow::id).contains(any.id());
        vm.searchProperty().set("ingen sådan fastighet");
        assertThat(vm.items()).isEmpty();
        assertThat(vm.countText().get()).startsWith("0 av ");
        vm.clearFilters();
        assertThat(vm.items()).hasSize(vm.rows().size());
    }

    @Test
    void columnFiltersCombineWithEachOther() {
        PropertyRow any = vm.rows().get(0);
        vm.districtFilter().add(any.summary().districtId());
        assertThat(vm.items()).isNotEmpty().allMatch(r -> r.summary().districtId().equals(any.summary().districtId()));
        vm.statusFilter().add(any.summary().status());
        assertThat(vm.items()).allMatch(r -> r.summary().status() == any.summary().status())
                .extracting(PropertyRow::id).contains(any.id());
    }

    @Test
    void sortsOnPrecomputedKeysWithEmptyValuesLast() {
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.DWELLINGS, false)));
        List<Integer> dwellings = vm.items().stream().map(r -> r.summary().dwellings()).toList();
        assertThat(dwellings).isSortedAccordingTo((a, b) -> b - a);
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.MARKED_ON, true)));
        assertThat(vm.items().get(vm.items().size() - 1).summary().markedOn() == null
                || vm.items().stream().allMatch(r -> r.summary().markedOn() != null)).isTrue();
        assertThat(PropertyRow.key("Östra Torn").compareTo(PropertyRow.key("Ärlan"))).isPositive();
        assertThat(PropertyRow.key("Ärlan").compareTo(PropertyRow.key("Åkern"))).isPositive();
        assertThat(PropertyRow.key("Åkern").compareTo(PropertyRow.key("Zeta"))).isPositive();
    }

    @Test
    void formValidatesAsTheUserTypesAndSaveStaysOffWhileInvalid() {
        PropertyFormModel f = vm.form();
        f.startNew();
        assertThat(f.errors()).containsKeys("designation", "districtId");
        assertThat(f.canSaveBinding().get()).isFalse();
        f.designationProperty().set("Lund Testgården 1:1");
        f.districtProperty().set(vm.districts().get(0));
        assertThat(f.errors()).isEmpty();
        assertThat(f.canSaveBinding().get()).isTrue();
        f.postalCodeProperty().set("2236");
        assertThat(f.errors()).containsEntry("postalCode", "Postnummer skrivs NNN NN, t.ex. 223 63");
        assertThat(f.canSaveBinding().get()).isFalse();
        f.postalCodeProperty().set("22363");
        assertThat(f.errors()).doesNotContainKey("postalCode");
        f.dwellingsProperty().set("tolv");
        assertThat(f.errors()).containsEntry("dwellings", "Ange ett heltal");
    }

    @Test
    void createWithAKitShowsLiveCoverageAndSavesBothTogether() {
        PropertyFormModel f = vm.form();
        int before = vm.rows().size();
        f.startNew();
        f.designationProperty().set("Lund Testgården 1:2");
        f.districtProperty().set(vm.districts().get(0));
        f.dwellingsProperty().set("40");
        f.newKit();
        f.kitSupplierProperty().set("SelectaDNA");
        f.kitDeliveredProperty().set("20");
        f.kitHandedOutProperty().set("25");
        assertThat(f.kitErrors()).containsKey("kitsHandedOut");
        assertThat(f.applyKit()).isFalse();
        f.kitHandedOutProperty().set("10");
        assertThat(f.applyKit()).isTrue();
        assertThat(f.coverageTextProperty().get()).startsWith("25\u00a0%");
        f.save(null);
        assertThat(vm.rows()).hasSize(before + 1);
        Property saved = f.originalProperty().get();
        assertThat(saved.meta().id()).isNotNull();
        assertThat(services.register().kitDistributions(saved.meta().id())).extracting(KitDistribution::kitsHandedOut)
                .containsExactly(10);
        assertThat(vm.rows()).anyMatch(r -> r.id() == saved.meta().id() && r.summary().kitsHandedOut() == 10);
    }

    @Test
    void editShowsInHistoryAndUndoPutsTheEarlierValuesBack() {
        PropertyRow r = vm.rows().get(0);
        PropertyFormModel f = vm.form();
        f.open(r.id());
        String oldName = f.nameProperty().get();
        f.nameProperty().set("Nytt namn");
        f.save(null);
        assertThat(services.register().property(r.id()).orElseThrow().name()).isEqualTo("Nytt namn");
        assertThat(f.history()).anyMatch(h -> h.field().equals("Namn") && h.newValue().equals("Nytt namn"));
        vm.undo();
        assertThat(services.register().property(r.id()).orElseThrow().name()).isEqualTo(
                oldName.isEmpty() ? null : oldName);
        assertThat(vm.noticeProperty().get()).startsWith("Ångrade: ändring av");
    }

    @Test
    void bulkEditChangesAllInOneGoAndUndoRevertsAll() {
        List<Long> ids = vm.items().stream().limit(3).map(PropertyRow::id).toList();
        List<PropertyStatus> before = ids.stream()
                .map(id -> services.register().property(id).orElseThrow().status()).toList();
        vm.bulkEdit(ids, new BulkChange(PropertyStatus.INACTIVE, "Bulk 2026", false, null, null), null);
        assertThat(ids).allMatch(id -> services.register().property(id).orElseThrow().status()
                == PropertyStatus.INACTIVE);
        assertThat(vm.rows()).filteredOn(r -> ids.contains(r.id()))
                .allMatch(r -> "Bulk 2026".equals(r.summary().programmePhase()));
        assertThat(vm.phases()).contains("Bulk 2026");
        vm.undo();
        assertThat(ids.stream().map(id -> services.register().property(id).orElseThrow().status()).toList())
                .isEqualTo(before);
    }

    @Test
    void deleteNamesWhatGoesWithItAndUndoRestoresIt() {
        PropertyRow r = vm.rows().stream().filter(x -> x.summary().kitsHandedOut() > 0).findFirst().orElseThrow();
        PropertyListViewModel.DeletePreview[] preview = new PropertyListViewModel.DeletePreview[1];
        vm.prepareDelete(r.id(), p -> preview[0] = p);
        assertThat(vm.deleteHeader(preview[0])).isEqualTo("Ta bort " + r.designation() + "?");
        assertThat(vm.deleteQuestion(preview[0])).startsWith("Med fastigheten försvinner").contains("kitutdelning");
        int kits = services.register().kitDistributions(r.id()).size();
        vm.delete(preview[0], null);
        assertThat(vm.rows()).noneMatch(x -> x.id() == r.id());
        assertThat(services.register().property(r.id())).isEmpty();
        vm.undo();
        assertThat(vm.rows()).anyMatch(x -> x.id() == r.id());
        assertThat(services.register().kitDistributions(r.id())).hasSize(kits);
    }

    @Test
    void aConflictListsTheDifferingFieldsAndOverwriteKeepsMine() {
        PropertyRow r = vm.rows().get(1);
        PropertyFormModel f = vm.form();
        f.open(r.id());
        // someone else saves meanwhile
        Property stored = services.register().property(r.id()).orElseThrow();
        services.register().saveProperty(new Property(stored.meta(), stored.designation(), "Deras namn",
                stored.streetAddress(), stored.postalCode(), stored.postTown(), stored.districtId(),
                stored.organisationId(), stored.contactId(), stored.latitude(), stored.longitude(),
                stored.buildingType(), stored.dwellings(), stored.signs(), stored.stickers(),
                stored.neighbourhoodWatch(), stored.programmePhase(), stored.status(), stored.notes()));
        f.nameProperty().set("Mitt namn");
        f.save(null);
        PropertyFormModel.Conflict c = f.conflictProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.differences()).containsExactly(new PropertyFormModel.FieldDiff("Namn", "Mitt namn", "Deras namn"));
        f.overwrite(null);
        assertThat(services.register().property(r.id()).orElseThrow().name()).isEqualTo("Mitt namn");
    }

    @Test
    void theRowsShownAndTheFilterAreDescribedForExport() {
        assertThat(vm.filterDescription()).isEmpty();
        assertThat(vm.isFiltered()).isFalse();
        PropertyRow any = vm.rows().get(0);
        vm.searchProperty().set("dalby");
        vm.statusFilter().add(any.summary().status());
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.DWELLINGS, false)));
        assertThat(vm.isFiltered()).isTrue();
        assertThat(vm.filterDescription()).isEqualTo("Sök: \"dalby\" · Status: "
                + vm.messages().label(any.summary().status()));
        assertThat(vm.shownIds()).containsExactlyElementsOf(vm.items().stream().map(PropertyRow::id).toList());
        assertThat(vm.shownIds()).hasSizeLessThan(vm.rows().size());
    }

    @Test
    void openingWorksBeforeTheTableHasLoadedAndListsTheSprayers() {
        PropertyListViewModel fresh = new PropertyListViewModel(services, new Messages(Messages.SWEDISH),
                BackgroundRunner.immediate());
        long withSprayers = services.sprayers().summaries().get(0).propertyId();
        fresh.form().open(withSprayers);
        PropertyFormModel f = fresh.form();
        assertThat(f.openProperty().get()).isTrue();
        Property stored = services.register().property(withSprayers).orElseThrow();
        assertThat(f.districtProperty().get()).isNotNull();
        assertThat(f.districtProperty().get().meta().id()).isEqualTo(stored.districtId());
        assertThat(f.dirtyProperty().get()).isFalse();
        assertThat(f.sprayers()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.serial()).isNotBlank();
            assertThat(line.status()).isNotBlank();
        });
        assertThat(f.sprayers()).extracting(PropertyFormModel.SprayerLine::id).containsExactlyInAnyOrderElementsOf(
                services.sprayers().summariesOfProperty(withSprayers).stream()
                        .map(se.markdna.domain.sprayer.SprayerSummary::id).toList());
    }

    @Test
    void coordinatesAreShownWithADecimalCommaAndReadBack() {
        PropertyRow r = vm.rows().stream().filter(x -> x.summary().latitude() != null).findFirst().orElseThrow();
        PropertyFormModel f = vm.form();
        f.open(r.id());
        assertThat(f.latitudeProperty().get()).contains(",").doesNotContain(".");
        assertThat(f.errors()).isEmpty();
        assertThat(f.draft(new java.util.HashMap<>()).latitude()).isEqualTo(r.summary().latitude());
    }

    @Test
    void keepingTheEditAfterAConflictLosesNothingAndAsksAgainOnSave() {
        PropertyRow r = vm.rows().get(2);
        PropertyFormModel f = vm.form();
        f.open(r.id());
        Property stored = services.register().property(r.id()).orElseThrow();
        services.register().saveProperty(new Property(stored.meta(), stored.designation(), "Deras namn",
                stored.streetAddress(), stored.postalCode(), stored.postTown(), stored.districtId(),
                stored.organisationId(), stored.contactId(), stored.latitude(), stored.longitude(),
                stored.buildingType(), stored.dwellings(), stored.signs(), stored.stickers(),
                stored.neighbourhoodWatch(), stored.programmePhase(), stored.status(), stored.notes()));
        f.nameProperty().set("Mitt namn");
        f.save(null);
        assertThat(f.conflictProperty().get()).isNotNull();
        f.keepEditing();
        assertThat(f.conflictProperty().get()).isNull();
        assertThat(f.nameProperty().get()).isEqualTo("Mitt namn");
        assertThat(f.dirtyProperty().get()).isTrue();
        f.save(null);
        assertThat(f.conflictProperty().get()).isNotNull();
        f.reloadTheirs();
        assertThat(f.nameProperty().get()).isEqualTo("Deras namn");
        assertThat(services.register().property(r.id()).orElseThrow().name()).isEqualTo("Deras namn");
    }

    @Test
    void filteringAndSortingAHundredThousandRowsGivesTheRightRows() {
        PropertyRow seed = vm.rows().get(0);
        List<PropertyRow> many = new java.util.ArrayList<>(100_000);
        Messages sv = vm.messages();
        for (int i = 0; i < 100_000; i++) {
            var s = seed.summary();
            many.add(PropertyRow.of(new se.markdna.domain.register.PropertySummary(i, 1, "Lund Kvarter " + i + ":" + (i % 37),
                    "Namn " + (i * 7919 % 100_000), "Gata " + i, "223 " + String.format("%02d", i % 100), "Lund",
                    s.districtId(), s.districtName(), s.organisationId(), s.organisationName(), s.organisationNumber(),
                    s.buildingType(), i % 500, i % 97, i % 11, 0, false, "Fas " + (i % 5),
                    PropertyStatus.values()[i % 4], i % 3 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 900),
                    null, null), sv));
        }
        vm.rows().setAll(many);
        vm.searchProperty().set("kvarter 4711");
        // every word must match somewhere in the row (speed is the benchmark's job, not a timed test)
        assertThat(vm.items()).hasSizeBetween(1, 100)
                .anySatisfy(r -> assertThat(r.summary().designation()).isEqualTo("Lund Kvarter 4711:12"))
                .allSatisfy(r -> assertThat(r.summary().designation()).contains("Kvarter"));
        vm.searchProperty().set("");
        assertThat(vm.items()).hasSize(100_000);
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.NAME, true)));
        assertThat(vm.items().get(0).summary().name()).isEqualTo("Namn 0");
        assertThat(vm.items().get(1).summary().name()).isEqualTo("Namn 1");
        vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.NAME, false)));
        assertThat(vm.items().get(0).summary().name()).isEqualTo("Namn 99999");
        System.out.printf("100k rows: filter %d ms, sort by name %d ms%n", vm.lastFilterNanos() / 1_000_000,
                vm.lastSortNanos() / 1_000_000);
    }

    @Test
    void typingAndDeletingShowsWhatAFullScanWouldAfterSortsAndColumnFiltersToo() {
        String word = vm.rows().get(5).summary().districtName().toLowerCase() + " 1";
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 1; i <= word.length(); i++) {
            texts.add(word.substring(0, i));
        }
        for (int i = word.length() - 1; i >= 0; i--) {
            texts.add(word.substring(0, i));
        }
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                vm.searchProperty().set(text);
                assertThat(vm.items()).as("search '%s', round %d", text, round).containsExactlyElementsOf(fullScan());
            }
            if (round == 0) {
                vm.sort(List.of(new PropertyListViewModel.Sort(PropertyRow.Column.DWELLINGS, false)));
            } else {
                vm.statusFilter().add(PropertyStatus.ACTIVE);
            }
        }
    }

    /** The shown rows as a scan of every row in the current order would give them. */
    private List<PropertyRow> fullScan() {
        var p = vm.predicate();
        java.util.List<PropertyRow> all = new java.util.ArrayList<>(vm.rows());
        java.util.List<PropertyListViewModel.Sort> order = vm.sortOrderProperty().get();
        java.util.Comparator<PropertyRow> c = PropertyRow.Column.DESIGNATION.comparator(true);
        if (!order.isEmpty()) {
            c = order.get(0).column().comparator(order.get(0).ascending()).thenComparing(c);
        }
        all.sort(c);
        return all.stream().filter(p).toList();
    }
}
