-- One person per record. Every import names whom its source is about, and a source about someone else than the
-- record's person is refused before anything is stored (see the record.person package).

-- The record's person and the account's profile, sealed under the patient's data key (names, birth date and
-- identifiers are health data). person_sealed is set by the first import that describes someone, and learns the
-- names and identifiers of later sources about the same person; profile_sealed holds what the identity provider says
-- of the account (given and family name, birth date when it has one), refreshed at sign-in. Either may be null.
create table record_person (
    patient_id     uuid not null primary key,
    person_sealed  bytea,
    profile_sealed bytea,
    updated_at     timestamp with time zone not null
);

-- The imports that carried an entry besides the one that wrote its current version (record_entry.import_id): an
-- import that met the entry unchanged, or the import whose version a later one replaced. Removing an import keeps an
-- entry that another import carried. Not unique: an import met twice is harmless, and checking would cost every
-- import a read. No row is written when an import adds an entry, so a first import writes none.
create table record_entry_carrier (
    entry_id  uuid not null,
    import_id uuid not null
);

create index record_entry_carrier_entry on record_entry_carrier (entry_id);
create index record_entry_carrier_import on record_entry_carrier (import_id);

-- Records reviewed once at start-up for more than one person (records built before this change could hold
-- several): mixed is true while the record holds Patient resources of more than one person. Health data is not here.
create table record_person_review (
    patient_id  uuid    not null primary key,
    reviewed_at timestamp with time zone not null,
    mixed       boolean not null
);

-- An import the patient removed (its entries gone, unless another import carried them) stays in their history.
alter table record_import drop constraint record_import_state;
alter table record_import add constraint record_import_state check (state in ('DONE', 'REFUSED', 'FAILED', 'REMOVED'));
