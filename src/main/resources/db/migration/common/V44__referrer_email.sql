-- Where the referrer asked to hear the triage outcome (issue 15): optional, e-mailed by the notifications module with
-- the outcome and a reference only.
alter table referral add column referrer_email varchar(254);
