-- A portal patient's connection to their record at an EHR (SMART standalone patient launch). The tokens (access,
-- refresh, expiry, scope) are one JSON document sealed with the patient's data key (AES-256-GCM): never in clear.
-- ehr_patient_id is the EHR's id for the patient, kept in clear so that an EHR launch finds the linked portal patient;
-- it holds no health data. bytea is PostgreSQL's binary type and an alias of varbinary in H2.
create table ehr_connection (
    id                uuid         not null primary key,
    patient_id        uuid         not null,
    ehr_iss           varchar(500) not null,
    ehr_patient_id    varchar(64)  not null,
    sealed_tokens     bytea        not null,
    connected_at      timestamp with time zone not null,
    tokens_renewed_at timestamp with time zone not null,
    last_pulled_at    timestamp with time zone,
    constraint ehr_connection_one_per_ehr unique (patient_id, ehr_iss),
    constraint ehr_connection_one_account_per_ehr_patient unique (ehr_iss, ehr_patient_id)
);
