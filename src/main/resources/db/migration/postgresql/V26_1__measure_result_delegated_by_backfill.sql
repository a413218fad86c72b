-- Results are append-only (V19_1). This fills a column added after the fact from the delegation each result already
-- names; nothing a clinician recorded changes. The owner role runs migrations; the application's role could not do this.
alter table measure_result disable trigger measure_result_append_only;
update measure_result set delegated_by = (select d.delegator_id from delegation d where d.id = measure_result.delegation_id)
    where delegation_id is not null;
alter table measure_result enable trigger measure_result_append_only;
