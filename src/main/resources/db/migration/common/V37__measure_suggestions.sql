-- The outcome measures a service suggests for an episode by its condition category (Berg and TUG for a neurological
-- episode, the 6-minute walk for a cardiac or respiratory one): one row per category the service has changed, the
-- measure keys in the order shown, comma-separated (empty: suggest none). A category with no row uses the built-in
-- suggestions (MeasureSuggestionRules.DEFAULTS).
create table measure_suggestion (
    organisation_id     uuid not null references organisation (id),
    condition_category  varchar(30) not null,
    measure_keys        varchar(1000) not null,
    changed_at          timestamp with time zone not null,
    changed_by          uuid not null references staff_member (id),
    primary key (organisation_id, condition_category)
);
