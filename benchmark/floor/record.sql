-- Floor for recording a session: the rows the application writes (the record, two activities, the delegation's
-- count), in one transaction with the delegation locked, as the in-process harness's bare-SQL floor.
\set n random(1, :people)
begin;
select d.id as delegation, d.patient_id as patient, d.delegator_id as delegator, d.organisation_id as org,
       b.staff_id as worker
  from bench_people b join delegation d on d.id = b.delegation_id where b.n = :n for update of d
\gset
insert into session_record (id, organisation_id, delegation_id, patient_id, author_id, author_band, reviewer_id,
       performed_on, recorded_at, patient_response, pain_before, pain_after, status, requires_countersign, version)
values (gen_random_uuid(), :org, :delegation, :patient, :worker, 2, :delegator, current_date, now(),
       'Tolerated well', 3, 2, 'DRAFT', true, 0)
returning id as record
\gset
insert into session_activity (session_record_id, position, activity, sets_done, repetitions_done)
values (:record, 1, 'Sit to stand', 3, 8), (:record, 2, 'Walking practice with frame', 2, null);
update delegation set sessions_count = sessions_count + 1, last_session_on = current_date where id = :delegation;
commit;
