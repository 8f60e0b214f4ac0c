-- The patients' access log: every attempt to open a shared summary, opened or refused, with who (account id and
-- display name at the time), when, through the portal or an EHR, and which grant. Written once, never changed.
-- The grant is absent when an EHR launch found none for the patient; optional ids are varchar(36) (UuidTextConverter),
-- and grants and approved versions are never deleted.
create table access_event (
    id                  uuid         not null primary key,
    patient_id          uuid         not null,
    grant_id            varchar(36),
    summary_version_id  varchar(36),
    viewer_id           uuid         not null,
    viewer_name         varchar(200) not null,
    channel             varchar(8)   not null,
    ehr_organization_id varchar(128),
    outcome             varchar(24)  not null,
    occurred_at         timestamp with time zone not null,
    constraint access_event_channel check (channel in ('PORTAL', 'EHR')),
    constraint access_event_outcome
        check (outcome in ('OPENED', 'REFUSED_NOT_YOURS', 'REFUSED_REVOKED', 'REFUSED_EXPIRED'))
);

create index access_event_patient on access_event (patient_id, occurred_at);
