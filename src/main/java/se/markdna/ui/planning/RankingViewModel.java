package se.markdna.ui.planning;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ErrorHandler;

/**
 * The candidates ranked by priority score, best first, under the context's weights. Re-ranks when
 * the weights change (a preview from Settings) or planning data changed. Rankings asked for while
 * one is running are coalesced: only the newest weights are computed next.
 */
public final class RankingViewModel {

    /** Which sites the table shows. */
    public enum Show { OPEN, ALL }

    private final PlanningContext ctx;
    private final ObservableList<RankedSite> all = FXCollections.observableArrayList();
    private final FilteredList<RankedSite> shown = new FilteredList<>(all);
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.OPEN);
    private final ObjectProperty<ScoreWeights> rankedWith = new SimpleObjectProperty<>(ScoreWeights.DEFAULT);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ChangeListener<Object> reload = (o, a, b) -> load();
    private boolean pending;

    public RankingViewModel(PlanningContext ctx) {
        this.ctx = ctx;
        show.addListener((o, a, b) -> applyFilter());
        applyFilter();
        ctx.weightsProperty().addListener(new WeakChangeListener<>(reload));
        ctx.revisionProperty().addListener(new WeakChangeListener<>(reload));
    }

    public void load() {
        if (busy.get()) {
            pending = true;
            return;
        }
        busy.set(true);
        ScoreWeights w = ctx.weightsProperty().get();
        BackgroundTask.of(() -> ctx.services().planning().ranking(w))
                .onSuccess(list -> {
                    all.setAll(list);
                    rankedWith.set(w);
                    error.set(null);
                    loaded.set(true);
                })
                .onFailure(e -> error.set(ctx.messages().get("plan.error.load", ErrorHandler.shortMessage(e))))
                .onFinished(this::done)
                .start();
    }

    private void done() {
        busy.set(false);
        if (pending) {
            pending = false;
            load();
        }
    }

    private void applyFilter() {
        shown.setPredicate(r -> show.get() == Show.ALL
                || (r.site().status() != SiteStatus.DONE && r.site().status() != SiteStatus.REJECTED));
    }

    public ObservableList<RankedSite> all() {
        return all;
    }

    public ObservableList<RankedSite> shown() {
        return shown;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    /** The weights the current list was ranked with (for the score's parts). */
    public ObjectProperty<ScoreWeights> rankedWithProperty() {
        return rankedWith;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** True once a ranking has been shown. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /**
     * 1-based place of a site among the sites shown (so the numbers have no gaps when finished or
     * rejected sites are hidden), 0 if it is not shown.
     */
    public int rankOf(long siteId) {
        List<RankedSite> list = shown;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).site().id() == siteId) {
                return i + 1;
            }
        }
        return 0;
    }

    public RankedSite find(long siteId) {
        for (RankedSite r : all) {
            if (r.site().id() == siteId) {
                return r;
            }
        }
        return null;
    }
}
