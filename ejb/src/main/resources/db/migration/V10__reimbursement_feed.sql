-- The insurer's reimbursement feed (issue 5): import jobs, their rejected lines, the lines staged
-- while a job runs, the lines kept for patients with a record, and each patient's current
-- reimbursement document with the digest of the lines it shows.

create table feed_job (
    id                       uuid primary key,
    submitter                varchar(200) not null,
    actor_id                 varchar(64)  not null,
    actor_name               varchar(200) not null,
    state                    varchar(16)  not null,
    submitted_at             timestamptz  not null,
    finished_at              timestamptz,
    lines_read               bigint not null default 0,
    lines_accepted           bigint not null default 0,
    lines_rejected           bigint not null default 0,
    lines_out_of_window      bigint not null default 0,
    patients                 bigint not null default 0,
    patients_updated         bigint not null default 0,
    patients_unchanged       bigint not null default 0,
    patients_without_record  bigint not null default 0,
    patients_record_closed   bigint not null default 0,
    failure                  text
);
create index feed_job_running on feed_job (state) where state = 'RUNNING';

-- a job's patients are applied by lanes in parallel (a patient's lane: a hash of the NIR), each
-- lane in NIR order; the last patient a lane applied, so that a resumed job goes on after it
create table feed_job_lane (
    job_id    uuid     not null references feed_job (id),
    lane      int      not null,
    last_nir  char(15),
    primary key (job_id, lane)
);

-- the patients of a running job by lane, written once the file is read: a lane walks its own
-- patients in NIR order; emptied when the job ends
create table feed_job_patient (
    job_id  uuid     not null,
    lane    int      not null,
    nir     char(15) not null,
    primary key (job_id, lane, nir)
);

create table feed_rejection (
    job_id       uuid    not null references feed_job (id),
    line_number  bigint  not null,
    code         varchar(40) not null,
    reason_fr    text    not null,
    reason_en    text    not null,
    primary key (job_id, line_number)
);

-- accepted lines of a running job, written with COPY; emptied when the job ends
create table reimbursement_staging (
    job_id        uuid     not null,
    line_number   bigint   not null,
    nir           char(15) not null,
    care_date     date     not null,
    code          varchar(32) not null,
    prescriber    char(11),
    provider      varchar(11) not null,
    amount_cents  bigint   not null
);
create index reimbursement_staging_patient on reimbursement_staging (job_id, nir);

-- a line is its values: the same line imported again is the same row
create table reimbursement_line (
    nir           char(15) not null,
    care_date     date     not null,
    code          varchar(32) not null,
    prescriber    char(11) not null default '',
    provider      varchar(11) not null,
    amount_cents  bigint   not null,
    primary key (nir, care_date, code, prescriber, provider, amount_cents)
);

create table reimbursement_document (
    nir         char(15) primary key,
    record_id   uuid not null references record (id),
    entry_uuid  uuid not null,
    digest      char(64) not null
);
