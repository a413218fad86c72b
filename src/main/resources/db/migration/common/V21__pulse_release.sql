-- Released pulse results. A closed month's figures are worked out once, when first asked for, and kept here, so every
-- later read shows exactly the same figures; answers for a released month are refused. A hidden group keeps its
-- reason and no figures. Nothing here is per person: groups of five or more only (see PulseRules.release).
create table pulse_release (
    organisation_id uuid not null references organisation (id),
    answer_month    date not null,
    released_on     date not null,
    primary key (organisation_id, answer_month)
);

create table pulse_release_group (
    organisation_id uuid not null,
    answer_month    date not null,
    position        integer not null,
    kind            varchar(20) not null,
    team_id         uuid references team (id),
    name            varchar(120) not null,
    hidden_because  varchar(40),
    answers_band    varchar(30),
    feel_valued     decimal(2, 1),
    would_recommend decimal(2, 1),
    thinking_of_leaving decimal(2, 1),
    percent_feel_valued integer,
    primary key (organisation_id, answer_month, position),
    foreign key (organisation_id, answer_month) references pulse_release (organisation_id, answer_month)
);
