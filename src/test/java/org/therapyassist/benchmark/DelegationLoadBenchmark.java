package org.therapyassist.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.demo.DemoDataGenerator;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.support.TestDatabase;

/**
 * The benchmark harness (run by benchmark/run.sh, never in the normal test run). It writes the fictional service at
 * scale into PostgreSQL with the same generator as the demo, then drives "My day" and "record a session" over HTTP
 * with concurrent support workers, times the bare SQL for the same read and write at the same concurrency, and
 * writes BENCHMARKS.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.db.url:jdbc:postgresql://localhost:5432/therapy_assist_bench?reWriteBatchedInserts=true}",
        "spring.datasource.username=${bench.db.user:therapy}",
        "spring.datasource.password=${bench.db.password:therapy}",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:24}",
        "spring.flyway.clean-disabled=false",
        "therapy-assist.demo.enabled=false",
        // No scheduled checkpoint walking the trail mid-measurement; key and anchor log kept out of ./data.
        "therapy-assist.audit.scheduled-checkpoints=false",
        "therapy-assist.audit.checkpoint-key-file=${java.io.tmpdir}/therapy-assist-bench-audit/audit-checkpoint.key",
        "therapy-assist.audit.checkpoint-anchor-directory=${java.io.tmpdir}/therapy-assist-bench-audit/anchor-${random.uuid}",
        "logging.level.root=warn"})
@Import(TestDatabase.class)
class DelegationLoadBenchmark {

    static final int PATIENTS = Integer.getInteger("bench.patients", 100_000);
    static final int USERS = Integer.getInteger("bench.users", 16);
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    static final int SESSIONS_PER_DELEGATION = Integer.getInteger("bench.sessions", 13);

    @LocalServerPort
    int port;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        int units = Math.max(1, (int) Math.ceil(PATIENTS / 60.0));
        int organisations = Math.max(1, units / 100);
        int unitsPerOrg = (int) Math.ceil(units / (double) organisations);
        long t0 = System.nanoTime();
        var summary = generator
                .generate(new DemoDataGenerator.Spec(organisations, unitsPerOrg, 60, SESSIONS_PER_DELEGATION,
                        false, 42L));
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        jdbc.sql("analyze").update();
        Map<String, Long> sizes = sizes();
        System.out.printf("Generated %s in %.0f s%n", sizes, generateSeconds);

        List<Worker> workers = workers();
        // Warm up the JIT, pools and caches before measuring.
        drive(workers, 5, this::myDayOverHttp);
        drive(workers, 5, this::recordOverHttp);
        drive(workers, 3, this::myDayBareSql);
        drive(workers, 3, this::recordBareSql);

        Latencies.Summary myDayApp = drive(workers, SECONDS, this::myDayOverHttp);
        Latencies.Summary myDaySql = drive(workers, SECONDS, this::myDayBareSql);
        Latencies.Summary recordApp = drive(workers, SECONDS, this::recordOverHttp);
        Latencies.Summary recordSql = drive(workers, SECONDS, this::recordBareSql);

        write(sizes, generateSeconds, summary.rows(), myDayApp, myDaySql, recordApp, recordSql);
    }

    record Worker(String username, UUID staffId, UUID organisationId, UUID delegationId, String authorization) {
    }

    interface Operation {
        boolean run(Worker worker) throws Exception;
    }

    /** Support workers of different units, each with an accepted delegation that is open today. */
    List<Worker> workers() {
        LocalDate today = Time.today(clock);
        return jdbc.sql(
                "select s.username, s.id, s.organisation_id, (select d.id from delegation d where d.worker_id = s.id "
                        + "and d.organisation_id = s.organisation_id and d.status = 'ACCEPTED' and d.starts_on <= ? and d.ends_on >= ? "
                        + "order by d.id limit 1) as delegation_id from staff_member s "
                        + "where s.job_role in ('SUPPORT_WORKER', 'SENIOR_SUPPORT_WORKER') order by s.username limit ?")
                .params(today, today, USERS * 4)
                .query((rs, n) -> new Worker(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), "Basic " + Base64.getEncoder().encodeToString(
                                (rs.getString(1) + ":demo").getBytes(StandardCharsets.UTF_8))))
                .list().stream().filter(w -> w.delegationId() != null).limit(USERS).toList();
    }

    Latencies.Summary drive(List<Worker> workers, int seconds, Operation operation) throws InterruptedException {
        Latencies latencies = new Latencies();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers.size())) {
            for (Worker w : workers) {
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = operation.run(w);
                        } catch (Exception e) {
                            ok = false;
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("Benchmark operation failed: " + e);
                            }
                        }
                        latencies.add(start, System.nanoTime() - start, ok);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        }
        return latencies.summary();
    }

    boolean myDayOverHttp(Worker w) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/my-day"))
                .header("Authorization", w.authorization()).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }

    boolean recordOverHttp(Worker w) throws IOException, InterruptedException {
        String body = """
                {"delegationId": "%s", "performedOn": "%s", "activities": [{"activity": "Sit to stand", "setsDone": 3,
                 "repetitionsDone": 8}, {"activity": "Walking practice with frame", "setsDone": 2}],
                 "patientResponse": "Tolerated well", "painBefore": 3, "painAfter": 2}"""
                .formatted(w.delegationId(), Time.today(clock));
        var response = http
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/session-records"))
                        .header("Authorization", w.authorization()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201;
    }

    /** The same rows My day shows, in one hand-written query: the floor any implementation stands on. */
    boolean myDayBareSql(Worker w) throws Exception {
        LocalDate today = Time.today(clock);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c
                        .prepareStatement("select d.id, d.status, d.instructions, d.escalation_criteria, "
                                + "d.contact_instructions, d.time_of_day, d.frequency, d.last_session_on, t.name, p.nhs_number, "
                                + "p.given_name, p.family_name, p.date_of_birth, p.address, e.location, s.given_name, s.family_name, "
                                + "(select string_agg(a.kind, ',') from patient_alert a where a.organisation_id = d.organisation_id "
                                + "and a.patient_id = p.id and a.active) as alerts "
                                + "from delegation d join patient p on p.id = d.patient_id join task_type t on t.code = d.task_type_code "
                                + "left join episode e on e.id = d.episode_id join staff_member s on s.id = d.delegator_id "
                                + "where d.organisation_id = ? and d.worker_id = ? and d.status in ('OFFERED', 'ACCEPTED') "
                                + "and d.starts_on <= ? and d.ends_on >= ?")) {
            ps.setObject(1, w.organisationId());
            ps.setObject(2, w.staffId());
            ps.setObject(3, today.plusDays(7));
            ps.setObject(4, today);
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows >= 0;
        }
    }

    /**
     * The same rows recording a session writes (record, two activities, the delegation's count), in one transaction.
     */
    boolean recordBareSql(Worker w) throws Exception {
        LocalDate today = Time.today(clock);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID id = Ids.newId();
            UUID patient;
            UUID delegator;
            try (PreparedStatement ps = c
                    .prepareStatement("select patient_id, delegator_id from delegation where id = ? for update")) {
                ps.setObject(1, w.delegationId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    patient = rs.getObject(1, UUID.class);
                    delegator = rs.getObject(2, UUID.class);
                }
            }
            try (PreparedStatement ps = c
                    .prepareStatement("insert into session_record (id, organisation_id, delegation_id, "
                            + "patient_id, author_id, author_band, reviewer_id, performed_on, recorded_at, patient_response, pain_before, "
                            + "pain_after, status, requires_countersign, version) values (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, 3, 2, 'DRAFT', true, 0)")) {
                ps.setObject(1, id);
                ps.setObject(2, w.organisationId());
                ps.setObject(3, w.delegationId());
                ps.setObject(4, patient);
                ps.setObject(5, w.staffId());
                ps.setObject(6, delegator);
                ps.setObject(7, today);
                ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(9, "Tolerated well");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c
                    .prepareStatement("insert into session_activity (session_record_id, position, activity, "
                            + "sets_done, repetitions_done) values (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= 2; i++) {
                    ps.setObject(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, i == 1 ? "Sit to stand" : "Walking practice with frame");
                    ps.setInt(4, 3);
                    ps.setObject(5, i == 1 ? 8 : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("update delegation set sessions_count = sessions_count + 1, "
                    + "last_session_on = ? where id = ?")) {
                ps.setObject(1, today);
                ps.setObject(2, w.delegationId());
                ps.executeUpdate();
            }
            c.commit();
            return true;
        }
    }

    Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String table : List.of("organisation", "staff_member", "patient", "episode", "delegation",
                "session_record",
                "session_activity", "competency_signoff", "audit_event")) {
            sizes.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return sizes;
    }

    void write(Map<String, Long> sizes, double generateSeconds, long rowsWritten, Latencies.Summary myDayApp,
            Latencies.Summary myDaySql, Latencies.Summary recordApp, Latencies.Summary recordSql) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        String pg = jdbc.sql("select version()").query(String.class).single();
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        List<String> out = new ArrayList<>();
        out.add("# Benchmarks");
        out.add("");
        out.add("Written by the benchmark harness (`bash benchmark/run.sh`), not by hand. Last run: "
                + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + ".");
        out.add("");
        out.add("## Machine");
        out.add("");
        out.add("- CPU: " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores available; memory "
                + memory + " GiB");
        out.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.add("- Database: " + pg.split(",")[0] + " on the same machine (loopback)");
        out.add("- The application server, the load driver and PostgreSQL share the same cores, so every figure includes that contention.");
        out.add("");
        out.add("## Data");
        out.add("");
        out.add("Generated by the demo data generator at scale (" + String.format(Locale.UK, "%,d", rowsWritten)
                + " rows in " + Math.round(generateSeconds) + " s):");
        out.add("");
        out.add("| table | rows |");
        out.add("| --- | ---: |");
        sizes.forEach((t, n) -> out.add("| " + t + " | " + String.format(Locale.UK, "%,d", n) + " |"));
        out.add("");
        out.add("## Results");
        out.add("");
        out.add(USERS + " concurrent support workers, " + SECONDS
                + " s per operation after a warm-up. \"App\" is the full "
                + "HTTP request (authentication, access check, an audit event per patient shown or changed, JSON); \"bare SQL\" "
                + "is the same read or write as hand-written JDBC at the same concurrency: the baseline.");
        out.add("");
        out.add("| operation | path | requests | errors | p50 ms | p99 ms | max ms | per second |");
        out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        out.add(row("My day", "app (GET /api/v1/my-day)", myDayApp));
        out.add(row("My day", "bare SQL", myDaySql));
        out.add(row("Record a session", "app (POST /api/v1/session-records)", recordApp));
        out.add(row("Record a session", "bare SQL", recordSql));
        out.add("");
        out.add("| comparison | figure | aim | met? |");
        out.add("| --- | ---: | --- | --- |");
        double ratio = myDayApp.p99Ms() / Math.max(0.001, myDaySql.p99Ms());
        out.add(String.format(Locale.UK, "| My day p99, app ÷ bare SQL | %.1f× | within 2× | %s |", ratio,
                ratio <= 2 ? "yes" : "no"));
        out.add(String.format(Locale.UK, "| My day p50, app ÷ bare SQL | %.1f× | | |",
                myDayApp.p50Ms() / Math.max(0.001, myDaySql.p50Ms())));
        out.add(String.format(Locale.UK, "| Session records per second (app) | %.0f | 500 | %s |",
                recordApp.perSecond(),
                recordApp.perSecond() >= 500 ? "yes" : "no"));
        out.add(String.format(Locale.UK, "| Record a session p99, app ÷ bare SQL | %.1f× | | |",
                recordApp.p99Ms() / Math.max(0.001, recordSql.p99Ms())));
        out.add("");
        // Written by the smaller harnesses; kept when this one rewrites the file.
        BenchmarkRuns.appendSections(out);
        Path notes = Path.of("benchmark/NOTES.md");
        if (Files.exists(notes)) {
            out.addAll(Files.readAllLines(notes));
        }
        Files.write(Path.of("BENCHMARKS.md"), out);
        out.forEach(System.out::println);
    }

    static String row(String op, String path, Latencies.Summary s) {
        return String.format(Locale.UK, "| %s | %s | %,d | %d | %.1f | %.1f | %.1f | %.0f |", op, path, s.count(),
                s.errors(),
                s.p50Ms(), s.p99Ms(), s.maxMs(), s.perSecond());
    }
}
