package se.markdna.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.SprayerEvent;

public final class SprayerEventRepository extends CrudRepository<SprayerEvent> {

    public SprayerEventRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "sprayer_event";
    }

    @Override
    protected Map<String, Object> columns(SprayerEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sprayer_id", e.sprayerId());
        m.put("date", e.date());
        m.put("kind", e.kind());
        m.put("police_case_number", e.policeCaseNumber());
        m.put("cost", e.cost());
        m.put("note", e.note());
        return m;
    }

    @Override
    protected SprayerEvent map(ResultSet rs) throws SQLException {
        return new SprayerEvent(meta(rs), rs.getLong("sprayer_id"), Sql.date(rs, "date"),
                Sql.enumOf(EventKind.class, rs, "kind"), rs.getString("police_case_number"), Sql.decimal(rs, "cost"),
                rs.getString("note"));
    }

    @Override
    protected SprayerEvent withMeta(SprayerEvent entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public List<SprayerEvent> findBySprayer(Connection c, long sprayerId) throws SQLException {
        return query(c, "SELECT * FROM sprayer_event WHERE sprayer_id = ? ORDER BY date, id", sprayerId);
    }

    public Optional<SprayerEvent> findByKey(Connection c, long sprayerId, LocalDate date, EventKind kind)
            throws SQLException {
        return queryOne(c, "SELECT * FROM sprayer_event WHERE sprayer_id = ? AND date = ? AND kind = ?", sprayerId,
                date, kind);
    }
}
