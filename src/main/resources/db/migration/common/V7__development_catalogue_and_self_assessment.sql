-- The competency catalogue grows to the eight domains of the AHP support worker framework, each statement written in
-- our own words and marked with the stage from which it is expected. Self-assessments are append-only: the latest
-- rating per statement counts and the history stays for the PDP review.

create table framework_domain (
    number      integer primary key,
    name        varchar(120) not null
);
insert into framework_domain (number, name) values
 (1, 'Knowledge and experience'),
 (2, 'Supporting people who use the service'),
 (3, 'Clinical and technical skills'),
 (4, 'Communication and information'),
 (5, 'Safe and inclusive environments'),
 (6, 'Leadership and team working'),
 (7, 'Learning and developing self and others'),
 (8, 'Evaluation and improvement');

alter table competency add column expected_from varchar(40) not null default 'SUPPORT_WORKER';

update competency set expected_from = 'SENIOR_SUPPORT_WORKER' where code in ('3.03', '3.04', '3.08', '3.10', '3.11', '4.01', '5.02');
update competency set expected_from = 'ASSISTANT_PRACTITIONER' where code = '3.02';

insert into competency (code, title, framework_domain, validity_months, expected_from) values
 ('1.01', 'Explain what physiotherapy and occupational therapy aim to achieve for the people you support', 1, 36, 'SUPPORT_WORKER'),
 ('1.02', 'Describe the common conditions seen in your team and how they affect daily life', 1, 36, 'SUPPORT_WORKER'),
 ('1.03', 'Work within the limits of your role and hand back to a registrant when a task goes beyond them', 1, 24, 'SUPPORT_WORKER'),
 ('1.04', 'Use knowledge of anatomy and movement when helping people exercise', 1, 36, 'SENIOR_SUPPORT_WORKER'),
 ('1.05', 'Explain the reasons behind a treatment plan to patients, within agreed limits', 1, 36, 'ASSISTANT_PRACTITIONER'),
 ('2.01', 'Involve people in decisions about their own care and respect their choices', 2, 36, 'SUPPORT_WORKER'),
 ('2.02', 'Encourage independence during everyday activities', 2, 36, 'SUPPORT_WORKER'),
 ('2.03', 'Notice changes in a person''s condition and report them promptly', 2, 24, 'SUPPORT_WORKER'),
 ('2.04', 'Agree short-term goals with a patient inside the plan a registrant has set', 2, 24, 'SENIOR_SUPPORT_WORKER'),
 ('2.05', 'Manage a small caseload of non-complex patients within protocols', 2, 24, 'ASSISTANT_PRACTITIONER'),
 ('2.06', 'Help carers and families keep up practice at home', 2, 24, 'SENIOR_SUPPORT_WORKER'),
 ('3.13', 'Measure for and fit a pressure-relieving cushion as instructed', 3, 24, 'SENIOR_SUPPORT_WORKER'),
 ('3.14', 'Fit and check simple splints and supports as instructed', 3, 24, 'ASSISTANT_PRACTITIONER'),
 ('3.15', 'Check a home for hazards and equipment needs before discharge', 3, 24, 'SENIOR_SUPPORT_WORKER'),
 ('3.16', 'Run a falls-prevention exercise session', 3, 24, 'SUPPORT_WORKER'),
 ('3.17', 'Support breathing exercises and airway clearance as instructed', 3, 12, 'ASSISTANT_PRACTITIONER'),
 ('4.02', 'Write clear, timely records of the care you gave', 4, 24, 'SUPPORT_WORKER'),
 ('4.03', 'Hand over accurate information between shifts and teams', 4, 24, 'SUPPORT_WORKER'),
 ('4.04', 'Use an interpreter or communication aids when someone needs them', 4, 36, 'SUPPORT_WORKER'),
 ('4.05', 'Report a patient''s progress to the registrant using the agreed measures', 4, 24, 'SENIOR_SUPPORT_WORKER'),
 ('4.06', 'Keep personal information confidential and share it only when allowed', 4, 12, 'SUPPORT_WORKER'),
 ('4.07', 'Talk a patient or carer through their home exercise sheet', 4, 24, 'SUPPORT_WORKER'),
 ('5.03', 'Prevent the spread of infection, including hand hygiene and protective equipment', 5, 12, 'SUPPORT_WORKER'),
 ('5.04', 'Recognise and report safeguarding concerns', 5, 12, 'SUPPORT_WORKER'),
 ('5.05', 'Check equipment is safe and in date before using it', 5, 24, 'SUPPORT_WORKER'),
 ('5.06', 'Weigh up the risks of an activity as it happens and adapt or stop', 5, 24, 'SENIOR_SUPPORT_WORKER'),
 ('5.07', 'Respond to a fall or sudden deterioration and get help', 5, 12, 'SUPPORT_WORKER'),
 ('5.08', 'Treat every person with dignity and respect their culture and beliefs', 5, 36, 'SUPPORT_WORKER'),
 ('6.01', 'Work as part of the multidisciplinary team', 6, 36, 'SUPPORT_WORKER'),
 ('6.02', 'Plan and prioritise your own workload for the day', 6, 24, 'SENIOR_SUPPORT_WORKER'),
 ('6.03', 'Guide and support less experienced support workers', 6, 24, 'SENIOR_SUPPORT_WORKER'),
 ('6.04', 'Allocate tasks to support workers within agreed limits', 6, 24, 'ASSISTANT_PRACTITIONER'),
 ('6.05', 'Speak up in team meetings and raise concerns constructively', 6, 36, 'SUPPORT_WORKER'),
 ('7.01', 'Reflect on your practice and record what you learned', 7, 24, 'SUPPORT_WORKER'),
 ('7.02', 'Agree and review a personal development plan with your supervisor', 7, 24, 'SUPPORT_WORKER'),
 ('7.03', 'Teach a skill to a colleague and check they have understood', 7, 24, 'SENIOR_SUPPORT_WORKER'),
 ('7.04', 'Take part in supervision and act on feedback', 7, 24, 'SUPPORT_WORKER'),
 ('7.05', 'Support the induction of new starters', 7, 24, 'ASSISTANT_PRACTITIONER'),
 ('8.01', 'Collect outcome data accurately for service evaluation', 8, 24, 'SENIOR_SUPPORT_WORKER'),
 ('8.02', 'Take part in an audit of practice', 8, 36, 'SENIOR_SUPPORT_WORKER'),
 ('8.03', 'Suggest and try small improvements to how the team works', 8, 36, 'SUPPORT_WORKER'),
 ('8.04', 'Gather patient feedback and share it with the team', 8, 36, 'SUPPORT_WORKER'),
 ('8.05', 'Help run a quality improvement project', 8, 36, 'ASSISTANT_PRACTITIONER');

-- When a person reached their current stage: the career pathway counts experience from it.
alter table staff_member add column stage_since date;

create table competency_self_assessment (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    competency_code varchar(40) not null references competency (code),
    rating          varchar(20) not null,
    evidence_kind   varchar(30),
    evidence_note   varchar(1000),
    evidence_file_id uuid,
    assessed_at     timestamp with time zone not null
);
create index self_assessment_staff_idx on competency_self_assessment (organisation_id, staff_id, competency_code, assessed_at);
