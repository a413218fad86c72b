-- Least privilege (runs after every migrate, as the owner role that migrates). The application's login
-- (spring.datasource.username, passed in as the app-role placeholder) may read and write rows and nothing else: no
-- TRUNCATE, no triggers, no DDL (it owns nothing, so it cannot ALTER, DISABLE TRIGGER or DROP), no UPDATE or DELETE on
-- the append-only audit tables, nothing on Flyway's history. Default privileges cover tables later migrations add.
-- When the application and the owner are one login (a single-role set-up, e.g. the benchmark database) there is
-- nothing to grant.
do $$
declare
    app text := '${app-role}';
    s text := current_schema();
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        raise notice 'No separate application role (%): nothing granted', app;
        return;
    end if;
    execute format('grant usage on schema %I to %I', s, app);
    execute format('revoke all on all tables in schema %I from %I', s, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, app);
    execute format('grant usage, select on all sequences in schema %I to %I', s, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', s, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', s, app);
    execute format('revoke update, delete on audit_event, audit_checkpoint, audit_checkpoint_head from %I', app);
    execute format('revoke all on %I from %I', '${flyway:table}', app);
end
$$;
