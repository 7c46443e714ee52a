package se.markdna.ui.settings;

import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.BackgroundTask;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import se.markdna.domain.Problem;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;
import se.markdna.service.ValidationException;
import se.markdna.ui.planning.PlanningFormats;
import se.markdna.ui.planning.PlanningContext;

/**
 * The settings editor: unit costs, the coverage threshold, the warning horizon and the score
 * weights, as text. Valid weights are previewed at once (the ranking re-ranks through the shared
 * {@link PlanningContext}); nothing is stored until {@link #save()}; {@link #revert()} puts the
 * saved values back, preview included.
 */
public final class SettingsViewModel {

    public final StringProperty kitCost = new SimpleStringProperty("");
    public final StringProperty signCost = new SimpleStringProperty("");
    public final StringProperty stickerCost = new SimpleStringProperty("");
    public final StringProperty sprayerInstallCost = new SimpleStringProperty("");
    public final StringProperty sprayerServiceCost = new SimpleStringProperty("");
    public final StringProperty thresholdPercent = new SimpleStringProperty("");
    public final StringProperty warningHorizonDays = new SimpleStringProperty("");
    public final StringProperty backupsToKeep = new SimpleStringProperty("");
    public final StringProperty wBurglary = new SimpleStringProperty("");
    public final StringProperty wCoverageGap = new SimpleStringProperty("");
    public final StringProperty wSafety = new SimpleStringProperty("");
    public final StringProperty wPriority = new SimpleStringProperty("");

    private final PlanningContext ctx;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private Settings saved = Settings.defaults();
    private boolean filling;

    public SettingsViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        for (StringProperty p : List.of(kitCost, signCost, stickerCost, sprayerInstallCost, sprayerServiceCost,
                thresholdPercent, warningHorizonDays, backupsToKeep, wBurglary, wCoverageGap, wSafety, wPriority)) {
            p.addListener((o, a, b) -> changed());
        }
    }

    public void load() {
        BackgroundTask.of(() -> ctx.services().settings().current())
                .busy(busy)
                .onSuccess(s -> {
                    saved = s;
                    fill(s);
                    ctx.settingsProperty().set(s);
                    ctx.previewingProperty().set(false);
                    ctx.weightsProperty().set(s.weights());
                })
                .onFailure(e -> message.set(ctx.messages().get("settings.error", ErrorHandler.shortMessage(e))))
                .start();
    }

    private void fill(Settings s) {
        filling = true;
        PlanningFormats f = ctx.formats();
        kitCost.set(String.valueOf(s.kitCost()));
        signCost.set(String.valueOf(s.signCost()));
        stickerCost.set(String.valueOf(s.stickerCost()));
        sprayerInstallCost.set(String.valueOf(s.sprayerInstallCost()));
        sprayerServiceCost.set(String.valueOf(s.sprayerServiceCost()));
        thresholdPercent.set(f.decimal(s.coverageThreshold() * 100, 1));
        warningHorizonDays.set(String.valueOf(s.warningHorizonDays()));
        backupsToKeep.set(String.valueOf(s.backupsToKeep()));
        wBurglary.set(f.decimal(s.weights().burglaryRate(), 2));
        wCoverageGap.set(f.decimal(s.weights().coverageGap(), 2));
        wSafety.set(f.decimal(s.weights().safetyIndex(), 2));
        wPriority.set(f.decimal(s.weights().priorityArea(), 2));
        filling = false;
        dirty.set(false);
        errors.clear();
    }

    private void changed() {
        if (filling) {
            return;
        }
        dirty.set(true);
        message.set(null);
        List<Problem> problems = new ArrayList<>();
        Settings s = build(problems);
        problems.addAll(s.validate());
        errors.clear();
        for (Problem p : problems) {
            errors.putIfAbsent(p.field(), ctx.messages().problem(p));
        }
        if (s.weights().validate().isEmpty() && !errors.keySet().stream().anyMatch(k -> k.startsWith("weights"))) {
            ctx.previewingProperty().set(!s.weights().equals(saved.weights()));
            ctx.weightsProperty().set(s.weights());
        }
    }

    Settings build(List<Problem> problems) {
        ScoreWeights w = new ScoreWeights(dbl("weights.burglaryRate", wBurglary, problems),
                dbl("weights.coverageGap", wCoverageGap, problems), dbl("weights.safetyIndex", wSafety, problems),
                dbl("weights.priorityArea", wPriority, problems));
        return new Settings(lng("kitCost", kitCost, problems), lng("signCost", signCost, problems),
                lng("stickerCost", stickerCost, problems), lng("sprayerInstallCost", sprayerInstallCost, problems),
                lng("sprayerServiceCost", sprayerServiceCost, problems), saved.defaultServiceIntervalMonths(),
                saved.cartridgeInServiceMonths(), saved.cartridgeShelfLifeMonths(), saved.kitShelfLifeMonths(),
                (int) lng("warningHorizonDays", warningHorizonDays, problems),
                dbl("coverageThreshold", thresholdPercent, problems) / 100, w,
                (int) lng("backupsToKeep", backupsToKeep, problems));
    }

    private static long lng(String field, StringProperty p, List<Problem> problems) {
        Long v = PlanningFormats.parseLong(p.get());
        if (v == null) {
            problems.add(Problem.of(field, "plan.validation.wholeNumber"));
            return 0;
        }
        return v;
    }

    private static double dbl(String field, StringProperty p, List<Problem> problems) {
        Double v = PlanningFormats.parseDouble(p.get());
        if (v == null) {
            problems.add(Problem.of(field, "plan.validation.decimal"));
            return 0;
        }
        return v;
    }

    public void save() {
        List<Problem> problems = new ArrayList<>();
        Settings s = build(problems);
        problems.addAll(s.validate());
        if (!problems.isEmpty()) {
            message.set(ctx.messages().get("plan.form.fixErrors"));
            return;
        }
        BackgroundTask.of(() -> {
            ctx.services().settings().save(s);
            return ctx.services().settings().current();
        }).busy(busy).onSuccess(stored -> {
            saved = stored;
            fill(stored);
            ctx.settingsProperty().set(stored);
            ctx.previewingProperty().set(false);
            ctx.weightsProperty().set(stored.weights());
            ctx.changed();
            message.set(ctx.messages().get("settings.saved"));
        }).onFailure(e -> {
            if (e instanceof ValidationException v) {
                for (Problem p : v.problems()) {
                    errors.put(p.field(), ctx.messages().problem(p));
                }
            }
            message.set(ctx.messages().get("settings.error", ErrorHandler.shortMessage(e)));
        }).start();
    }

    /** Puts the saved values back (and ends the preview). */
    public void revert() {
        fill(saved);
        ctx.previewingProperty().set(false);
        ctx.weightsProperty().set(saved.weights());
        message.set(null);
    }

    /** Default weights 0.4 / 0.3 / 0.2 / 0.1 (previewed, not saved). */
    public void defaultWeights() {
        PlanningFormats f = ctx.formats();
        ScoreWeights d = ScoreWeights.DEFAULT;
        wBurglary.set(f.decimal(d.burglaryRate(), 2));
        wCoverageGap.set(f.decimal(d.coverageGap(), 2));
        wSafety.set(f.decimal(d.safetyIndex(), 2));
        wPriority.set(f.decimal(d.priorityArea(), 2));
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public PlanningContext context() {
        return ctx;
    }
}
