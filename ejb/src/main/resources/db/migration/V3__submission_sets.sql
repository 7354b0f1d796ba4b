-- XDS submission sets: documents fed together, and the lookups the registry queries need.

create table submission_set (
    id                   uuid primary key,
    record_id            uuid         not null references record (id),
    unique_id            varchar(64)  not null unique,
    source_id            varchar(64)  not null,
    submission_time      timestamptz  not null,
    content_type_code    varchar(64)  not null,
    content_type_system  varchar(128) not null,
    content_type_display varchar(256) not null,
    title                varchar(256),
    author_kind          varchar(24),
    author_id            varchar(64),
    author_name          varchar(200),
    author_profession    varchar(4),
    author_specialty     varchar(8),
    author_finess        char(9),
    author_organisation  varchar(200),
    submitted_by         varchar(200) not null,
    submitted_at         timestamptz  not null
);
create index submission_set_record on submission_set (record_id, submitted_at desc);

-- documents by unique id (every version) and by submission set
create index document_entry_by_unique_id on document_entry (unique_id);
create index document_entry_by_submission_set on document_entry (submission_set_id);
