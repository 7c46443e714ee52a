-- The whole register. Derived columns on sprayer (next_service_on, cartridge_expires_on,
-- last_refill_on, triggered) are maintained by the application from the domain rules so that
-- "what is due" is an indexed query instead of a scan over every event.
-- Timestamps are ISO-8601 UTC text written by the application; dates are ISO YYYY-MM-DD text,
-- which sorts and compares correctly as text.

CREATE TABLE district (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    main_area          TEXT    NOT NULL CHECK (main_area IN ('CENTRUM','OSTER','VASTER','NORR','SODER','BYARNA')),
    kind               TEXT    NOT NULL CHECK (kind IN ('CITY_DISTRICT','VILLAGE')),
    households         INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    latitude           REAL    CHECK (latitude IS NULL OR latitude BETWEEN 55.0 AND 69.5),
    longitude          REAL    CHECK (longitude IS NULL OR longitude BETWEEN 10.5 AND 24.5),
    safety_index       REAL    CHECK (safety_index IS NULL OR safety_index BETWEEN 0 AND 6),
    burglaries_12m     INTEGER NOT NULL DEFAULT 0 CHECK (burglaries_12m >= 0),
    priority           INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0,1)),
    priority_reason    TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE organisation (
    id                 INTEGER PRIMARY KEY,
    org_number         TEXT    NOT NULL UNIQUE
                       CHECK (org_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    name               TEXT    NOT NULL,
    type               TEXT    NOT NULL CHECK (type IN ('MUNICIPAL_HOUSING','PRIVATE_LANDLORD','HOUSING_COOP',
                                   'STUDENT_HOUSING','MUNICIPAL_DEPARTMENT','BUSINESS','VILLA_GROUP')),
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE contact (
    id                 INTEGER PRIMARY KEY,
    organisation_id    INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    name               TEXT    NOT NULL,
    role               TEXT,
    phone              TEXT,
    email              TEXT,
    retention_note     TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE property (
    id                 INTEGER PRIMARY KEY,
    designation        TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    name               TEXT,
    street_address     TEXT,
    postal_code        TEXT    CHECK (postal_code IS NULL OR postal_code GLOB '[1-9][0-9][0-9] [0-9][0-9]'),
    post_town          TEXT,
    district_id        INTEGER NOT NULL REFERENCES district(id),
    organisation_id    INTEGER REFERENCES organisation(id),
    contact_id         INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    latitude           REAL    CHECK (latitude IS NULL OR latitude BETWEEN 55.0 AND 69.5),
    longitude          REAL    CHECK (longitude IS NULL OR longitude BETWEEN 10.5 AND 24.5),
    building_type      TEXT    NOT NULL CHECK (building_type IN ('BLOCK_OF_FLATS','TERRACE','VILLA_AREA','SHOP',
                                   'MUNICIPAL_BUILDING','STATION')),
    dwellings          INTEGER NOT NULL DEFAULT 0 CHECK (dwellings >= 0),
    signs              INTEGER NOT NULL DEFAULT 0 CHECK (signs >= 0),
    stickers           INTEGER NOT NULL DEFAULT 0 CHECK (stickers >= 0),
    neighbourhood_watch INTEGER NOT NULL DEFAULT 0 CHECK (neighbourhood_watch IN (0,1)),
    programme_phase    TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('PLANNED','ACTIVE','RENEWAL_DUE','INACTIVE')),
    notes              TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX property_district ON property(district_id);
CREATE INDEX property_organisation ON property(organisation_id);
CREATE INDEX property_contact ON property(contact_id);

CREATE TABLE kit_distribution (
    id                 INTEGER PRIMARY KEY,
    property_id        INTEGER NOT NULL REFERENCES property(id) ON DELETE CASCADE,
    date               TEXT    NOT NULL,
    supplier           TEXT    NOT NULL,
    kits_delivered     INTEGER NOT NULL DEFAULT 0 CHECK (kits_delivered >= 0),
    kits_handed_out    INTEGER NOT NULL DEFAULT 0 CHECK (kits_handed_out >= 0 AND kits_handed_out <= kits_delivered),
    kits_registered    INTEGER CHECK (kits_registered IS NULL OR (kits_registered >= 0 AND kits_registered <= kits_handed_out)),
    codes              TEXT,
    expires            TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (property_id, date, supplier)
);

CREATE TABLE sprayer (
    id                 INTEGER PRIMARY KEY,
    property_id        INTEGER NOT NULL REFERENCES property(id) ON DELETE CASCADE,
    placement          TEXT    NOT NULL CHECK (placement IN ('ENTRANCE','BASEMENT','STORAGE','SHOP_EXIT','BIKE_ROOM','OTHER')),
    location           TEXT,
    make               TEXT,
    model              TEXT,
    serial             TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    solution_code      TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    trigger_kind       TEXT    NOT NULL CHECK (trigger_kind IN ('ALARM_BUTTON','MOTION','DOOR_CONTACT')),
    installed_on       TEXT    NOT NULL,
    installer          TEXT,
    cartridge_filled_on TEXT,
    service_interval_months INTEGER NOT NULL DEFAULT 12 CHECK (service_interval_months BETWEEN 1 AND 60),
    last_service_on    TEXT    CHECK (last_service_on IS NULL OR last_service_on >= installed_on),
    warning_sign       INTEGER NOT NULL DEFAULT 0 CHECK (warning_sign IN (0,1)),
    status             TEXT    NOT NULL CHECK (status IN ('ACTIVE','OUT_OF_SERVICE','REMOVED')),
    notes              TEXT,
    next_service_on    TEXT,
    cartridge_expires_on TEXT,
    last_refill_on     TEXT,
    triggered          INTEGER NOT NULL DEFAULT 0 CHECK (triggered IN (0,1)),
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX sprayer_property ON sprayer(property_id);
CREATE INDEX sprayer_next_service ON sprayer(next_service_on) WHERE status = 'ACTIVE';
CREATE INDEX sprayer_cartridge_expiry ON sprayer(cartridge_expires_on) WHERE status = 'ACTIVE';
CREATE INDEX sprayer_triggered ON sprayer(triggered) WHERE triggered = 1 AND status = 'ACTIVE';

CREATE TABLE sprayer_event (
    id                 INTEGER PRIMARY KEY,
    sprayer_id         INTEGER NOT NULL REFERENCES sprayer(id) ON DELETE CASCADE,
    date               TEXT    NOT NULL,
    kind               TEXT    NOT NULL CHECK (kind IN ('INSTALLED','SERVICED','INSPECTED','ACTIVATED','REFILLED','MOVED','REMOVED')),
    police_case_number TEXT,
    cost               NUMERIC CHECK (cost IS NULL OR cost >= 0),
    note               TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (sprayer_id, date, kind)
);

CREATE TABLE rollout_site (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL,
    district_id        INTEGER NOT NULL REFERENCES district(id),
    address            TEXT,
    latitude           REAL    CHECK (latitude IS NULL OR latitude BETWEEN 55.0 AND 69.5),
    longitude          REAL    CHECK (longitude IS NULL OR longitude BETWEEN 10.5 AND 24.5),
    site_type          TEXT    CHECK (site_type IS NULL OR site_type IN ('BLOCK_OF_FLATS','TERRACE','VILLA_AREA','SHOP',
                                   'MUNICIPAL_BUILDING','STATION')),
    dwellings          INTEGER NOT NULL DEFAULT 0 CHECK (dwellings >= 0),
    organisation_id    INTEGER REFERENCES organisation(id),
    reason             TEXT,
    burglaries_12m     INTEGER NOT NULL DEFAULT 0 CHECK (burglaries_12m >= 0),
    planned_kits       INTEGER NOT NULL DEFAULT 0 CHECK (planned_kits >= 0),
    planned_sprayers   INTEGER NOT NULL DEFAULT 0 CHECK (planned_sprayers >= 0),
    planned_signs      INTEGER NOT NULL DEFAULT 0 CHECK (planned_signs >= 0),
    planned_quarter    TEXT    CHECK (planned_quarter IS NULL OR planned_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    status             TEXT    NOT NULL CHECK (status IN ('PROPOSED','UNDER_REVIEW','APPROVED','SCHEDULED','IN_PROGRESS','DONE','REJECTED')),
    status_reason      TEXT,
    responsible        TEXT,
    property_id        INTEGER REFERENCES property(id) ON DELETE SET NULL,
    notes              TEXT,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (name, district_id)
);
CREATE INDEX rollout_site_district ON rollout_site(district_id);

CREATE TABLE setting (
    key                TEXT PRIMARY KEY,
    value              TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT NOT NULL
);

CREATE TABLE audit_entry (
    id                 INTEGER PRIMARY KEY,
    at                 TEXT    NOT NULL,
    who                TEXT    NOT NULL,
    entity             TEXT    NOT NULL,
    entity_id          INTEGER NOT NULL,
    action             TEXT    NOT NULL CHECK (action IN ('INSERT','UPDATE','DELETE'))
);
CREATE INDEX audit_entry_record ON audit_entry(entity, entity_id);

CREATE TABLE audit_change (
    id                 INTEGER PRIMARY KEY,
    entry_id           INTEGER NOT NULL REFERENCES audit_entry(id),
    field              TEXT    NOT NULL,
    old_value          TEXT,
    new_value          TEXT
);
CREATE INDEX audit_change_entry ON audit_change(entry_id);

-- The audit trail is a record of what happened: the application never rewrites it.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
