-- Lone working on home visits (issue 14). A worker's "Arrived" and "Left" on a published visit, one row per visit and
-- worker (a double-up visit has one row per worker), with the instant they are expected out fixed at arrival. The
-- visit's address and who to alert are copied in at arrival, so an alert needs nothing but these rows: the job that
-- raises them reads what is overdue from here, never from memory, and a restart loses nothing.
create table lone_work_check_in (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    visit_id            uuid not null,
    worker_id           uuid not null references staff_member (id),
    team_id             uuid,
    patient_id          uuid,
    visit_day           date not null,
    task_name           varchar(200),
    address             varchar(500),
    postcode            varchar(16),
    alert_to            uuid references staff_member (id),
    arrived_at          timestamp with time zone not null,
    expected_out_at     timestamp with time zone not null,
    left_at             timestamp with time zone,
    constraint lone_work_check_in_once unique (organisation_id, visit_id, worker_id)
);
-- The job's question each minute: which check-ins are still open past their time.
create index lone_work_check_in_open on lone_work_check_in (left_at, expected_out_at);
create index lone_work_check_in_worker on lone_work_check_in (organisation_id, worker_id, visit_day);

-- An alert about a worker: a missed check-out (raised by the job) or "I need help" (raised by the worker). Level 1
-- goes to the person who published the day (or who the check-in names); level 2 to the team's leads as well.
-- A missed check-out is raised once per check-in (round 1); "I need help" once per press while none is open, counted
-- by round: the unique key makes a second node or a double tap find the first alert instead of making another.
create table lone_worker_alert (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    check_in_id         uuid not null references lone_work_check_in (id),
    kind                varchar(20) not null check (kind in ('MISSED_CHECK_OUT', 'HELP')),
    round_no            integer not null,
    alert_level         integer not null check (alert_level in (1, 2)),
    raised_at           timestamp with time zone not null,
    raised_by           uuid references staff_member (id),
    escalated_at        timestamp with time zone,
    acknowledged_at     timestamp with time zone,
    acknowledged_by     uuid references staff_member (id),
    constraint lone_worker_alert_once unique (check_in_id, kind, round_no)
);
create index lone_worker_alert_open on lone_worker_alert (acknowledged_at, alert_level, raised_at);

-- Who an alert is addressed to, and from which level: the inbox section and the banner on every page read this.
create table lone_worker_alert_recipient (
    alert_id            uuid not null references lone_worker_alert (id),
    staff_id            uuid not null references staff_member (id),
    organisation_id     uuid not null,
    alert_level         integer not null,
    primary key (alert_id, staff_id)
);
create index lone_worker_alert_recipient_staff on lone_worker_alert_recipient (organisation_id, staff_id);

-- A worker's named buddy for a day: told first (instead of the person who published the day) when they do not check
-- out. Named by the worker, for today; naming again changes it for the visits they arrive at afterwards.
create table lone_work_buddy (
    organisation_id     uuid not null references organisation (id),
    worker_id           uuid not null references staff_member (id),
    buddy_day           date not null,
    buddy_id            uuid not null references staff_member (id),
    named_at            timestamp with time zone not null,
    primary key (organisation_id, worker_id, buddy_day)
);
