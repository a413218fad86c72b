update measure_result set delegated_by = (select d.delegator_id from delegation d where d.id = measure_result.delegation_id)
    where delegation_id is not null;
