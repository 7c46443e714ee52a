-- Open windows learn that another user changed the register (issue 10): every statement that
-- writes a register table sends a notification on the channel markdna_changes once its
-- transaction commits. The payload is the table and the writer's application_name, by which a
-- client skips its own changes; it names no row, so a manager learns nothing it may not see
-- beyond "something in this table changed".

CREATE FUNCTION markdna_notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('markdna_changes', TG_TABLE_NAME || ' ' || current_setting('application_name', true));
    RETURN NULL;
END;
$$;
ALTER FUNCTION markdna_notify_change() OWNER TO markdna_owner;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['district', 'organisation', 'contact', 'property', 'kit_distribution', 'sprayer',
                             'sprayer_event', 'rollout_site', 'setting'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION markdna_notify_change()', t || '_notify', t);
    END LOOP;
END;
$$;
