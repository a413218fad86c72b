-- The "do you feel valued?" pulse. Answers carry no person and no time: only the team and the month.
-- Who has answered a month is kept apart, so each person answers once, and the two tables share no key.
create table pulse_response (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    team_id         uuid references team (id),
    answer_month    date not null,
    feel_valued     integer not null,
    would_recommend integer not null,
    thinking_of_leaving integer not null
);
create index pulse_response_idx on pulse_response (organisation_id, answer_month, team_id);

create table pulse_answered (
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    answer_month    date not null,
    primary key (organisation_id, staff_id, answer_month)
);
