-- Defence in depth for PostgreSQL: released pulse figures are final, so even a direct SQL session cannot change a
-- released month and make a later read differ from an earlier one (which could reveal the answers that changed it).
create trigger pulse_release_final before update or delete on pulse_release
    for each row execute function ta_refuse_change();
create trigger pulse_release_group_final before update or delete on pulse_release_group
    for each row execute function ta_refuse_change();
