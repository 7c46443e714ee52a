package se.markdna.persistence;
import se.markdna.domain.EditConflictException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.Entity;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.ChangeSet;
import se.markdna.domain.audit.FieldChange;

/**
 * Insert, update with optimistic locking, and delete for one table, each writing its audit entry
 * on the same connection, so the caller's transaction holds the change and its record together.
 * Subclasses say how an entity maps to columns.
 */
public abstract class CrudRepository<T extends Entity> {

    private final AuditRepository audit;
    private final Actor actor;
    private final Clock clock;

    protected CrudRepository(AuditRepository audit, Actor actor, Clock clock) {
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The table, also the entity name in the audit trail. */
    public abstract String table();

    /** The stored columns of an entity (no id, version or timestamps), in a stable order. */
    protected abstract Map<String, Object> columns(T entity);

    /** Reads an entity from a row of {@code SELECT * FROM table}. */
    protected abstract T map(ResultSet rs) throws SQLException;

    protected static RecordMeta meta(ResultSet rs) throws SQLException {
        return new RecordMeta(rs.getLong("id"), rs.getLong("version"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    public Optional<T> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table() + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<T> findAll(Connection c) throws SQLException {
        return query(c, "SELECT * FROM " + table() + " ORDER BY id");
    }

    protected List<T> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Sql.bind(ps, i + 1, args[i]);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs));
                }
            }
            return result;
        }
    }

    protected Optional<T> queryOne(Connection c, String sql, Object... args) throws SQLException {
        List<T> rows = query(c, sql, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts a new entity; returns it with its id and version 0. */
    public T insert(Connection c, T entity) throws SQLException {
        Map<String, Object> cols = columns(entity);
        Instant now = clock.instant();
        String stamp = now.toString();
        long id;
        try (PreparedStatement ps = c.prepareStatement(insertSql(cols))) {
            PreparedStatement direct = direct(ps);
            int i = bindAll(direct, cols);
            direct.setString(i++, stamp);
            direct.setString(i, stamp);
            try (ResultSet rs = direct.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        audit.record(c, actor.name(), now, table(), id, AuditAction.INSERT, insertedValues(cols));
        return withMeta(entity, new RecordMeta(id, 0, now, now));
    }

    /**
     * An inserter for many new rows in the unit of work of {@code c}; see {@link BulkInserter} for
     * what it requires.
     */
    public BulkInserter<T> bulkInserter(Connection c) throws SQLException {
        return new BulkInserter<>(this, c, audit.insertTrail(c, actor.name(), table()), clock);
    }

    /**
     * The INSERT statement, built once: the column list of a table does not change, and building
     * the text per row cost as much as a lookup in the statement cache.
     */
    private String insertSql(Map<String, Object> cols) {
        String sql = insertSql;
        if (sql == null || !insertColumns.equals(cols.keySet())) {
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (String col : cols.keySet()) {
                names.append(col).append(", ");
                marks.append("?, ");
            }
            sql = "INSERT INTO " + table() + " (" + names + "version, created_at, updated_at) VALUES (" + marks
                    + "0, ?, ?) RETURNING id";
            insertColumns = java.util.Set.copyOf(cols.keySet());
            insertSql = sql;
        }
        return sql;
    }

    private String insertSql;
    private java.util.Set<String> insertColumns = java.util.Set.of();

    /**
     * The driver's own statement behind the statement cache's proxy, so that binding twenty
     * parameters of a row does not go through reflection twenty times. Closing still goes through
     * the proxy (which keeps the statement for the next row).
     */
    static PreparedStatement direct(PreparedStatement ps) throws SQLException {
        return java.lang.reflect.Proxy.isProxyClass(ps.getClass()) ? ps.unwrap(PreparedStatement.class) : ps;
    }

    /** Receives an id and one text column, row by row. */
    @FunctionalInterface
    public interface IdKeyConsumer {
        void accept(long id, String key);
    }

    /** Streams {@code SELECT id, key ...} without building entities (lookup maps of large tables). */
    protected static void forEachIdAnd(Connection c, String sql, IdKeyConsumer each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                each.accept(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /**
     * Saves changes to an existing entity if nobody saved it since {@code entity.meta().version()};
     * otherwise throws {@link EditConflictException}. Returns the entity as stored; when nothing
     * changed, nothing is written and the entity comes back as it was.
     */
    public T update(Connection c, T entity) throws SQLException {
        long id = entity.meta().id();
        long version = entity.meta().version();
        T before = find(c, id).orElseThrow(() -> new EditConflictException(table(), id, version));
        if (before.meta().version() != version) {
            throw new EditConflictException(table(), id, version);
        }
        Map<String, Object> cols = columns(entity);
        List<FieldChange> changes = ChangeSet.between(texts(columns(before)), texts(cols));
        if (changes.isEmpty()) {
            return before;
        }
        Instant now = clock.instant();
        StringBuilder set = new StringBuilder();
        for (String col : cols.keySet()) {
            set.append(col).append(" = ?, ");
        }
        String sql = "UPDATE " + table() + " SET " + set + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindAll(ps, cols);
            ps.setString(i++, now.toString());
            ps.setLong(i++, id);
            ps.setLong(i, version);
            if (ps.executeUpdate() != 1) {
                throw new EditConflictException(table(), id, version);
            }
        }
        audit.record(c, actor.name(), now, table(), id, AuditAction.UPDATE, changes);
        return withMeta(entity, new RecordMeta(id, version + 1, before.meta().createdAt(), now));
    }

    /** Deletes the entity if it is still at the version the caller saw. */
    public void delete(Connection c, long id, long version) throws SQLException {
        T before = find(c, id).orElseThrow(() -> new EditConflictException(table(), id, version));
        if (before.meta().version() != version) {
            throw new EditConflictException(table(), id, version);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table() + " WHERE id = ? AND version = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, version);
            if (ps.executeUpdate() != 1) {
                throw new EditConflictException(table(), id, version);
            }
        }
        audit.record(c, actor.name(), clock.instant(), table(), id, AuditAction.DELETE,
                ChangeSet.between(texts(columns(before)), null));
    }

    /** Re-inserts a deleted entity under its old id, for undo. */
    public T restore(Connection c, T entity) throws SQLException {
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("id", entity.meta().id());
        cols.putAll(columns(entity));
        Instant now = clock.instant();
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (String col : cols.keySet()) {
            names.append(col).append(", ");
            marks.append("?, ");
        }
        String sql = "INSERT INTO " + table() + " (" + names + "version, created_at, updated_at) VALUES (" + marks
                + "0, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindAll(ps, cols);
            ps.setString(i++, now.toString());
            ps.setString(i, now.toString());
            ps.executeUpdate();
        }
        audit.record(c, actor.name(), now, table(), entity.meta().id(), AuditAction.INSERT,
                ChangeSet.between(null, texts(columns(entity))));
        return withMeta(entity, new RecordMeta(entity.meta().id(), 0, now, now));
    }

    protected abstract T withMeta(T entity, RecordMeta meta);

    /**
     * An insert is recorded as one change holding all initial values ("field=value; …") rather
     * than a row per field: a 100,000-row import would otherwise write two million audit rows.
     */
    static List<FieldChange> insertedValues(Map<String, Object> cols) {
        StringBuilder b = new StringBuilder(256);
        for (Map.Entry<String, Object> e : cols.entrySet()) {
            String v = Sql.toText(e.getValue());
            if (v != null) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(e.getKey()).append('=').append(v);
            }
        }
        return List.of(new FieldChange(INSERTED_VALUES, null, b.toString()));
    }

    /** The field name of the single change an insert records. */
    public static final String INSERTED_VALUES = "*";

    private static int bindAll(PreparedStatement ps, Map<String, Object> cols) throws SQLException {
        int i = 1;
        for (Object v : cols.values()) {
            Sql.bind(ps, i++, v);
        }
        return i;
    }

    private static Map<String, String> texts(Map<String, Object> cols) {
        Map<String, String> t = new LinkedHashMap<>();
        cols.forEach((k, v) -> t.put(k, Sql.toText(v)));
        return t;
    }

    protected Clock clock() {
        return clock;
    }
}
