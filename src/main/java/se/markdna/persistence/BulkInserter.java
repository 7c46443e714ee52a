package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.markdna.domain.Entity;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.audit.FieldChange;

/**
 * Inserts many new rows of one table inside one unit of work, with the same stored values and the
 * same audit entry per row as {@link CrudRepository#insert}, but without reading anything back:
 * the inserter hands out the ids itself, counting on from the table's largest id, which is the id
 * SQLite would choose. At 100,000 rows, reading the id back ({@code RETURNING id}) cost 0.6 s.
 * <p>
 * The ids are only right while nothing else inserts into the table: within the unit of work,
 * every new row of the table must go through this inserter. On PostgreSQL, where other sessions
 * insert at the same time and row-level security hides rows, the table's sequence hands out the
 * ids instead, read back with RETURNING. Its statements belong to the unit of
 * work's statement cache and are closed with it.
 */
public final class BulkInserter<T extends Entity> {

    private final CrudRepository<T> repository;
    private final Connection connection;
    private final AuditRepository.InsertTrail trail;
    private final Clock clock;
    private final boolean sequenceIds;
    private long nextId;
    private Set<String> columns;
    private PreparedStatement insert;

    BulkInserter(CrudRepository<T> repository, Connection connection, AuditRepository.InsertTrail trail,
            Clock clock) throws SQLException {
        this.repository = repository;
        this.connection = connection;
        this.trail = trail;
        this.clock = clock;
        this.sequenceIds = Dialect.of(connection) == Dialect.POSTGRESQL;
        this.nextId = sequenceIds ? 0 : largestId(connection, repository.table()) + 1;
    }

    private static long largestId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts a new entity; returns it with its id and version 0. */
    public T insert(T entity) throws SQLException {
        Map<String, Object> cols = repository.columns(entity);
        PreparedStatement ps = statementFor(cols.keySet());
        Instant now = clock.instant();
        String stamp = now.toString();
        int i = 1;
        if (!sequenceIds) {
            ps.setLong(i++, nextId);
        }
        for (Object v : cols.values()) {
            Sql.bind(ps, i++, v);
        }
        ps.setString(i++, stamp);
        ps.setString(i, stamp);
        long id;
        if (sequenceIds) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        } else {
            ps.executeUpdate();
            id = nextId++;
        }
        List<FieldChange> values = CrudRepository.insertedValues(cols);
        trail.inserted(now, id, values.get(0).newValue());
        return repository.withMeta(entity, new RecordMeta(id, 0, now, now));
    }

    private PreparedStatement statementFor(Set<String> cols) throws SQLException {
        if (insert == null) {
            StringBuilder names = new StringBuilder(sequenceIds ? "" : "id, ");
            StringBuilder marks = new StringBuilder(sequenceIds ? "" : "?, ");
            for (String col : cols) {
                names.append(col).append(", ");
                marks.append("?, ");
            }
            String sql = "INSERT INTO " + repository.table() + " (" + names + "version, created_at, updated_at) VALUES ("
                    + marks + "0, ?, ?)" + (sequenceIds ? " RETURNING id" : "");
            insert = CrudRepository.direct(connection.prepareStatement(sql));
            columns = Set.copyOf(cols);
        } else if (!columns.equals(cols)) {
            throw new IllegalStateException("the columns of " + repository.table() + " changed between rows");
        }
        return insert;
    }
}
