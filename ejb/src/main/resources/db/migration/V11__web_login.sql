-- The pages' login: who an account is to the people who use it (an agent's name and counter), where
-- its one-time login codes go, and the lockout after repeated wrong passwords.

alter table account add column display_name varchar(200);
-- a counter agent's counter (CPAM office) or a pharmacist's pharmacy, shown on every page
alter table account add column organisation varchar(200);
-- where the one-time code of each login is sent (a patient's or representative's own address)
alter table account add column email varchar(254);
alter table account add column phone varchar(20);
-- wrong passwords in a row; the realm refuses the account until locked_until (security.cli)
alter table account add column failed_logins integer not null default 0;
alter table account add column locked_until timestamptz;

-- One-time codes: the code of a login session, the confidential code of an online opening.
-- Only a digest of the code is kept; a code is used once, expires, and allows few attempts.
create table one_time_code (
    id          uuid primary key,
    purpose     varchar(16)  not null check (purpose in ('LOGIN', 'OPENING')),
    subject     varchar(200) not null,
    code_digest char(64)     not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    attempts    integer      not null default 0,
    used_at     timestamptz
);
create index one_time_code_subject on one_time_code (purpose, subject, created_at desc);

-- The development outbox: on a server without a mail relay (DMP_NOTIFICATION_CHANNEL=outbox),
-- messages to people are kept here and shown on a page instead of being sent.
create table dev_outbox (
    id         uuid primary key,
    recipient  varchar(254)  not null,
    subject    varchar(200)  not null,
    body       varchar(4000) not null,
    created_at timestamptz   not null
);
