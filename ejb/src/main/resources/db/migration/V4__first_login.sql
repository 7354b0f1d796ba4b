-- A patient's first-login letter carries a one-time initial secret: the account knows it must be
-- replaced by the patient's own password at the first login.
alter table account add column must_change_password boolean not null default false;
