-- Who sees and edits what on a shared database, enforced by PostgreSQL itself (issue 10).
--
-- Group roles (NOLOGIN; a person's login is made a member by pg-grant):
--   markdna_owner    owns every table, sequence and function; nobody logs in as it. The
--                    administrator who runs the migrations is made a member so that later
--                    migrations can still alter the tables.
--   markdna_office   the safety office: sees and edits everything.
--   markdna_manager  property managers: see and edit only the properties (and their kit
--                    distributions, sprayers and events) and contacts of the organisations listed
--                    for their login in organisation_access.
--   markdna_reader   read-only (for example the police): sees everything, has no write grant.
--
-- The policies are keyed on session_user, the authenticated login, which a client cannot change
-- (SET ROLE changes current_user only, and no group is granted to another); never on a session
-- variable. They are written for PUBLIC so that they also hold inside the SECURITY DEFINER
-- helpers, which run as markdna_owner: every table has FORCE ROW LEVEL SECURITY, so even the owner
-- is filtered, always by what session_user may see. Members of markdna_owner (the administrator)
-- count as the safety office, so that data migrations run by the administrator see every row.
-- Superusers bypass row-level security: never grant a superuser or BYPASSRLS login to users.
--
-- flyway_schema_history stays owned by the administrator who created it (Flyway writes it on
-- every migration); markdna_owner gets write access to it so that another administrator who is
-- a member of markdna_owner can migrate later, and the three groups may read it.
--
-- A later migration that creates a table must grant it, enable and force row-level security,
-- add its policies and transfer it to markdna_owner as below.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['markdna_owner', 'markdna_office', 'markdna_manager', 'markdna_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object THEN
                NULL; -- created by a concurrent setup of another database in the same cluster
            END;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND (rolsuper OR rolbypassrls OR rolcanlogin)) THEN
            RAISE EXCEPTION 'role % must be NOLOGIN, not a superuser and not BYPASSRLS', r;
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['markdna_office', 'markdna_manager', 'markdna_reader'] LOOP
        IF pg_has_role(r, 'markdna_owner', 'MEMBER') THEN
            RAISE EXCEPTION 'role % must not be a member of markdna_owner', r;
        END IF;
    END LOOP;
    -- the administrator must be a member of the new owner to hand the tables over, and stays one
    -- so that later migrations can alter them
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'markdna_owner', 'MEMBER') THEN
        EXECUTE format('GRANT markdna_owner TO %I', current_user);
    END IF;
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO markdna_owner', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO markdna_office, markdna_manager, markdna_reader',
            current_schema());
END;
$$;

CREATE TABLE organisation_access (
    login_role         TEXT    NOT NULL,
    organisation_id    BIGINT  NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    PRIMARY KEY (login_role, organisation_id)
);
CREATE INDEX organisation_access_organisation ON organisation_access(organisation_id);

-- Helpers. STABLE (the login does not change within a statement), search_path pinned.

CREATE FUNCTION markdna_is_office() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'markdna_office', 'MEMBER')
        OR pg_has_role(session_user, 'markdna_owner', 'MEMBER')
$$;

CREATE FUNCTION markdna_is_reader() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'markdna_reader', 'MEMBER')
$$;

-- SECURITY DEFINER: does not depend on the caller's grants on organisation_access. Its policy
-- (below) only calls markdna_is_office(), so there is no recursion.
CREATE FUNCTION markdna_manages(org BIGINT) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT org IS NOT NULL
       AND pg_has_role(session_user, 'markdna_manager', 'MEMBER')
       AND EXISTS (SELECT 1 FROM organisation_access a
                    WHERE a.login_role = session_user AND a.organisation_id = org)
$$;

CREATE FUNCTION markdna_may_see(org BIGINT) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT markdna_is_office() OR markdna_is_reader() OR markdna_manages(org)
$$;

CREATE FUNCTION markdna_may_edit(org BIGINT) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT markdna_is_office() OR markdna_manages(org)
$$;

