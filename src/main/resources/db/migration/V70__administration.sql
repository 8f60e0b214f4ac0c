-- Every change an administrator makes: who, what, when, before and after (never a secret).
create table administrative_change (
    id            varchar(36)  not null primary key,
    made_at       timestamp with time zone not null,
    actor_account varchar(36)  not null,
    actor_name    varchar(200) not null,
    action        varchar(64)  not null,
    target        varchar(255) not null,
    before_text   varchar(2000),
    after_text    varchar(2000)
);
create index administrative_change_made_at on administrative_change (made_at);

-- Accounts an administrator disabled, by the identity provider's subject: their portal sessions end at once.
create table account_suspension (
    subject      varchar(255) not null primary key,
    suspended_at timestamp with time zone not null
);
