-- Opening a record online, by the patient alone.

-- The insurer's beneficiaries: the identity traits printed on the Vitale card and the contact the
-- insurer holds, against which a patient opening their own record is checked and to which the
-- confidential code is sent. Not this server's data: a production deployment feeds this table from
-- the insurer's referential (or replaces org.dmp.domain.insured.InsuredPersons by a call to it);
-- on development servers and in tests, rows are inserted by the test data and by the tests.
create table insured_person (
    nir              varchar(15)  primary key,
    ins_oid          varchar(64)  not null default '1.2.250.1.213.1.4.8',
    birth_name       varchar(100) not null,
    first_names      varchar(100) not null,
    used_name        varchar(100),
    sex              char(1)      not null check (sex in ('M', 'F', 'U')),
    birth_date       date         not null,
    birth_place_code varchar(5),
    email            varchar(254)
);

-- Failed attempts at an online opening (traits that do not match, wrong codes), kept in a
-- transaction of their own so that a refusal's rollback does not erase them: enough of them in an
-- hour lock the opening of that NIR for a while.
create table opening_failure (
    id        uuid        primary key,
    nir       varchar(15) not null,
    reason    varchar(16) not null check (reason in ('IDENTITY', 'CODE')),
    failed_at timestamptz not null
);
create index opening_failure_nir on opening_failure (nir, failed_at desc);
