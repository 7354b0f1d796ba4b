-- The patient's access history says who acted, in which profession and for which organisation:
-- kept with each event as the professional's card or assertion stated them at the time (a
-- professional changes organisation; the history must say where they were when they read).
-- Null for actors who are not professionals, and for events recorded before this version.
alter table audit_event add column actor_profession varchar(4);
alter table audit_event add column actor_organisation varchar(220);
