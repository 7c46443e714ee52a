-- Erasing a contact's personal data must also reach the audit trail's old and new values, which
-- the immutability triggers otherwise protect. The triggers now let an update through only while
-- an erasure is registered in erasure_in_progress, which the erasure writes and removes in its
-- own transaction; deletes stay impossible.
ALTER TABLE contact ADD COLUMN erased_at TEXT;

CREATE TABLE erasure_in_progress (
    contact_id INTEGER PRIMARY KEY
);

DROP TRIGGER audit_change_no_update;
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
