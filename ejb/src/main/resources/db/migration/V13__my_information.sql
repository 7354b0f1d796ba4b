-- The patient's "My information" (Mes informations), each part in its own table beside the record:
-- what the counter may record (contact details, organ-donation wish, persons to notify) apart from
-- the medical part (advance directives, vaccinations), which counter agents never see.

-- How to reach the patient and their organ-donation wish: at most one row per record.
create table patient_contact (
    record_id           uuid         primary key references record (id),
    email               varchar(254),
    phone               varchar(12)  check (phone ~ '^\+33[1-9][0-9]{8}$'),
    organ_donation_wish varchar(16)  not null default 'NOT_STATED'
        check (organ_donation_wish in ('NOT_STATED', 'CONSENTS', 'REFUSES')),
    updated_at          timestamptz  not null
);

-- Persons to notify in an emergency.
create table emergency_contact (
    id           uuid primary key,
    record_id    uuid         not null references record (id),
    name         varchar(200) not null,
    relationship varchar(100) not null,
    phone        varchar(12)  not null check (phone ~ '^\+33[1-9][0-9]{8}$'),
    added_at     timestamptz  not null
);
create index emergency_contact_by_record on emergency_contact (record_id, added_at);

-- Advance directives (directives anticipées): written here, or held by someone, or both.
create table advance_directives (
    record_id  uuid          primary key references record (id),
    text       varchar(4000),
    written_on date          check (written_on >= date '1900-01-01'),
    held_by    varchar(200),
    updated_at timestamptz   not null,
    check (text is not null or held_by is not null)
);

-- The vaccination record (carnet de vaccination), one row per injection.
create table vaccination (
    id            uuid primary key,
    record_id     uuid         not null references record (id),
    vaccine       varchar(200) not null,
    vaccinated_on date         not null check (vaccinated_on >= date '1900-01-01'),
    dose          smallint     check (dose between 1 and 10),
    lot_number    varchar(40),
    vaccinated_by varchar(200),
    recorded_at   timestamptz  not null
);
create index vaccination_by_record on vaccination (record_id, vaccinated_on desc, recorded_at desc);
