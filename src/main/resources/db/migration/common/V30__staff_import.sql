-- Staff imported from an ESR export: the ESR assignment number, so the same file imported twice finds the same people
-- (unique within an organisation; absent for accounts added by hand), and the start date the export gives.
alter table staff_member add column assignment_number varchar(20);
alter table staff_member add column started_on date;
create unique index staff_assignment_number_idx on staff_member (organisation_id, assignment_number);
