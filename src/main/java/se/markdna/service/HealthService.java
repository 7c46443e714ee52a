package se.markdna.service;

import java.util.List;
import java.util.Map;
import se.markdna.persistence.Database;
import se.markdna.persistence.Repositories;

/** What {@code check} reports: SQLite's integrity and foreign-key checks, and the row counts. */
public final class HealthService {

    private final Database db;

    public HealthService(Database db) {
        this.db = db;
    }

    public record Report(List<String> problems, Map<String, Long> counts) {
        public boolean healthy() {
            return problems.isEmpty();
        }
    }

    public Report check() {
        return db.read(c -> new Report(Repositories.integrityProblems(c), Repositories.counts(c)));
    }

    public Map<String, Long> counts() {
        return db.read(Repositories::counts);
    }

    /** True when nothing has been registered yet (settings and audit do not count). */
    public boolean isRegisterEmpty() {
        Map<String, Long> counts = counts();
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("audit_entries"))
                .allMatch(e -> e.getValue() == 0);
    }
}
