package se.markdna.domain.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change: when, who, which record, and the fields that changed. Never edited. */
public record AuditEntry(Long id, Instant at, String who, String entity, long entityId, AuditAction action,
        List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
