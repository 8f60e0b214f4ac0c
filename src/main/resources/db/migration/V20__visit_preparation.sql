-- A patient's preparation of one appointment. What the patient wrote (reason, the name of whom it is with, the
-- agenda) is in details, sealed with the patient's data key (AES-256-GCM); only the time, ids and states are clear.
-- Its summary versions point to it (summary_version.visit_id). Optional ids are varchar(36): see UuidTextConverter.
create table visit_preparation (
    id                    uuid         not null primary key,
    patient_id            uuid         not null,
    appointment_at        timestamp with time zone not null,
    appointment_zone      varchar(64)  not null,
    contact_kind          varchar(24)  not null,
    contact_id            varchar(128),
    details               bytea        not null,
    status                varchar(24)  not null,
    generating            boolean      not null,
    generation_token      varchar(36),
    generation_started_at timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint       not null,
    constraint visit_preparation_status check (status in ('DRAFT', 'SUMMARY_DRAFTED', 'APPROVED', 'SHARED')),
    constraint visit_preparation_contact_kind check (contact_kind in ('CLINICIAN', 'PRACTICE', 'EHR_ORGANIZATION')),
    constraint visit_preparation_generation check (generating = false or generation_token is not null)
);

-- A patient's upcoming and past visits, by appointment time.
create index visit_preparation_patient_appointment on visit_preparation (patient_id, appointment_at);
