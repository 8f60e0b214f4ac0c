-- People known to the portal, created at their first sign-in through the identity provider.
create table user_account (
    id              uuid         not null primary key,
    subject         varchar(255) not null unique,
    role            varchar(16)  not null,
    display_name    varchar(200) not null,
    created_at      timestamp with time zone not null,
    last_sign_in_at timestamp with time zone not null
);
