-- The versions of a visit's summary: the draft under review, and the approved versions, which never change. The
-- sentences, citations, the engine's facts and the visit as approved are in content, sealed with the patient's data
-- key; which engine and model wrote it, and when, are clear for audit.
create table summary_version (
    id             uuid         not null primary key,
    visit_id       uuid         not null references visit_preparation (id),
    patient_id     uuid         not null,
    number         integer      not null,
    state          varchar(16)  not null,
    engine         varchar(64)  not null,
    model          varchar(128),
    language       varchar(16)  not null,
    disclaimer_key varchar(64)  not null,
    generated_at   timestamp with time zone not null,
    approved_at    timestamp with time zone,
    content        bytea        not null,
    version        bigint       not null,
    constraint summary_version_number unique (visit_id, number),
    constraint summary_version_state check (state in ('DRAFT', 'APPROVED')),
    constraint summary_version_approval check ((state = 'APPROVED') = (approved_at is not null))
);
