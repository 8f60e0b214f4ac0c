-- Practices and EHR organizations that summaries can be shared with, and the clinicians who belong to them: a
-- clinician opens what is shared with them and with their organizations.
create table care_organization (
    id   varchar(128) not null primary key,
    kind varchar(24)  not null,
    name varchar(200) not null,
    constraint care_organization_kind check (kind in ('PRACTICE', 'EHR_ORGANIZATION'))
);

create table care_team_membership (
    clinician_id    uuid         not null,
    organization_id varchar(128) not null references care_organization (id),
    primary key (clinician_id, organization_id)
);

-- One approved summary shared with one grantee until expires_at, unless revoked first. The clinicians' notes on the
-- discussion are sealed with the patient's data key; the appointment time is copied for the clinicians' worklists.
create table share_grant (
    id                 uuid         not null primary key,
    patient_id         uuid         not null,
    visit_id           uuid         not null references visit_preparation (id),
    summary_version_id uuid         not null references summary_version (id),
    grantee_kind       varchar(24)  not null,
    grantee_id         varchar(128) not null,
    appointment_at     timestamp with time zone not null,
    appointment_zone   varchar(64)  not null,
    shared_at          timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    revoked_at         timestamp with time zone,
    first_opened_at    timestamp with time zone,
    discussed_at       timestamp with time zone,
    notes              bytea,
    version            bigint       not null,
    constraint share_grant_grantee_kind check (grantee_kind in ('CLINICIAN', 'PRACTICE', 'EHR_ORGANIZATION')),
    constraint share_grant_ends_after_start check (expires_at > shared_at)
);

create index share_grant_patient on share_grant (patient_id, shared_at);
create index share_grant_grantee on share_grant (grantee_kind, grantee_id, expires_at);
