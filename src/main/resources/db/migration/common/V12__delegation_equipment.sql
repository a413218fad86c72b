-- The equipment a delegated task uses (a hoist and its sling): checked as safe to use when the task is delegated, when
-- it is accepted and at every visit recorded against it.
create table delegation_equipment (
    delegation_id   uuid not null references delegation (id),
    asset_id        uuid not null references equipment_asset (id),
    organisation_id uuid not null references organisation (id),
    added_by        uuid not null references staff_member (id),
    added_at        timestamp with time zone not null,
    primary key (delegation_id, asset_id)
);
