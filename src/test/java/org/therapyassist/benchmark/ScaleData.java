package org.therapyassist.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.therapyassist.demo.DemoDataGenerator;
import org.therapyassist.platform.Time;

/**
 * Data for the external load harness (benchmark/external.sh), never part of the normal test run. It migrates the
 * named benchmark database, writes the fictional service at the asked number of patients once (a database that
 * already holds it is kept, so the three scales are generated once each), and then, on every run, chooses the people
 * the load driver signs in as: support workers with a delegation open today, the registrant who delegated it, and the
 * patient. It writes them to the table {@code bench_people}, which the load scripts (wrk) and the floor (pgbench)
 * both read, so the application and its floor are driven with exactly the same rows.
 *
 * <p>
 * The generator gives every account one bcrypt hash of the demo password. The application remembers a verified
 * (password, hash) pair for a few minutes, so one shared hash would mean one bcrypt check for all of them and hide
 * what a real service pays. Each person chosen here gets a hash of their own.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${bench.db.url}",
        "spring.datasource.username=${bench.db.user:therapy}",
        "spring.datasource.password=${bench.db.password:therapy}",
        "therapy-assist.demo.enabled=false",
        "therapy-assist.audit.scheduled-checkpoints=false",
        "therapy-assist.audit.checkpoint-key-file=${java.io.tmpdir}/therapy-assist-bench-audit/audit-checkpoint.key",
        "therapy-assist.audit.checkpoint-anchor-directory=${java.io.tmpdir}/therapy-assist-bench-audit/anchor-${random.uuid}",
        "spring.task.scheduling.enabled=false",
        "logging.level.root=warn"})
class ScaleData {

    static final int PATIENTS = Integer.getInteger("bench.patients", 10_000);
    static final int PEOPLE = Integer.getInteger("bench.people", 256);
    static final int SESSIONS_PER_DELEGATION = Integer.getInteger("bench.sessions", 10);

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    @Test
    void prepare() {
        long patients = jdbc.sql("select count(*) from patient").query(Long.class).single();
        jdbc.sql("create table if not exists bench_data (patients bigint not null, generated_at timestamp with time "
                + "zone not null)").update();
        boolean complete = jdbc.sql("select count(*) from bench_data").query(Long.class).single() > 0;
        if (patients > 0 && !complete) {
            // A run stopped half way leaves some units written; measuring those would be measuring another scale.
            if (patients < PATIENTS) {
                throw new IllegalStateException("The benchmark database holds " + patients + " patients of the "
                        + PATIENTS + " asked for: generation was stopped part way. Drop the database and run again.");
            }
            jdbc.sql("insert into bench_data values (?, now())").param(patients).update();
        }
        if (patients == 0) {
            // The same shape as the in-process harness: units of 60 patients, 100 units to an organisation.
            int units = Math.max(1, (int) Math.ceil(PATIENTS / 60.0));
            int organisations = Math.max(1, (int) Math.ceil(units / 100.0));
            int unitsPerOrganisation = (int) Math.ceil(units / (double) organisations);
            long started = System.nanoTime();
            var summary = generator.generate(new DemoDataGenerator.Spec(organisations, unitsPerOrganisation, 60,
                    SESSIONS_PER_DELEGATION, false, 42L));
            System.out.printf("bench-data: generated %,d rows (%,d patients) in %.0f s%n", summary.rows(),
                    summary.patients(), (System.nanoTime() - started) / 1e9);
            measureResults();
            jdbc.sql("analyze").update();
            jdbc.sql("insert into bench_data values (?, now())").param(summary.patients()).update();
        } else {
            System.out.printf("bench-data: kept the %,d patients already there%n", patients);
        }
        choosePeople();
    }

    /**
     * The generator writes no outcome measures, so FHIR Observation searches would answer empty bundles: four Timed
     * Up and Go results a patient, a fortnight apart, by the registrant leading the episode, as the demo's outcomes
     * are recorded (one item each, the seconds).
     */
    void measureResults() {
        long started = System.nanoTime();
        LocalDate today = Time.today(clock);
        for (int i = 1; i <= 4; i++) {
            jdbc.sql(
                    "insert into measure_result (id, organisation_id, patient_id, episode_id, measure_key, score, unit, "
                            + "interpretation, effective_on, performer_id, performer_band, recorded_at) "
                            + "select gen_random_uuid(), e.organisation_id, e.patient_id, e.id, 'TUG', "
                            + "round(cast(9 + (abs(hashtext(e.id::text || ?)) % 1500) / 100.0 as numeric), 2), 's', "
                            + "'Falls risk: review', ?, e.lead_therapist_id, s.band, ? from episode e join staff_member s on s.id = e.lead_therapist_id")
                    .params(String.valueOf(i), today.minusDays(14L * (5 - i)),
                            today.minusDays(14L * (5 - i)).atTime(11, 0).atOffset(ZoneOffset.UTC))
                    .update();
        }
        jdbc.sql("insert into measure_result_item (result_id, position, item_key, label, item_value) "
                + "select id, 1, 'seconds', 'Time in seconds', score from measure_result where measure_key = 'TUG'")
                .update();
        System.out.printf("bench-data: outcome measures written in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Support workers spread over every organisation (ordered by a hash of their id, not by name, so the first few
     * are not all from one unit), each with one accepted delegation open today.
     */
    void choosePeople() {
        LocalDate today = Time.today(clock);
        jdbc.sql("create table if not exists bench_people_chosen (chosen_on date not null)").update();
        if (jdbc.sql("select count(*) from bench_people_chosen where chosen_on = ?").param(today).query(Long.class)
                .single() > 0) {
            // Chosen earlier today: the delegations are still open and the hashes already made (500 bcrypts).
            System.out.println("bench-data: people already chosen today");
            return;
        }
        jdbc.sql("drop table if exists bench_people").update();
        jdbc.sql("create table bench_people (n integer primary key, username varchar(100) not null, "
                + "staff_id uuid not null, organisation_id uuid not null, delegation_id uuid not null, "
                + "patient_id uuid not null, registrant_username varchar(100) not null, registrant_id uuid not null)")
                .update();
        jdbc.sql("insert into bench_people select row_number() over (order by md5(s.id::text)), s.username, s.id, "
                + "s.organisation_id, d.id, d.patient_id, r.username, r.id from staff_member s "
                + "join lateral (select d.id, d.patient_id, d.delegator_id from delegation d "
                + "where d.organisation_id = s.organisation_id and d.worker_id = s.id and d.status = 'ACCEPTED' "
                + "and d.starts_on <= ? and d.ends_on >= ? order by d.id limit 1) d on true "
                + "join staff_member r on r.id = d.delegator_id "
                + "where s.job_role in ('SUPPORT_WORKER', 'SENIOR_SUPPORT_WORKER') and s.enabled "
                + "order by md5(s.id::text) limit ?")
                .params(today, today, PEOPLE).update();
        List<Person> people = jdbc.sql("select distinct username, staff_id from bench_people "
                + "union select distinct registrant_username, registrant_id from bench_people")
                .query((rs, n) -> new Person(rs.getString(1), rs.getObject(2, UUID.class))).list();
        long started = System.nanoTime();
        for (Person person : people) {
            jdbc.sql("update staff_member set password_hash = ? where id = ?")
                    .params(encoder.encode("demo"), person.id()).update();
        }
        jdbc.sql("delete from bench_people_chosen").update();
        jdbc.sql("insert into bench_people_chosen values (?)").param(today).update();
        System.out.printf("bench-data: %d people chosen (%d sign-ins, each with a hash of its own, %.0f s)%n",
                jdbc.sql("select count(*) from bench_people").query(Long.class).single(), people.size(),
                (System.nanoTime() - started) / 1e9);
    }

    record Person(String username, UUID id) {
    }
}
