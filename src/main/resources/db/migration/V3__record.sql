-- The patients' stored records. No health data is in clear in these tables: codes, values, units, displays, text,
-- names and file names are sealed (AES-256-GCM under the patient's data key, see the crypto package), and what
-- queries must find is kept as a blind index (HMAC-SHA256 under the patient's blind-index key, cut to 16 bytes).
-- Kinds, resource types, times and counts stay in clear: listing, paging and time windows need them.

-- One row per patient with a stored record. A saving import updates it first, which locks it until the import
-- commits: imports of one patient never interleave, on any node of a cluster. The revision grows with each import.
create table patient_record (
    patient_id uuid   not null primary key,
    revision   bigint not null,
    updated_at timestamp with time zone not null
);

-- Every finished import: what came in and what came of it. report_sealed holds, sealed, the file name, its format,
-- its SHA-256, the counts by kind and the problems of a refused file (which may quote values from the file).
create table record_import (
    id                uuid        not null primary key,
    patient_id        uuid        not null,
    source_kind       varchar(16) not null,
    state             varchar(16) not null,
    started_at        timestamp with time zone not null,
    finished_at       timestamp with time zone not null,
    entries_read      integer     not null,
    entries_added     integer     not null,
    entries_updated   integer     not null,
    entries_unchanged integer     not null,
    report_sealed     bytea       not null,
    constraint record_import_state check (state in ('DONE', 'REFUSED', 'FAILED'))
);

create index record_import_patient on record_import (patient_id, started_at);

-- One row per normalized entry. Its id is the blind index of the entry's identity (source system, resource type,
-- source id, or a hash of the content when the source gives no stable id): a later import finds the same entry under
-- the same id, and the primary key makes a duplicate impossible. content_index tells whether an entry changed;
-- code_index and category_index find an observation series and a category's observations (more_categories: the
-- entry has more categories than the one indexed). detail_sealed holds the entry's time and detail (see
-- DetailFormat), original_sealed the resource as it came, deflated before sealing.
create table record_entry (
    id              uuid        not null primary key,
    patient_id      uuid        not null,
    import_id       uuid        not null,
    content_index   bytea       not null,
    kind            varchar(24) not null,
    resource_type   varchar(64) not null,
    effective_start timestamp with time zone,
    code_index      bytea,
    category_index  bytea,
    more_categories boolean     not null,
    detail_sealed   bytea       not null,
    original_sealed bytea       not null
);

create index record_entry_kind_time on record_entry (patient_id, kind, effective_start);
create index record_entry_code on record_entry (patient_id, code_index);
-- import_id names the import that wrote the row's current version, in the same transaction as the import's row. It
-- has no foreign key: the index H2 needs for one would slow the saving of a large import by a fifth, and no query
-- goes from an import to its entries.
