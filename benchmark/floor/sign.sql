-- Floor for signing: the worker's oldest draft becomes signed (rows locked by another client are skipped).
\set n random(1, :people)
update session_record set status = 'SIGNED', signed_at = now(), version = version + 1
 where id = (select r.id from bench_people b join session_record r
              on r.organisation_id = b.organisation_id and r.author_id = b.staff_id
             where b.n = :n and r.status = 'DRAFT' order by r.recorded_at limit 1 for update of r skip locked);
