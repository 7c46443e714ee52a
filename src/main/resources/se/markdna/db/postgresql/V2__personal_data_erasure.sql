-- Erasing a contact's personal data must also reach the audit trail's old and new values, which
-- the immutability triggers otherwise protect. The trigger now lets an update through only while
-- an erasure is registered in erasure_in_progress, which the erasure writes and removes in its
-- own transaction (on PostgreSQL no other session sees that uncommitted row); deletes stay
-- impossible.
ALTER TABLE contact ADD COLUMN erased_at TEXT;

-- contact_id names a contact (it is not generated), so it is a plain BIGINT key.
CREATE TABLE erasure_in_progress (
    contact_id BIGINT PRIMARY KEY
);

CREATE FUNCTION markdna_audit_change_no_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM erasure_in_progress) THEN
        RAISE EXCEPTION 'audit entries cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;

DROP TRIGGER audit_change_no_update ON audit_change;
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change
    FOR EACH ROW EXECUTE FUNCTION markdna_audit_change_no_update();
