-- The statistics count allowed acts of a kind over a period of days: an index on the act and its
-- time keeps those counts from reading the whole audit trail.
create index audit_event_action_time on audit_event (action, occurred_at);
