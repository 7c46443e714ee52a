package se.markdna.domain.audit;

/** What a change did to a record. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE
}
