package se.markdna.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;
import se.markdna.ui.planning.Background;
import se.markdna.ui.planning.PlanningContext;

/** Weights are previewed as they are typed, stored only on save, and put back on revert. */
class SettingsViewModelTest {

    @Test
    void previewSaveAndRevert() throws Exception {
        AppServices services = new AppServices(Database.open(Files.createTempDirectory("set-vm").resolve("t.db")),
                () -> "test", Clock.systemDefaultZone());
        PlanningContext ctx = new PlanningContext(services, new Messages(Messages.SWEDISH), Background.direct());
        SettingsViewModel vm = new SettingsViewModel(ctx);
        vm.load();
        assertThat(vm.wBurglary.get()).isEqualTo("0,40");

        vm.wBurglary.set("1");
        assertThat(ctx.weightsProperty().get()).isEqualTo(new ScoreWeights(1, 0.3, 0.2, 0.1));
        assertThat(services.settings().current().weights()).isEqualTo(ScoreWeights.DEFAULT);
        vm.revert();
        assertThat(ctx.weightsProperty().get()).isEqualTo(ScoreWeights.DEFAULT);

        vm.wBurglary.set("-1");
        assertThat(vm.errors()).containsKey("weights.burglaryRate");
        assertThat(ctx.weightsProperty().get()).isEqualTo(ScoreWeights.DEFAULT);
        vm.wBurglary.set("0,5");
        vm.kitCost.set("500");
        vm.thresholdPercent.set("20");
        vm.save();
        var stored = services.settings().current();
        assertThat(stored.kitCost()).isEqualTo(500);
        assertThat(stored.coverageThreshold()).isEqualTo(0.20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stored.weights().burglaryRate()).isEqualTo(0.5);
        assertThat(ctx.settings().kitCost()).isEqualTo(500);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }
}
