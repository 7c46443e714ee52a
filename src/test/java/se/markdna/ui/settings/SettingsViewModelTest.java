package se.markdna.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.service.AppServices;
import se.markdna.ui.planning.PlanningContext;
import se.markdna.ui.planning.PlanningFixture;
import static se.markdna.ui.planning.PlanningFixture.fx;

/** Weights are previewed as they are typed, stored only on save, and put back on revert. */
class SettingsViewModelTest {

    @Test
    void previewSaveAndRevert() throws Exception {
        PlanningFixture fixture = PlanningFixture.empty();
        AppServices services = fixture.services;
        PlanningContext ctx = fixture.context();
        SettingsViewModel vm = new SettingsViewModel(ctx);
        fx(vm::load);
        assertThat(vm.wBurglary.get()).isEqualTo("0,40");

        fx(() -> vm.wBurglary.set("1"));
        assertThat(ctx.weightsProperty().get()).isEqualTo(new ScoreWeights(1, 0.3, 0.2, 0.1));
        assertThat(ctx.previewingProperty().get()).isTrue();
        assertThat(services.settings().current().weights()).isEqualTo(ScoreWeights.DEFAULT);
        fx(vm::revert);
        assertThat(ctx.weightsProperty().get()).isEqualTo(ScoreWeights.DEFAULT);
        assertThat(ctx.previewingProperty().get()).isFalse();

        fx(() -> vm.wBurglary.set("-1"));
        assertThat(vm.errors()).containsKey("weights.burglaryRate");
        assertThat(ctx.weightsProperty().get()).isEqualTo(ScoreWeights.DEFAULT);
        fx(() -> {
            vm.wBurglary.set("0,5");
            vm.kitCost.set("500");
            vm.thresholdPercent.set("20");
            vm.save();
        });
        var stored = services.settings().current();
        assertThat(stored.kitCost()).isEqualTo(500);
        assertThat(stored.coverageThreshold()).isEqualTo(0.20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stored.weights().burglaryRate()).isEqualTo(0.5);
        assertThat(ctx.settings().kitCost()).isEqualTo(500);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(ctx.previewingProperty().get()).isFalse();
        assertThat(ctx.weightsProperty().get()).isEqualTo(stored.weights());
    }

    @Test
    void backupsToKeepIsEditableAndChecked() throws Exception {
        PlanningFixture fixture = PlanningFixture.empty();
        SettingsViewModel vm = new SettingsViewModel(fixture.context());
        fx(vm::load);
        assertThat(vm.backupsToKeep.get()).isEqualTo("7");

        fx(() -> vm.backupsToKeep.set("0"));
        assertThat(vm.errors()).containsKey("backupsToKeep");
        fx(() -> {
            vm.backupsToKeep.set("14");
            vm.save();
        });
        assertThat(fixture.services.settings().current().backupsToKeep()).isEqualTo(14);
    }
}
