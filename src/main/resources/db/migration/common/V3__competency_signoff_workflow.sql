-- Sign-offs are never edited: a renewal is a new sign-off that supersedes the old one, and a withdrawal is a
-- revocation with a reason. Support workers ask for sign-off through requests that an assessor signs off or refuses.
alter table competency_signoff add column method varchar(20) not null default 'OBSERVED';
alter table competency_signoff add column revoked_at timestamp with time zone;
alter table competency_signoff add column revoked_by uuid;
alter table competency_signoff add column revoke_reason varchar(500);
alter table competency_signoff add column superseded_by uuid;

create table signoff_request (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    competency_code varchar(40) not null references competency (code),
    requested_at    timestamp with time zone not null,
    note            varchar(1000),
    status          varchar(20) not null,
    decided_by      uuid references staff_member (id),
    decided_at      timestamp with time zone,
    feedback        varchar(1000),
    signoff_id      uuid references competency_signoff (id)
);
create index signoff_request_staff_idx on signoff_request (organisation_id, staff_id, status);
create index signoff_request_status_idx on signoff_request (organisation_id, status, requested_at);
