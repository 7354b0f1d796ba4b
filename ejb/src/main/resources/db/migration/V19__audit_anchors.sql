-- Tamper-evident audit trail (issue 7): signed anchors of the chains' heads, and what makes the
-- verification stream the trail in the order Java compares chain ids.

-- Chain ids are ASCII (a record's UUID, or 'dmp'): the C collation sorts them as the verifier
-- compares them (String.compareTo), so the unique (chain_id, seq) index yields the events in the
-- order the verification merges them with the heads and the anchors' entries.
alter table audit_event alter column chain_id type varchar(40) collate "C";
alter table audit_chain_head alter column chain_id type varchar(40) collate "C";

-- The position of each chain that the latest anchor vouched for; the partial index lists the
-- chains that advanced since (an anchor reads those, never the whole trail).
alter table audit_chain_head add column anchored_seq bigint not null default 0;
create index audit_chain_head_unanchored on audit_chain_head (chain_id) where seq > anchored_seq;

-- A signed checkpoint: the heads of the chains that advanced since the previous anchor, the
-- previous anchor's digest (anchors form their own chain), the digest of all that and its
-- signature (SHA256withECDSA, base64 DER) by the audit key of the server's keystore (key_alias).
create table audit_anchor (
    seq         bigint       primary key,
    id          uuid         not null unique,
    created_at  timestamptz  not null,
    key_alias   varchar(100) not null,
    chains      integer      not null,
    prev_digest char(64)     not null,
    digest      char(64)     not null,
    signature   varchar(200) not null
);

create table audit_anchor_entry (
    anchor_seq bigint                    not null references audit_anchor (seq),
    chain_id   varchar(40) collate "C"   not null,
    seq        bigint                    not null,
    hash       char(64)                  not null,
    primary key (anchor_seq, chain_id)
);
-- a chain's highest anchored position (verification) without reading every anchor
create index audit_anchor_entry_chain on audit_anchor_entry (chain_id, seq desc, anchor_seq desc);

-- Locked by the server writing an anchor: two servers anchor one after the other.
create table audit_anchor_lock (
    id integer primary key check (id = 1)
);
insert into audit_anchor_lock values (1);
