-- Referrals sent by another system (an EPR, through FHIR ServiceRequest): the service asked for (physiotherapy or
-- occupational therapy), and the sender's own identifier for the referral, so that a retry finds the referral it
-- already made instead of making a second (unique within an organisation; absent for referrals recorded by hand).
alter table referral add column service varchar(30);
alter table referral add column sender_system varchar(200);
alter table referral add column sender_id varchar(100);
create unique index referral_sender_id_idx on referral (organisation_id, sender_system, sender_id);
