-- The access policy's facts, the notification outbox and the accounts of the security realm.

-- The patient's settings and treating physician, on the record.
alter table record add column break_glass_allowed boolean not null default true;
alter table record add column centre15_allowed boolean not null default true;
alter table record add column treating_physician char(11);

-- Each professional's standing on a record: authorization, block, treating physician's rights.
create table professional_access (
    id                   uuid primary key,
    record_id            uuid        not null references record (id),
    rpps                 char(11)    not null,
    authorized_at        timestamptz,
    authorized_until     timestamptz,
    authorization_source varchar(16),
    blocked              boolean     not null default false,
    treating_rights      boolean     not null default false,
    updated_at           timestamptz not null,
    version              bigint      not null default 0,
    unique (record_id, rpps),
    -- a blocked professional holds no authorization and no rights
    check (not blocked or (authorized_at is null and not treating_rights))
);

create table legal_representative (
    id                uuid primary key,
    record_id         uuid         not null references record (id),
    representative_id varchar(200) not null,
    name              varchar(200) not null,
    added_at          timestamptz  not null,
    unique (record_id, representative_id)
);
create index legal_representative_by_id on legal_representative (representative_id);

-- Notifications waiting for delivery (break-glass and centre-15 accesses).
create table notification (
    id             uuid primary key,
    record_id      uuid          not null references record (id),
    recipient_kind varchar(24)   not null,
    recipient_id   varchar(200)  not null,
    kind           varchar(16)   not null,
    accessed_by    varchar(200)  not null,
    reason         varchar(1000) not null,
    created_at     timestamptz   not null,
    delivered_at   timestamptz
);
create index notification_undelivered on notification (created_at) where delivered_at is null;
create index notification_record on notification (record_id);

-- Accounts of the Elytron JDBC realm (config/cli/security.cli). The password is stored as SCRAM
-- does: PBKDF2-HMAC-SHA-256 of the password with a random salt and an iteration count, base64;
-- never the password itself, never a plain hash.
create table account (
    login            varchar(200) primary key,
    kind             varchar(24)  not null,
    actor_id         varchar(200),
    password_hash    varchar(100) not null,
    password_salt    varchar(100) not null,
    password_rounds  integer      not null check (password_rounds >= 4096),
    enabled          boolean      not null default true,
    created_at       timestamptz  not null default now()
);

create table account_role (
    login varchar(200) not null references account (login) on delete cascade,
    role  varchar(32)  not null check (role in ('PATIENT', 'REPRESENTATIVE', 'PROFESSIONAL',
        'PRACTICE_SOFTWARE', 'INSTITUTION', 'COUNTER_AGENT', 'COUNTER_SUPERVISOR', 'FEED_SYSTEM',
        'AUDITOR')),
    primary key (login, role)
);
