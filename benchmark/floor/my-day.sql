-- Floor for My day: the rows My day shows, in one hand-written query (the same as the in-process harness's).
\set n random(1, :people)
select d.id, d.status, d.instructions, d.escalation_criteria, d.contact_instructions, d.time_of_day, d.frequency,
       d.last_session_on, t.name, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.address, e.location,
       s.given_name, s.family_name,
       (select string_agg(a.kind, ',') from patient_alert a
         where a.organisation_id = d.organisation_id and a.patient_id = p.id and a.active) as alerts
  from bench_people b
  join delegation d on d.organisation_id = b.organisation_id and d.worker_id = b.staff_id
  join patient p on p.id = d.patient_id
  join task_type t on t.code = d.task_type_code
  left join episode e on e.id = d.episode_id
  join staff_member s on s.id = d.delegator_id
 where b.n = :n and d.status in ('OFFERED', 'ACCEPTED')
   and d.starts_on <= current_date + 7 and d.ends_on >= current_date;
