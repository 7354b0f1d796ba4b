-- The foundation of the DMP schema: records, the professional directory, document entries,
-- the encrypted content store and the audit trail. Applied by Flyway at deployment.

-- One record per patient, identified by the INS (NIR with key + issuing authority OID).
create table record (
    id               uuid primary key,
    ins_nir          char(15)     not null unique,
    ins_oid          varchar(64)  not null,
    birth_name       varchar(100) not null,
    first_names      varchar(100) not null,
    used_name        varchar(100),
    sex              char(1)      not null check (sex in ('M', 'F', 'U')),
    birth_date       date         not null,
    birth_place_code varchar(5),
    status           varchar(16)  not null check (status in ('OPEN', 'CLOSED', 'REOPENED')),
    opening_channel  varchar(16)  not null,
    opened_by        varchar(200) not null,
    opened_at        timestamptz  not null,
    closed_at        timestamptz,
    closed_by        varchar(200),
    closure_reason   varchar(32),
    closure_comment  varchar(500),
    purge_due_at     timestamptz,
    reactivated_at   timestamptz,
    version          bigint       not null default 0,
    -- a closed record always knows when and why, and when it will be purged
    check (status <> 'CLOSED' or (closed_at is not null and closure_reason is not null and purge_due_at is not null))
);
-- the purge job looks for closed records whose date has come
create index record_purge_due on record (purge_due_at) where purge_due_at is not null;

-- The professional directory (RPPS).
create table professional (
    rpps              char(11)     primary key,
    family_name       varchar(100) not null,
    given_name        varchar(100) not null,
    profession_code   varchar(4)   not null,
    specialty_code    varchar(8),
    finess            char(9),
    organisation_name varchar(200)
);

-- One row per metadata version of a document (XDS DocumentEntry).
create table document_entry (
    id                       uuid primary key,
    record_id                uuid         not null references record (id),
    unique_id                varchar(128) not null,
    logical_id               uuid         not null,
    metadata_version         integer      not null,
    class_code               varchar(4)   not null,
    type_code                varchar(64)  not null,
    type_code_system         varchar(128) not null,
    type_display             varchar(256) not null,
    format_code              varchar(64)  not null,
    format_code_system       varchar(128) not null,
    format_display           varchar(256) not null,
    facility_type_code       varchar(64),
    facility_type_system     varchar(128),
    facility_type_display    varchar(256),
    practice_setting_code    varchar(64),
    practice_setting_system  varchar(128),
    practice_setting_display varchar(256),
    mime_type                varchar(128) not null,
    title                    varchar(256) not null,
    author_kind              varchar(24)  not null,
    author_id                varchar(64)  not null,
    author_name              varchar(200) not null,
    author_profession        varchar(4),
    author_specialty         varchar(8),
    author_finess            char(9),
    author_organisation      varchar(200),
    creation_time            timestamptz  not null,
    service_start_time       timestamptz,
    service_stop_time        timestamptz,
    language_code            varchar(16)  not null,
    size_bytes               bigint       not null check (size_bytes > 0),
    sha1                     char(40)     not null,
    sha256                   char(64)     not null,
    status                   varchar(16)  not null check (status in ('APPROVED', 'DEPRECATED', 'ARCHIVED', 'DELETED')),
    submission_set_id        varchar(128),
    replaces                 uuid references document_entry (id),
    content_id               uuid         not null,
    submitted_at             timestamptz  not null,
    version                  bigint       not null default 0,
    unique (logical_id, metadata_version)
);
-- a uniqueId names one document: its later metadata versions share it, no other document may
create unique index document_entry_unique_id on document_entry (unique_id) where metadata_version = 1;
create index document_entry_record on document_entry (record_id, submitted_at desc);

create table document_confidentiality (
    document_id uuid        not null references document_entry (id),
    code        varchar(40) not null,
    primary key (document_id, code)
);

-- The content store: each record's data key, wrapped under a master key of the keystore ...
create table record_key (
    record_id    uuid primary key references record (id),
    master_alias varchar(64) not null,
    wrapped_key  bytea       not null,
    created_at   timestamptz not null
);

-- ... and each document's content, AES-256-GCM under that key. Never plaintext.
create table document_content (
    id         uuid primary key,
    record_id  uuid        not null references record_key (record_id),
    sealed     bytea       not null,
    created_at timestamptz not null
);
create index document_content_record on document_content (record_id);

-- The audit trail: append-only chains (one per record, 'dmp' for acts on no record).
create table audit_event (
    id           uuid primary key,
    chain_id     varchar(40)   not null,
    seq          bigint        not null,
    occurred_at  timestamptz   not null,
    actor_kind   varchar(24)   not null,
    actor_id     varchar(200)  not null,
    actor_name   varchar(200)  not null,
    channel      varchar(16)   not null,
    access_mode  varchar(16)   not null,
    action       varchar(32)   not null,
    record_id    uuid,
    document_id  uuid,
    decision     varchar(8)    not null,
    rule         varchar(64)   not null,
    detail       varchar(1000),
    prev_hash    char(64)      not null,
    hash         char(64)      not null,
    unique (chain_id, seq)
);
create index audit_event_record on audit_event (record_id, occurred_at);

-- The last event of each chain, locked to append the next one in order.
create table audit_chain_head (
    chain_id varchar(40) primary key,
    seq      bigint      not null,
    hash     char(64)    not null
);
