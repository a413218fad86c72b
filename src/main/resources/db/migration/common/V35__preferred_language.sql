-- The language a member of staff chose with the header's switch ('en-GB' or 'cy'); null until they choose, when the
-- browser's language is used.
alter table staff_member add column preferred_language varchar(8);
alter table staff_member add constraint staff_member_preferred_language check (preferred_language in ('en-GB', 'cy'));
