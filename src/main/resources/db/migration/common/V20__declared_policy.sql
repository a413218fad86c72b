-- The declared policy (issue 11): who may record outcome measures, and who is a competent person for a thorough
-- examination.

-- Outcome measures are tasks with a stage and a sign-off, like any other (DOMAIN.md §3): the TUG, 30-second chair
-- stand and 10-metre walk from any stage with 3.07; the Berg Balance Scale, Elderly Mobility Scale and 6-minute walk
-- test from the senior stage with their own statement, 3.18.
insert into competency (code, title, framework_domain, validity_months, expected_from) values
 ('3.18', 'Carry out the Berg Balance Scale, Elderly Mobility Scale and 6-minute walk test', 3, 24, 'SENIOR_SUPPORT_WORKER');

update task_type set measure = 'CHAIR_STAND_30S' where code = 'CHAIR_STAND_MEASUREMENT';

insert into task_type (code, name, profession, minimum_stage, default_risk, measure) values
 ('TEN_METRE_WALK_MEASUREMENT', '10-metre walk test', 'PT', 'SUPPORT_WORKER', 'LOW', 'WALK_10M'),
 ('BERG_MEASUREMENT', 'Berg Balance Scale', 'PT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', 'BERG'),
 ('ELDERLY_MOBILITY_MEASUREMENT', 'Elderly Mobility Scale', 'PT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', 'EMS'),
 ('SIX_MINUTE_WALK_MEASUREMENT', '6-minute walk test', 'PT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', 'WALK_6MIN');

insert into task_type_competency (task_type_code, competency_code) values
 ('TEN_METRE_WALK_MEASUREMENT', '3.07'),
 ('BERG_MEASUREMENT', '3.18'),
 ('ELDERLY_MOBILITY_MEASUREMENT', '3.18'),
 ('SIX_MINUTE_WALK_MEASUREMENT', '3.18');

-- Competent people for thorough examinations (LOLER) and electrical tests: the organisation's equipment leads (staff
-- named by a team lead) and named external examiners. An inspection names one of them; nobody else's word clears an
-- asset. Removing someone keeps the row, so old inspections still say who examined.
create table equipment_examiner (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    kind            varchar(20) not null,
    staff_id        uuid references staff_member (id),
    name            varchar(200) not null,
    company         varchar(200),
    reference       varchar(200),
    named_by        uuid not null references staff_member (id),
    named_at        timestamp with time zone not null,
    removed_by      uuid references staff_member (id),
    removed_at      timestamp with time zone,
    check (kind in ('EQUIPMENT_LEAD', 'EXTERNAL')),
    check ((kind = 'EQUIPMENT_LEAD' and staff_id is not null) or (kind = 'EXTERNAL' and staff_id is null and company is not null))
);
create index equipment_examiner_org_idx on equipment_examiner (organisation_id, kind);
create index equipment_examiner_staff_idx on equipment_examiner (organisation_id, staff_id);

-- Each inspection names its examiner from the list (older rows keep only the name they were recorded with), and a
-- failed one says whether the defect was dangerous.
alter table equipment_inspection add column examiner_id uuid references equipment_examiner (id);
alter table equipment_inspection add column dangerous_defect boolean default false not null;

-- A failed inspection opens a fault on the asset, so a later pass cannot return it to service until someone allowed
-- has recorded the repair.
alter table equipment_fault add column inspection_id uuid references equipment_inspection (id);

-- Break-glass openings are reviewed by a team lead: appropriate, or a concern to follow up (with a note).
alter table break_glass add column staff_name varchar(200);
alter table break_glass add column reviewed_by uuid references staff_member (id);
alter table break_glass add column reviewed_by_name varchar(200);
alter table break_glass add column reviewed_at timestamp with time zone;
alter table break_glass add column review_outcome varchar(20);
alter table break_glass add column review_note varchar(1000);
create index break_glass_review_idx on break_glass (organisation_id, reviewed_at, granted_at);
