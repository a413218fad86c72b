package org.therapyassist.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.demo.DemoDataGenerator;
import org.therapyassist.platform.Time;
import org.therapyassist.support.TestDatabase;

/**
 * The gap-analysis benchmark (benchmark/gap-analysis.sh, never in the normal test run): one organisation of 2,000
 * support workers (3,750 staff) against the whole competency catalogue, written by the demo generator into PostgreSQL.
 * A few leads ask for the organisation's grid over HTTP (JSON and CSV) while the same read is timed as bare SQL.
 * Writes benchmark/gap-analysis.md, which BENCHMARKS.md includes.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.db.url:jdbc:postgresql://localhost:5432/therapy_assist_bench?reWriteBatchedInserts=true}",
        "spring.datasource.username=${bench.db.user:therapy}",
        "spring.datasource.password=${bench.db.password:therapy}",
        "spring.flyway.clean-disabled=false",
        "therapy-assist.demo.enabled=false",
        // No scheduled checkpoint walking the trail mid-measurement; key and anchor log kept out of ./data.
        "therapy-assist.audit.scheduled-checkpoints=false",
        "therapy-assist.audit.checkpoint-key-file=${java.io.tmpdir}/therapy-assist-bench-audit/audit-checkpoint.key",
        "therapy-assist.audit.checkpoint-anchor-directory=${java.io.tmpdir}/therapy-assist-bench-audit/anchor-${random.uuid}",
        "therapy-assist.reminders.enabled=false",
        "logging.level.root=warn"})
@Import(TestDatabase.class)
class GapAnalysisBenchmark {

    /** Support workers in the organisation: the demo unit has 8 among its 15 staff. */
    static final int SUPPORT_WORKERS = Integer.getInteger("bench.supportWorkers", 2_000);
    static final int LEADS = Integer.getInteger("bench.leads", 4);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);

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
        int units = (int) Math.ceil(SUPPORT_WORKERS / 8.0);
        long t0 = System.nanoTime();
        generator.generate(new DemoDataGenerator.Spec(1, units, 2, 1, false, 7L));
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        jdbc.sql("analyze").update();
        UUID org = jdbc.sql("select id from organisation").query(UUID.class).single();
        long staff = count("select count(*) from staff_member");
        long workers = count(
                "select count(*) from staff_member where job_role in ('SUPPORT_WORKER', 'SENIOR_SUPPORT_WORKER', "
                        + "'ASSISTANT_PRACTITIONER', 'SUPPORT_WORKER_LEAD')");
        long statements = count("select count(*) from competency");
        long signOffs = count("select count(*) from competency_signoff");
        String lead = jdbc
                .sql("select username from staff_member where job_role = 'TEAM_LEAD' order by username limit 1")
                .query(String.class).single();
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString((lead + ":demo").getBytes(StandardCharsets.UTF_8));
        URI json = URI.create("http://localhost:" + port + "/api/v1/reports/training-needs");
        URI csv = URI.create("http://localhost:" + port + "/api/v1/reports/training-needs.csv");
        BenchmarkRuns.Operation overJson = w -> get(json, authorization);
        BenchmarkRuns.Operation overCsv = w -> get(csv, authorization);
        BenchmarkRuns.Operation bareSql = w -> bareSql(org);

        BenchmarkRuns.drive(LEADS, 5, overJson);
        BenchmarkRuns.drive(LEADS, 3, bareSql);
        Latencies.Summary app = BenchmarkRuns.drive(LEADS, SECONDS, overJson);
        Latencies.Summary appCsv = BenchmarkRuns.drive(LEADS, SECONDS, overCsv);
        Latencies.Summary sql = BenchmarkRuns.drive(LEADS, SECONDS, bareSql);
        write(generateSeconds, staff, workers, statements, signOffs, app, appCsv, sql);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    boolean get(URI uri, String authorization) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 10_000;
    }

    /**
     * The same data the grid is built from (support workers, the catalogue, latest valid sign-off per pair), read raw.
     */
    boolean bareSql(UUID org) throws Exception {
        LocalDate today = Time.today(clock);
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c
                    .prepareStatement("select s.id, s.given_name, s.family_name, s.job_role, t.name "
                            + "from staff_member s left join team t on t.id = s.team_id where s.organisation_id = ? and s.enabled")) {
                ps.setObject(1, org);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            try (PreparedStatement ps = c
                    .prepareStatement("select code, framework_domain, expected_from from competency");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select staff_id, competency_code, "
                    + "max(case when revoked_at is null and signed_on <= ? then expires_on end) from competency_signoff "
                    + "where organisation_id = ? group by staff_id, competency_code")) {
                ps.setObject(1, today);
                ps.setObject(2, org);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows > 0;
    }

    void write(double generateSeconds, long staff, long workers, long statements, long signOffs, Latencies.Summary app,
            Latencies.Summary appCsv, Latencies.Summary sql) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("## Gap analysis (issue 4)");
        out.add("");
        out.add("Written by `bash benchmark/gap-analysis.sh`. Last run: "
                + OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                + ", on the machine above, PostgreSQL on loopback.");
        out.add("");
        out.add(String.format(Locale.UK,
                "One organisation: %,d staff of whom %,d support workers, %d competency statements, "
                        + "%,d sign-offs (generated in %.0f s). Each request builds the whole organisation's grid "
                        + "(%,d cells), counts per domain and the expiring-next list. %d leads ask at once, %d s per path.",
                staff, workers, statements, signOffs, generateSeconds, workers * statements, LEADS, SECONDS));
        out.add("");
        out.add("| path | requests | errors | p50 ms | p99 ms | max ms | per second |");
        out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        out.add(row("app, JSON (GET /api/v1/reports/training-needs)", app));
        out.add(row("app, CSV (GET /api/v1/reports/training-needs.csv)", appCsv));
        out.add(row("bare SQL: the same three reads, rows fetched, no grid built", sql));
        out.add("");
        out.add(String.format(Locale.UK,
                "Grid p99, app JSON ÷ bare SQL: **%.1f×** (p50 %.1f×). The baseline only fetches the "
                        + "rows; the application also authenticates, checks the viewer may see the analysis, works out every "
                        + "cell's status, and serialises %,d cells.",
                app.p99Ms() / Math.max(0.001, sql.p99Ms()),
                app.p50Ms() / Math.max(0.001, sql.p50Ms()), workers * statements));
        BenchmarkRuns.writeSection("gap-analysis", out);
    }

    static String row(String path, Latencies.Summary s) {
        return String.format(Locale.UK, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |", path, s.count(), s.errors(),
                s.p50Ms(), s.p99Ms(), s.maxMs(), s.perSecond());
    }
}
