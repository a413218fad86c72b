-- Competency statements written in our own words, coded domain.item after the eight domains of the
-- AHP support worker framework (3 = clinical, technical and scientific; 4 = communication; 5 = safe environments).
insert into competency (code, title, framework_domain, validity_months) values
 ('3.01', 'Deliver a prescribed exercise programme safely and record the response', 3, 24),
 ('3.02', 'Progress exercises within the limits a registrant has set', 3, 24),
 ('3.03', 'Check, adjust and teach the use of walking aids', 3, 24),
 ('3.04', 'Supervise stair practice and recognise when to stop', 3, 24),
 ('3.05', 'Assist bed, chair, toilet and car transfers', 3, 12),
 ('3.06', 'Carry out a hoist transfer with the correct sling', 3, 12),
 ('3.07', 'Carry out the Timed Up and Go, 30-second chair stand and 10-metre walk', 3, 24),
 ('3.08', 'Take heart rate, blood pressure and oxygen saturation before and after exercise', 3, 12),
 ('3.09', 'Support washing and dressing practice', 3, 24),
 ('3.10', 'Support kitchen practice safely', 3, 24),
 ('3.11', 'Lead a group exercise class', 3, 24),
 ('3.12', 'Teach patients and carers the safe use of minor equipment', 3, 24),
 ('4.01', 'Carry out a follow-up phone call and escalate against set criteria', 4, 24),
 ('5.01', 'Move and handle people safely', 5, 12),
 ('5.02', 'Follow the lone-working procedure on home visits', 5, 24);

insert into task_type (code, name, profession, minimum_stage, default_risk, measure) values
 ('EXERCISE_PROGRAMME', 'Deliver exercise programme', 'PT', 'SUPPORT_WORKER', 'LOW', null),
 ('EXERCISE_PROGRESSION', 'Progress exercises within set limits', 'PT', 'ASSISTANT_PRACTITIONER', 'MEDIUM', null),
 ('WARD_MOBILITY', 'Ward mobility practice', 'PT', 'SUPPORT_WORKER', 'MEDIUM', null),
 ('WALKING_AID', 'Walking-aid practice', 'PT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', null),
 ('STAIR_PRACTICE', 'Stair practice', 'PT', 'SENIOR_SUPPORT_WORKER', 'HIGH', null),
 ('TRANSFER_PRACTICE', 'Transfer practice', 'BOTH', 'SUPPORT_WORKER', 'MEDIUM', null),
 ('HOIST_TRANSFER', 'Hoist transfer', 'BOTH', 'SUPPORT_WORKER', 'HIGH', null),
 ('TUG_MEASUREMENT', 'TUG measurement', 'PT', 'SUPPORT_WORKER', 'LOW', 'TUG'),
 ('CHAIR_STAND_MEASUREMENT', '30-second chair stand measurement', 'PT', 'SUPPORT_WORKER', 'LOW', 'CHAIR_STAND'),
 ('OBSERVATIONS', 'Observations before and after exercise', 'PT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', null),
 ('WASH_DRESS', 'Washing and dressing practice', 'OT', 'SUPPORT_WORKER', 'LOW', null),
 ('KITCHEN_PRACTICE', 'Kitchen practice', 'OT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', null),
 ('ACCESS_VISIT', 'Access visit: home measurements', 'OT', 'SENIOR_SUPPORT_WORKER', 'MEDIUM', null),
 ('EQUIPMENT_TEACHING', 'Teach equipment use', 'BOTH', 'SUPPORT_WORKER', 'LOW', null),
 ('DISCHARGE_CALL', 'Discharge follow-up call', 'BOTH', 'SENIOR_SUPPORT_WORKER', 'LOW', null);

insert into task_type_competency (task_type_code, competency_code) values
 ('EXERCISE_PROGRAMME', '3.01'),
 ('EXERCISE_PROGRESSION', '3.01'), ('EXERCISE_PROGRESSION', '3.02'),
 ('WARD_MOBILITY', '5.01'), ('WARD_MOBILITY', '3.03'),
 ('WALKING_AID', '3.03'),
 ('STAIR_PRACTICE', '3.04'), ('STAIR_PRACTICE', '5.01'),
 ('TRANSFER_PRACTICE', '3.05'), ('TRANSFER_PRACTICE', '5.01'),
 ('HOIST_TRANSFER', '3.06'), ('HOIST_TRANSFER', '5.01'),
 ('TUG_MEASUREMENT', '3.07'),
 ('CHAIR_STAND_MEASUREMENT', '3.07'),
 ('OBSERVATIONS', '3.08'),
 ('WASH_DRESS', '3.09'),
 ('KITCHEN_PRACTICE', '3.10'),
 ('ACCESS_VISIT', '5.02'),
 ('EQUIPMENT_TEACHING', '3.12'),
 ('DISCHARGE_CALL', '4.01');
