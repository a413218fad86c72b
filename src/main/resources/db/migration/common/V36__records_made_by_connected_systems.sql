-- Patients and referrals another system sends (the trust's EPR, through FHIR with a bearer token) are made by no
-- member of staff: the record names the system instead ('system:<client id>', as the audit trail does). Exactly one
-- of the two is set, so a row never loses who made it.
alter table patient alter column created_by drop not null;
alter table patient add column created_by_system varchar(120);
alter table patient add constraint patient_made_by check ((created_by is null) <> (created_by_system is null));

alter table patient_alert alter column raised_by drop not null;
alter table patient_alert add column raised_by_system varchar(120);
alter table patient_alert add constraint patient_alert_raised_by
    check ((raised_by is null) <> (raised_by_system is null));

alter table referral alter column recorded_by drop not null;
alter table referral add column recorded_by_system varchar(120);
alter table referral add constraint referral_recorded_by check ((recorded_by is null) <> (recorded_by_system is null));