-- The organisation of a property and of a sprayer, for the policies of the tables below them.
-- The lookups are themselves filtered by property's policy for session_user (FORCE), which only
-- calls markdna_manages: no recursion. A property the caller cannot see gives NULL, which only
-- the office and the reader may see, and only the office may edit.
CREATE FUNCTION markdna_property_org(pid BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT p.organisation_id FROM property p WHERE p.id = pid
$$;

CREATE FUNCTION markdna_sprayer_org(sid BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
    SELECT p.organisation_id FROM sprayer s JOIN property p ON p.id = s.property_id WHERE s.id = sid
$$;

-- Whether the login may see the audit trail of one record: the office and the reader always; a
-- manager for the records it can see (resolved to their organisation) and for the shared tables
-- everyone reads. A deleted record cannot be resolved, so a manager no longer sees its trail
-- (except its own entries, see audit_entry's policy).
CREATE FUNCTION markdna_can_see_record(p_entity TEXT, p_id BIGINT) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
DECLARE
    org BIGINT;
BEGIN
    IF markdna_is_office() OR markdna_is_reader() THEN
        RETURN true;
    END IF;
    CASE p_entity
        WHEN 'property' THEN
            SELECT p.organisation_id INTO org FROM property p WHERE p.id = p_id;
        WHEN 'kit_distribution' THEN
            SELECT p.organisation_id INTO org
              FROM kit_distribution k JOIN property p ON p.id = k.property_id WHERE k.id = p_id;
        WHEN 'sprayer' THEN
            SELECT p.organisation_id INTO org
              FROM sprayer s JOIN property p ON p.id = s.property_id WHERE s.id = p_id;
        WHEN 'sprayer_event' THEN
            SELECT p.organisation_id INTO org
              FROM sprayer_event e JOIN sprayer s ON s.id = e.sprayer_id JOIN property p ON p.id = s.property_id
             WHERE e.id = p_id;
        WHEN 'contact' THEN
            SELECT c.organisation_id INTO org FROM contact c WHERE c.id = p_id;
        WHEN 'organisation' THEN
            RETURN EXISTS (SELECT 1 FROM organisation o WHERE o.id = p_id);
        WHEN 'district' THEN
            RETURN EXISTS (SELECT 1 FROM district d WHERE d.id = p_id);
        WHEN 'rollout_site' THEN
            RETURN EXISTS (SELECT 1 FROM rollout_site r WHERE r.id = p_id);
        WHEN 'setting' THEN
            RETURN true;
        ELSE
            RETURN false;
    END CASE;
    RETURN markdna_manages(org);
END;
$$;

-- Grants. Reading: every group reads every table (row-level security narrows the manager's).
-- Writing: the office everything; the manager its organisations' records and the audit trail;
-- the reader nothing. Deleting from (and updating) the audit trail is granted to the office only
-- so that the immutability triggers give their message; they refuse it all the same.

GRANT SELECT ON district, organisation, contact, property, kit_distribution, sprayer, sprayer_event,
        rollout_site, setting, audit_entry, audit_change, organisation_access
    TO markdna_office, markdna_manager, markdna_reader;
GRANT SELECT ON flyway_schema_history TO markdna_office, markdna_manager, markdna_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON flyway_schema_history TO markdna_owner;

GRANT INSERT, UPDATE, DELETE ON district, organisation, contact, property, kit_distribution, sprayer,
        sprayer_event, rollout_site, setting, audit_entry, audit_change, organisation_access
    TO markdna_office;
GRANT SELECT, INSERT, UPDATE, DELETE ON erasure_in_progress TO markdna_office;

GRANT INSERT, UPDATE, DELETE ON contact, property, kit_distribution, sprayer, sprayer_event
    TO markdna_manager;
GRANT INSERT ON audit_entry, audit_change TO markdna_manager;

DO $$
DECLARE
    t text;
    s text;
BEGIN
    FOREACH t IN ARRAY ARRAY['district', 'organisation', 'contact', 'property', 'kit_distribution', 'sprayer',
            'sprayer_event', 'rollout_site', 'audit_entry', 'audit_change'] LOOP
        s := pg_get_serial_sequence(quote_ident(t), 'id');
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO markdna_office', s);
        IF t IN ('contact', 'property', 'kit_distribution', 'sprayer', 'sprayer_event', 'audit_entry',
                'audit_change') THEN
            EXECUTE format('GRANT USAGE ON SEQUENCE %s TO markdna_manager', s);
        END IF;
    END LOOP;
END;
$$;

-- The SECURITY DEFINER helpers are for the policies of the application's roles only.
REVOKE EXECUTE ON FUNCTION markdna_manages(BIGINT), markdna_property_org(BIGINT), markdna_sprayer_org(BIGINT),
        markdna_can_see_record(TEXT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION markdna_manages(BIGINT), markdna_property_org(BIGINT), markdna_sprayer_org(BIGINT),
        markdna_can_see_record(TEXT, BIGINT) TO markdna_office, markdna_manager, markdna_reader;

-- Row-level security on every table, forced so that it also holds for the owner.

ALTER TABLE district ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE property ENABLE ROW LEVEL SECURITY;
ALTER TABLE kit_distribution ENABLE ROW LEVEL SECURITY;
ALTER TABLE sprayer ENABLE ROW LEVEL SECURITY;
ALTER TABLE sprayer_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE rollout_site ENABLE ROW LEVEL SECURITY;
ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE erasure_in_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_access ENABLE ROW LEVEL SECURITY;

ALTER TABLE district FORCE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
ALTER TABLE contact FORCE ROW LEVEL SECURITY;
ALTER TABLE property FORCE ROW LEVEL SECURITY;
ALTER TABLE kit_distribution FORCE ROW LEVEL SECURITY;
ALTER TABLE sprayer FORCE ROW LEVEL SECURITY;
ALTER TABLE sprayer_event FORCE ROW LEVEL SECURITY;
ALTER TABLE rollout_site FORCE ROW LEVEL SECURITY;
ALTER TABLE setting FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_change FORCE ROW LEVEL SECURITY;
ALTER TABLE erasure_in_progress FORCE ROW LEVEL SECURITY;
ALTER TABLE organisation_access FORCE ROW LEVEL SECURITY;

-- The organisation-scoped records.

CREATE POLICY property_select ON property FOR SELECT USING (markdna_may_see(organisation_id));
CREATE POLICY property_insert ON property FOR INSERT WITH CHECK (markdna_may_edit(organisation_id));
CREATE POLICY property_update ON property FOR UPDATE
    USING (markdna_may_edit(organisation_id)) WITH CHECK (markdna_may_edit(organisation_id));
CREATE POLICY property_delete ON property FOR DELETE USING (markdna_may_edit(organisation_id));

CREATE POLICY kit_distribution_select ON kit_distribution FOR SELECT
    USING (markdna_may_see(markdna_property_org(property_id)));
CREATE POLICY kit_distribution_insert ON kit_distribution FOR INSERT
    WITH CHECK (markdna_may_edit(markdna_property_org(property_id)));
CREATE POLICY kit_distribution_update ON kit_distribution FOR UPDATE
    USING (markdna_may_edit(markdna_property_org(property_id)))
    WITH CHECK (markdna_may_edit(markdna_property_org(property_id)));
CREATE POLICY kit_distribution_delete ON kit_distribution FOR DELETE
    USING (markdna_may_edit(markdna_property_org(property_id)));

CREATE POLICY sprayer_select ON sprayer FOR SELECT
    USING (markdna_may_see(markdna_property_org(property_id)));
CREATE POLICY sprayer_insert ON sprayer FOR INSERT
    WITH CHECK (markdna_may_edit(markdna_property_org(property_id)));
CREATE POLICY sprayer_update ON sprayer FOR UPDATE
    USING (markdna_may_edit(markdna_property_org(property_id)))
    WITH CHECK (markdna_may_edit(markdna_property_org(property_id)));
CREATE POLICY sprayer_delete ON sprayer FOR DELETE
    USING (markdna_may_edit(markdna_property_org(property_id)));

CREATE POLICY sprayer_event_select ON sprayer_event FOR SELECT
    USING (markdna_may_see(markdna_sprayer_org(sprayer_id)));
CREATE POLICY sprayer_event_insert ON sprayer_event FOR INSERT
    WITH CHECK (markdna_may_edit(markdna_sprayer_org(sprayer_id)));
CREATE POLICY sprayer_event_update ON sprayer_event FOR UPDATE
    USING (markdna_may_edit(markdna_sprayer_org(sprayer_id)))
    WITH CHECK (markdna_may_edit(markdna_sprayer_org(sprayer_id)));
CREATE POLICY sprayer_event_delete ON sprayer_event FOR DELETE
    USING (markdna_may_edit(markdna_sprayer_org(sprayer_id)));

CREATE POLICY contact_select ON contact FOR SELECT USING (markdna_may_see(organisation_id));
CREATE POLICY contact_insert ON contact FOR INSERT WITH CHECK (markdna_may_edit(organisation_id));
CREATE POLICY contact_update ON contact FOR UPDATE
    USING (markdna_may_edit(organisation_id)) WITH CHECK (markdna_may_edit(organisation_id));
CREATE POLICY contact_delete ON contact FOR DELETE USING (markdna_may_edit(organisation_id));

-- The shared tables: everyone reads (the grants decide who), only the office writes.

CREATE POLICY district_select ON district FOR SELECT USING (true);
CREATE POLICY district_insert ON district FOR INSERT WITH CHECK (markdna_is_office());
CREATE POLICY district_update ON district FOR UPDATE USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY district_delete ON district FOR DELETE USING (markdna_is_office());

CREATE POLICY organisation_select ON organisation FOR SELECT USING (true);
CREATE POLICY organisation_insert ON organisation FOR INSERT WITH CHECK (markdna_is_office());
CREATE POLICY organisation_update ON organisation FOR UPDATE
    USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY organisation_delete ON organisation FOR DELETE USING (markdna_is_office());

CREATE POLICY rollout_site_select ON rollout_site FOR SELECT USING (true);
CREATE POLICY rollout_site_insert ON rollout_site FOR INSERT WITH CHECK (markdna_is_office());
CREATE POLICY rollout_site_update ON rollout_site FOR UPDATE
    USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY rollout_site_delete ON rollout_site FOR DELETE USING (markdna_is_office());

CREATE POLICY setting_select ON setting FOR SELECT USING (true);
CREATE POLICY setting_insert ON setting FOR INSERT WITH CHECK (markdna_is_office());
CREATE POLICY setting_update ON setting FOR UPDATE USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY setting_delete ON setting FOR DELETE USING (markdna_is_office());

-- The audit trail. Every writer appends (who is set to the login by a trigger); a manager reads
-- the trail of the records it can see and the entries it wrote itself (the application attaches
-- changes to the newest entry it can see, which must be its own even after a delete). Changes are
-- attached by a manager only to its own entries. Updates and deletes reach the office only, and
-- the immutability triggers refuse them except an update during a personal-data erasure.

CREATE POLICY audit_entry_select ON audit_entry FOR SELECT
    USING (markdna_is_office() OR markdna_is_reader() OR who = session_user
           OR markdna_can_see_record(entity, entity_id));
CREATE POLICY audit_entry_insert ON audit_entry FOR INSERT WITH CHECK (true);
CREATE POLICY audit_entry_update ON audit_entry FOR UPDATE USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY audit_entry_delete ON audit_entry FOR DELETE USING (markdna_is_office());

CREATE POLICY audit_change_select ON audit_change FOR SELECT
    USING (markdna_is_office() OR markdna_is_reader()
           OR EXISTS (SELECT 1 FROM audit_entry e WHERE e.id = audit_change.entry_id));
CREATE POLICY audit_change_insert ON audit_change FOR INSERT
    WITH CHECK (markdna_is_office()
                OR EXISTS (SELECT 1 FROM audit_entry e
                           WHERE e.id = audit_change.entry_id AND e.who = session_user));
CREATE POLICY audit_change_update ON audit_change FOR UPDATE
    USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY audit_change_delete ON audit_change FOR DELETE USING (markdna_is_office());

CREATE POLICY erasure_in_progress_office ON erasure_in_progress FOR ALL
    USING (markdna_is_office()) WITH CHECK (markdna_is_office());

CREATE POLICY organisation_access_select ON organisation_access FOR SELECT
    USING (markdna_is_office() OR login_role = session_user);
CREATE POLICY organisation_access_insert ON organisation_access FOR INSERT WITH CHECK (markdna_is_office());
CREATE POLICY organisation_access_update ON organisation_access FOR UPDATE
    USING (markdna_is_office()) WITH CHECK (markdna_is_office());
CREATE POLICY organisation_access_delete ON organisation_access FOR DELETE USING (markdna_is_office());

-- Ownership: everything to markdna_owner (identity sequences follow their tables). The citext
-- extension's own objects stay with the extension.

ALTER TABLE district OWNER TO markdna_owner;
ALTER TABLE organisation OWNER TO markdna_owner;
ALTER TABLE contact OWNER TO markdna_owner;
ALTER TABLE property OWNER TO markdna_owner;
ALTER TABLE kit_distribution OWNER TO markdna_owner;
ALTER TABLE sprayer OWNER TO markdna_owner;
ALTER TABLE sprayer_event OWNER TO markdna_owner;
ALTER TABLE rollout_site OWNER TO markdna_owner;
ALTER TABLE setting OWNER TO markdna_owner;
ALTER TABLE audit_entry OWNER TO markdna_owner;
ALTER TABLE audit_change OWNER TO markdna_owner;
ALTER TABLE erasure_in_progress OWNER TO markdna_owner;
ALTER TABLE organisation_access OWNER TO markdna_owner;

ALTER FUNCTION markdna_audit_no_update() OWNER TO markdna_owner;
ALTER FUNCTION markdna_audit_no_delete() OWNER TO markdna_owner;
ALTER FUNCTION markdna_audit_who() OWNER TO markdna_owner;
ALTER FUNCTION markdna_audit_change_no_update() OWNER TO markdna_owner;
ALTER FUNCTION markdna_is_office() OWNER TO markdna_owner;
ALTER FUNCTION markdna_is_reader() OWNER TO markdna_owner;
ALTER FUNCTION markdna_manages(BIGINT) OWNER TO markdna_owner;
ALTER FUNCTION markdna_may_see(BIGINT) OWNER TO markdna_owner;
ALTER FUNCTION markdna_may_edit(BIGINT) OWNER TO markdna_owner;
ALTER FUNCTION markdna_property_org(BIGINT) OWNER TO markdna_owner;
ALTER FUNCTION markdna_sprayer_org(BIGINT) OWNER TO markdna_owner;
ALTER FUNCTION markdna_can_see_record(TEXT, BIGINT) OWNER TO markdna_owner;
