-- Which portal clinician each EHR user is, per registered EHR (by its configuration key), editable at run time by
-- administrators. The settings visitprep.ehr.<key>.clinicians seed an EHR's rows once, the first time the portal
-- reads its map (ehr_clinician_map_seed records that), so a later edit is never undone by a restart.
create table ehr_clinician_map (
    ehr_key   varchar(100) not null,
    fhir_user varchar(255) not null,
    subject   varchar(255) not null,
    primary key (ehr_key, fhir_user)
);

create table ehr_clinician_map_seed (
    ehr_key   varchar(100) not null primary key,
    seeded_at timestamp with time zone not null
);
