-- The organisation a record was opened in: the insurer pays a pharmacy for each record opened at
-- its counter (opening channel PHARMACY), and opened_by names the pharmacist only (KIND:id). Filled
-- from the opener's role (the FINESS and name of their assertion) from now on; records opened
-- before stay without (their FINESS was not kept).
alter table record add column opened_by_finess char(9);
alter table record add column opened_by_organisation varchar(200);
-- the pharmacies' statement reads the pharmacy openings of a period
create index record_pharmacy_openings on record (opened_at) where opening_channel = 'PHARMACY';
