-- The versions of each patient's data key, wrapped (AES-256-GCM) under the master key named by master_key_id.
-- The key in clear is never stored. Deleting a patient's rows crypto-shreds everything sealed for them.
-- bytea is PostgreSQL's binary type and an alias of varbinary in H2.
create table patient_data_key (
    patient_id    uuid        not null,
    key_version   integer     not null,
    wrapped_key   bytea       not null,
    master_key_id varchar(64) not null,
    created_at    timestamp with time zone not null,
    active        boolean     not null,
    primary key (patient_id, key_version),
    constraint patient_data_key_version_positive check (key_version >= 1)
);

-- A master-key rotation looks for the keys still wrapped under another master key.
create index patient_data_key_master_key on patient_data_key (master_key_id);
