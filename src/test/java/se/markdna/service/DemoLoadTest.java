package se.markdna.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.markdna.persistence.Actor;
import se.markdna.persistence.Database;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import se.markdna.persistence.Dialect;
import se.markdna.persistence.TestDatabases;

@ParameterizedClass(name = "{0}")
@MethodSource("se.markdna.persistence.TestDatabases#dialects")
@ExtendWith(TestDatabases.class)
class DemoLoadTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    private AppServices open(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new AppServices(TestDatabases.open(dialect, dir), () -> "test", clock);
    }

    @Test
    void loadsTheLundSampleWithEveryEntity() {
        AppServices services = open(LocalDate.now());
        Map<String, Long> counts = services.demo().load(false);
        assertThat(counts.get("districts")).isBetween(14L, 16L);
        assertThat(counts.get("properties")).isBetween(55L, 70L);
        assertThat(counts.get("sprayers")).isBetween(35L, 45L);
        assertThat(counts.get("rollout_sites")).isBetween(15L, 25L);
        assertThat(counts.get("organisations")).isGreaterThanOrEqualTo(5L);
        assertThat(counts.get("contacts")).isGreaterThanOrEqualTo(5L);
        assertThat(counts.get("kit_distributions")).isGreaterThan(50L);
        assertThat(counts.get("sprayer_events")).isGreaterThan(80L);
        assertThat(counts.get("audit_entries")).isGreaterThan(counts.get("properties"));
        assertThat(services.health().check().healthy()).isTrue();
    }

    @Test
    void theSpreadOfDueSprayersHoldsOnAnyDayItIsLoaded() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 11, 25), LocalDate.of(2031, 2, 28)}) {
            Path sub = dir.resolve(day.toString());
            Clock clock = Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            AppServices services = new AppServices(Database.open(sub.resolve("d.db")), Actor.osUser(), clock);
            services.demo().load(false);
            SprayerService.AttentionCounts counts = services.sprayers().attentionCounts();
            assertThat(counts.overdue()).as("overdue on " + day).isGreaterThanOrEqualTo(5);
            assertThat(counts.cartridgeExpired()).as("expired on " + day).isGreaterThanOrEqualTo(3);
            assertThat(counts.triggered()).as("triggered on " + day).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void refusesANonEmptyRegisterWithoutForce() {
        AppServices services = open(LocalDate.now());
        services.demo().load(false);
        assertThatThrownBy(() -> services.demo().load(false)).isInstanceOf(DemoService.NotEmptyException.class);
        Map<String, Long> again = services.demo().load(true);
        assertThat(again.get("properties")).isEqualTo(services.health().counts().get("properties"));
    }
}
