package se.markdna.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.settings.Settings;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.ServiceRules;
import se.markdna.domain.sprayer.Sprayer;
import se.markdna.domain.sprayer.SprayerEvent;
import se.markdna.domain.sprayer.SprayerFigures;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.SprayerSummary;
import se.markdna.persistence.Database;
import se.markdna.persistence.RegisterQueries;
import se.markdna.persistence.Repositories;

/**
 * Use cases of the sprayer register. After every change to a sprayer or its events the derived
 * figures (next service, cartridge expiry, triggered) are recomputed by the domain rules and
 * stored with it, in the same transaction.
 */
public final class SprayerService {

    private final Database db;
    private final Repositories repos;
    private final SettingsService settings;
    private final Clock clock;
    private final RegisterQueries queries = new RegisterQueries();
    private final PrefetchedRead<List<SprayerSummary>> dueAhead;

    public SprayerService(Database db, Repositories repos, SettingsService settings, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.settings = settings;
        this.clock = clock;
        this.dueAhead = new PrefetchedRead<>(db::changeCount);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<SprayerSummary> summaries() {
        return db.read(queries::sprayers);
    }

    public List<SprayerSummary> summariesOfProperty(long propertyId) {
        return db.read(c -> queries.sprayersOfProperty(c, propertyId));
    }

    public SprayerSummary summary(long sprayerId) {
        return db.read(c -> queries.sprayer(c, sprayerId));
    }

    /**
     * The installer's work list: overdue, due within the warning horizon, expired or triggered, in
     * due-date order. The summaries hold the list's columns only (see RegisterQueries#serviceDue).
     */
    public List<SprayerSummary> serviceDue() {
        int horizon = settings.current().warningHorizonDays();
        LocalDate day = today();
        return dueAhead.take(List.of(day, horizon), () -> db.read(c -> queries.serviceDue(c, day, horizon)));
    }

    /**
     * Reads the Service due list ahead, on the calling thread, for the next {@link #serviceDue()}
     * of the same day and horizon: the GUI does so at start, as the start-up notice of sprayers
     * needing attention leads there.
     */
    public void prefetchServiceDue() {
        int horizon = settings.current().warningHorizonDays();
        LocalDate day = today();
        dueAhead.fill(List.of(day, horizon), () -> db.read(c -> queries.serviceDue(c, day, horizon)));
    }

    public java.util.Optional<Sprayer> sprayer(long id) {
        return db.read(c -> repos.sprayers.find(c, id));
    }

    public List<Sprayer> byProperty(long propertyId) {
        return db.read(c -> repos.sprayers.findByProperty(c, propertyId));
    }

    public List<SprayerEvent> events(long sprayerId) {
        return db.read(c -> repos.sprayerEvents.findBySprayer(c, sprayerId));
    }

    public Sprayer save(Sprayer s) {
        Settings current = settings.current();
        return db.write(c -> save(c, s, current));
    }

    /** Saves within the caller's transaction; checks serial and solution code are unique. */
    public Sprayer save(Connection c, Sprayer s, Settings current) throws SQLException {
        List<Problem> problems = new ArrayList<>(s.validate(today()));
        if (s.serial() != null) {
            repos.sprayers.findBySerial(c, s.serial()).filter(o -> !o.meta().id().equals(s.meta().id()))
                    .ifPresent(o -> problems.add(Problem.of("serial", "validation.uniqueSerial", o.serial())));
        }
        if (s.solutionCode() != null) {
            repos.sprayers.findBySolutionCode(c, s.solutionCode()).filter(o -> !o.meta().id().equals(s.meta().id()))
                    .ifPresent(o -> problems.add(
                            Problem.of("solutionCode", "validation.uniqueSolutionCode", o.solutionCode())));
        }
        ValidationException.throwIfAny(problems);
        Sprayer saved = s.meta().isNew() ? repos.sprayers.insert(c, s) : repos.sprayers.update(c, s);
        refreshFigures(c, saved, current);
        return saved;
    }

    /**
     * Records an event and applies what it means to the sprayer: a service moves the last service
     * date, a refill puts a new cartridge in, a move changes the location, a removal sets the
     * status. Returns the sprayer as stored afterwards.
     */
    public Sprayer recordEvent(Sprayer sprayer, SprayerEvent event) {
        Settings current = settings.current();
        return db.write(c -> recordEvent(c, sprayer, event, current));
    }

    public Sprayer recordEvent(Connection c, Sprayer sprayer, SprayerEvent event, Settings current)
            throws SQLException {
        ValidationException.throwIfAny(event.validate(today()));
        repos.sprayerEvents.insert(c, event);
        Sprayer changed = applied(sprayer, event);
        Sprayer saved = changed.equals(sprayer) ? sprayer : repos.sprayers.update(c, changed);
        refreshFigures(c, saved, current);
        return saved;
    }

    static Sprayer applied(Sprayer s, SprayerEvent e) {
        return switch (e.kind()) {
            case SERVICED -> s.lastServiceOn() == null || e.date().isAfter(s.lastServiceOn()) ? s.withService(e.date())
                    : s;
            case REFILLED -> s.cartridgeFilledOn() == null || !e.date().isBefore(s.cartridgeFilledOn())
                    ? s.withCartridgeFilled(e.date()) : s;
            case MOVED -> s.withLocation(e.note());
            case REMOVED -> s.withStatus(SprayerStatus.REMOVED);
            default -> s;
        };
    }

    /** Recomputes and stores the derived figures of one sprayer from its events. */
    public void refreshFigures(Connection c, Sprayer s, Settings current) throws SQLException {
        List<SprayerEvent> events = repos.sprayerEvents.findBySprayer(c, s.meta().id());
        repos.sprayers.storeDerived(c, s.meta().id(), figures(s, events, current));
    }

    public static SprayerFigures figures(Sprayer s, List<SprayerEvent> events, Settings current) {
        LocalDate lastRefill = ServiceRules.lastOf(events, EventKind.REFILLED).orElse(null);
        return new SprayerFigures(s.nextService(),
                ServiceRules.cartridgeExpiry(s.cartridgeFilledOn(), s.installedOn(), lastRefill, current),
                lastRefill, ServiceRules.triggered(events));
    }

    /** Recomputes every sprayer's figures, after cartridge-life settings changed. */
    public int refreshAllFigures() {
        Settings current = settings.current();
        return db.write(c -> {
            int n = 0;
            for (Sprayer s : repos.sprayers.findAll(c)) {
                refreshFigures(c, s, current);
                n++;
            }
            return n;
        });
    }

    /**
     * How many active sprayers are overdue, have an expired cartridge, or are triggered — for the
     * start-up notice and the overview. A sprayer can be in more than one of these at once, so
     * {@link AttentionCounts#total()} counts each sprayer once (the union), not the sum. Each part
     * is served by its own partial index on the sprayer table.
     */
    public AttentionCounts attentionCounts() {
        String today = today().toString();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT
                      (SELECT count(*) FROM sprayer WHERE status = 'ACTIVE' AND next_service_on < ?),
                      (SELECT count(*) FROM sprayer WHERE status = 'ACTIVE' AND cartridge_expires_on < ?),
                      (SELECT count(*) FROM sprayer WHERE status = 'ACTIVE' AND triggered = 1),
                      (SELECT count(*) FROM sprayer WHERE id IN (
                          SELECT id FROM sprayer WHERE status = 'ACTIVE' AND next_service_on < ?
                          UNION ALL SELECT id FROM sprayer WHERE status = 'ACTIVE' AND cartridge_expires_on < ?
                          UNION ALL SELECT id FROM sprayer WHERE status = 'ACTIVE' AND triggered = 1))""")) {
                // positional, not ?1: PostgreSQL's driver numbers every marker
                for (int i = 1; i <= 4; i++) {
                    ps.setString(i, today);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new AttentionCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
                }
            }
        });
    }

    /**
     * @param sprayers how many distinct sprayers need attention for any of the three reasons
     */
    public record AttentionCounts(int overdue, int cartridgeExpired, int triggered, int sprayers) {
        /** Sprayers needing attention, each counted once however many reasons it has. */
        public int total() {
            return sprayers;
        }
    }

    // --- added for the sprayer GUI (undo, live uniqueness) ---

    /**
     * Undo of a recorded event (found by sprayer, date and kind when it has no id): deletes the event and puts the sprayer's own fields back as they
     * were before it (location after a move, status after a removal, last service…), then
     * recomputes the derived figures — all in one transaction. Refused with
     * {@link se.markdna.domain.EditConflictException} if the event or the sprayer changed since.
     */
    public Sprayer undoEvent(SprayerEvent event, Sprayer before) {
        Settings current = settings.current();
        return db.write(c -> {
            SprayerEvent stored = event.meta().isNew()
                    ? repos.sprayerEvents.findByKey(c, event.sprayerId(), event.date(), event.kind()).orElseThrow(
                            () -> new se.markdna.domain.EditConflictException("sprayer_event", 0, 0))
                    : event;
            repos.sprayerEvents.delete(c, stored.meta().id(), stored.meta().version());
            Sprayer now = repos.sprayers.find(c, before.meta().id()).orElseThrow(
                    () -> new se.markdna.domain.EditConflictException("sprayer", before.meta().id(), 0));
            Sprayer target = before.withMeta(now.meta());
            Sprayer saved = target.equals(now) ? now : repos.sprayers.update(c, target);
            refreshFigures(c, saved, current);
            return saved;
        });
    }

    /**
     * Undo of an edit: saves the earlier field values over the record at {@code currentVersion}
     * (refused if someone else changed it since).
     */
    public Sprayer revert(Sprayer earlier, long currentVersion) {
        RecordMeta m = earlier.meta();
        return save(earlier.withMeta(new RecordMeta(m.id(), currentVersion, m.createdAt(), m.updatedAt())));
    }

    /** Undo of adding a sprayer: deletes it, only while it has no events. Returns false otherwise. */
    public boolean undoCreate(long sprayerId, long version) {
        return db.write(c -> {
            if (!repos.sprayerEvents.findBySprayer(c, sprayerId).isEmpty()) {
                return false;
            }
            repos.sprayers.delete(c, sprayerId, version);
            return true;
        });
    }

    /**
     * Every serial and solution code in use (lower case: the columns are unique ignoring case),
     * mapped to its sprayer id: for live uniqueness checks in a form.
     */
    public UsedIdentifiers usedIdentifiers() {
        return db.read(c -> {
            java.util.Map<String, Long> serials = new java.util.HashMap<>();
            java.util.Map<String, Long> codes = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, serial, solution_code FROM sprayer");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        serials.put(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                    }
                    if (rs.getString(3) != null) {
                        codes.put(rs.getString(3).toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                    }
                }
            }
            return new UsedIdentifiers(serials, codes);
        });
    }

    public record UsedIdentifiers(java.util.Map<String, Long> serials, java.util.Map<String, Long> solutionCodes) {
    }
}
