-- The registry of master keys (issue 7). Each key that wraps, or wrapped, data keys is named here
-- with a check value: the AES-GCM encryption of a fixed label under that key (associated data:
-- the alias), so that the server proves at deployment that the keystore holds the very key that
-- wrapped the data keys, not merely a key of the same alias. The newest key not retired is the
-- current one (new data keys are wrapped under it). check_value is null only for a key that
-- ./dmp keys rotate has just added: the server that first loads it records it.
create table master_key (
    alias       varchar(64) primary key,
    check_value bytea,
    created_at  timestamptz not null default now(),
    retired_at  timestamptz
);

-- Rotation re-wraps the data keys alias by alias.
create index record_key_master_alias on record_key (master_alias);
