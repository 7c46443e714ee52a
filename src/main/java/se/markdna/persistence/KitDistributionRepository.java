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
import se.markdna.domain.register.KitDistribution;

public final class KitDistributionRepository extends CrudRepository<KitDistribution> {

    public KitDistributionRepository(AuditRepository audit, Actor actor, Clock clock) {
        super(audit, actor, clock);
    }

    @Override
    public String table() {
        return "kit_distribution";
    }

    @Override
    protected Map<String, Object> columns(KitDistribution k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property_id", k.propertyId());
        m.put("date", k.date());
        m.put("supplier", k.supplier());
        m.put("kits_delivered", k.kitsDelivered());
        m.put("kits_handed_out", k.kitsHandedOut());
        m.put("kits_registered", k.kitsRegistered());
        m.put("codes", k.codes());
        m.put("expires", k.expires());
        return m;
    }

    @Override
    protected KitDistribution map(ResultSet rs) throws SQLException {
        return new KitDistribution(meta(rs), rs.getLong("property_id"), Sql.date(rs, "date"), rs.getString("supplier"),
                rs.getInt("kits_delivered"), rs.getInt("kits_handed_out"), Sql.intOrNull(rs, "kits_registered"),
                rs.getString("codes"), Sql.date(rs, "expires"));
    }

    @Override
    protected KitDistribution withMeta(KitDistribution entity, RecordMeta meta) {
        return entity.withMeta(meta);
    }

    public List<KitDistribution> findByProperty(Connection c, long propertyId) throws SQLException {
        return query(c, "SELECT * FROM kit_distribution WHERE property_id = ? ORDER BY date, id", propertyId);
    }

    public Optional<KitDistribution> findByKey(Connection c, long propertyId, LocalDate date, String supplier)
            throws SQLException {
        return queryOne(c, "SELECT * FROM kit_distribution WHERE property_id = ? AND date = ? AND supplier = ?",
                propertyId, date, supplier);
    }
}
