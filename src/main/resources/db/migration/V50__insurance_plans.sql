-- The insurance plan designs a patient compares (issue 12): one row per patient, the designs (names, premiums,
-- deductibles, copays...) sealed with the patient's data key (AES-256-GCM) as the rest of the record; only the
-- patient's id and the time are clear.
create table insurance_plans (
    patient_id  uuid         not null primary key,
    plans       bytea        not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
