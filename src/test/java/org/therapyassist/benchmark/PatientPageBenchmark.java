package org.therapyassist.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.demo.DemoDataGenerator;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.support.TestDatabase;

/**
 * The patient page benchmark (benchmark/patient-page.sh, never in the normal test run): one patient with five years of
 * history — about 500 signed session records and 200 outcome-measure results — opened as a whole page (record, charts,
 * groups, referrals, programme) by 4 concurrent therapists, against the same page for a patient with one visit; and the
 * home exercise sheet rendered as a PDF (standard and easy read) against the same sheet as a web page.
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
class PatientPageBenchmark {

    static final int RECORDS = Integer.getInteger("bench.records", 500);
    static final int MEASURES = Integer.getInteger("bench.measures", 200);
    static final int USERS = Integer.getInteger("bench.users", 4);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final String[] MEASURE_KEYS = {"TUG", "CHAIR_STAND_30S", "PAIN_NRS", "WALK_10M", "BERG"};

    @LocalServerPort
    int port;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Pages need a signed-in session (form login), as a browser has; the API takes Basic. */
    final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void measure() throws Exception {
        generator.generate(new DemoDataGenerator.Spec(1, 1, 40, 1, false, 17L));
        // The patient: one whose delegated work has a signed record, seen by the delegating therapist.
        Map<String, Object> seed = jdbc
                .sql("select r.id as record_id, r.patient_id, d.delegator_id, d.episode_id, r.author_id "
                        + "from session_record r join delegation d on d.id = r.delegation_id where r.status = 'SIGNED' "
                        + "and d.episode_id is not null order by r.id limit 1")
                .query().singleRow();
        UUID patient = (UUID) seed.get("patient_id");
        UUID episode = (UUID) seed.get("episode_id");
        UUID therapist = (UUID) seed.get("delegator_id");
        UUID worker = (UUID) seed.get("author_id");
        UUID baselinePatient = jdbc
                .sql("select r.patient_id from session_record r join delegation d on d.id = r.delegation_id "
                        + "where d.delegator_id = ? and r.patient_id <> ? group by r.patient_id having count(*) = 1 limit 1")
                .params(therapist, patient).query(UUID.class).optional()
                .orElseGet(() -> jdbc
                        .sql("select patient_id from delegation where delegator_id = ? and patient_id <> ? limit 1")
                        .params(therapist, patient).query(UUID.class).single());
        history((UUID) seed.get("record_id"), patient, episode, therapist, worker);
        jdbc.sql("analyze").update();
        long records = jdbc.sql("select count(*) from session_record where patient_id = ?").param(patient)
                .query(Long.class).single();
        long measures = jdbc.sql("select count(*) from measure_result where patient_id = ?").param(patient)
                .query(Long.class).single();
        long baselineRecords = jdbc.sql("select count(*) from session_record where patient_id = ?")
                .param(baselinePatient)
                .query(Long.class).single();

        String username = jdbc.sql("select username from staff_member where id = ?").param(therapist)
                .query(String.class).single();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        programme(auth, episode);
        signIn(username);

        BenchmarkRuns.Operation big = w -> page("/patients/" + patient);
        BenchmarkRuns.Operation small = w -> page("/patients/" + baselinePatient);
        BenchmarkRuns.Operation timeline = w -> page("/patients/" + patient + "/timeline");
        BenchmarkRuns.Operation pdf = w -> get("/api/v1/episodes/" + episode + "/home-sheet.pdf", auth,
                "application/pdf");
        BenchmarkRuns.Operation easyPdf = w -> get("/api/v1/episodes/" + episode + "/home-sheet.pdf?easyRead=true",
                auth, "application/pdf");
        BenchmarkRuns.Operation sheetPage = w -> page("/episodes/" + episode + "/home-sheet");
        if (!big.run(0) || !small.run(0) || !timeline.run(0) || !pdf.run(0) || !sheetPage.run(0)) {
            throw new IllegalStateException("A measured request fails before the run; the figures would mean nothing");
        }

        BenchmarkRuns.drive(USERS, 5, big);
        BenchmarkRuns.drive(1, 5, pdf);
        Latencies.Summary bigRun = BenchmarkRuns.drive(USERS, SECONDS, big);
        Latencies.Summary smallRun = BenchmarkRuns.drive(USERS, SECONDS, small);
        Latencies.Summary timelineRun = BenchmarkRuns.drive(USERS, SECONDS, timeline);
        Latencies.Summary pdfOne = BenchmarkRuns.drive(1, SECONDS, pdf);
        Latencies.Summary easyOne = BenchmarkRuns.drive(1, SECONDS, easyPdf);
        Latencies.Summary pdfMany = BenchmarkRuns.drive(USERS, SECONDS, pdf);
        Latencies.Summary sheetRun = BenchmarkRuns.drive(1, SECONDS, sheetPage);
        int exercises = jdbc.sql(
                "select count(*) from programme_item where episode_id = ? and active = true and exercise_id is not null")
                .param(episode).query(Integer.class).single();
        write(records, measures, baselineRecords, exercises, bigRun, smallRun, timelineRun, pdfOne, easyOne, pdfMany,
                sheetRun);
    }

    /** Five years of a long-term patient: signed visits every few days, and measures taken along the way. */
    void history(UUID templateRecord, UUID patient, UUID episode, UUID therapist, UUID worker) {
        LocalDate today = Time.today(clock);
        Random random = new Random(3);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i < RECORDS; i++) {
            LocalDate on = today.minusDays((long) i * 1826 / RECORDS);
            rows.add(new Object[]{Ids.newId(), Date.valueOf(on), Timestamp.valueOf(on.atTime(15, 0)),
                    random.nextInt(5), random.nextInt(5), templateRecord});
        }
        template.batchUpdate(
                "insert into session_record (id, organisation_id, delegation_id, patient_id, author_id, author_band, "
                        + "reviewer_id, performed_on, recorded_at, patient_response, pain_before, pain_after, tug_seconds, chair_stand_count, "
                        + "note, status, requires_countersign, signed_at, version) select ?, organisation_id, delegation_id, patient_id, "
                        + "author_id, author_band, reviewer_id, ?, ?, patient_response, ?, ?, tug_seconds, chair_stand_count, note, 'SIGNED', "
                        + "requires_countersign, recorded_at, 0 from session_record where id = ?",
                rows);
        UUID org = jdbc.sql("select organisation_id from patient where id = ?").param(patient).query(UUID.class)
                .single();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            String key = MEASURE_KEYS[i % MEASURE_KEYS.length];
            LocalDate on = today.minusDays((long) i * 1826 / MEASURES);
            double progress = (double) i / MEASURES; // older results (larger i) are worse
            double score = switch (key) {
                case "TUG" -> 11 + 10 * progress + random.nextInt(3);
                case "CHAIR_STAND_30S" -> Math.max(0, 12 - Math.round(8 * progress));
                case "PAIN_NRS" -> Math.min(10, 2 + Math.round(5 * progress));
                case "WALK_10M" -> Math.round(100.0 / (9 + 10 * progress)) / 10.0;
                default -> Math.max(0, 50 - Math.round(25 * progress));
            };
            UUID id = Ids.newId();
            UUID performer = i % 2 == 0 ? worker : therapist;
            results.add(new Object[]{id, org, patient, episode, key, BigDecimal.valueOf(score), unit(key),
                    Date.valueOf(on),
                    performer, i % 2 == 0 ? 3 : 6, Timestamp.valueOf(on.atTime(16, 0))});
            if (key.equals("BERG")) {
                // Items that add up to the score, as the scoring would have produced it.
                long total = Math.round(score);
                for (int item = 1; item <= 14; item++) {
                    long value = total / 14 + (item <= total % 14 ? 1 : 0);
                    items.add(new Object[]{id, item, "item" + item, "Berg item " + item, BigDecimal.valueOf(value)});
                }
            } else {
                items.add(new Object[]{id, 1, "value", key,
                        key.equals("WALK_10M") ? BigDecimal.valueOf(10 / score) : BigDecimal.valueOf(score)});
            }
        }
        template.batchUpdate(
                "insert into measure_result (id, organisation_id, patient_id, episode_id, measure_key, score, unit, "
                        + "effective_on, performer_id, performer_band, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                results);
        template.batchUpdate(
                "insert into measure_result_item (result_id, position, item_key, label, item_value) values (?, ?, ?, ?, ?)",
                items);
    }

    static String unit(String key) {
        return switch (key) {
            case "TUG" -> "s";
            case "CHAIR_STAND_30S" -> "stands";
            case "PAIN_NRS" -> "/10";
            case "WALK_10M" -> "m/s";
            default -> "points";
        };
    }

    /** Eight library exercises on the episode's programme, added through the API as a therapist would. */
    void programme(String auth, UUID episode) throws IOException, InterruptedException {
        List<UUID> exercises = jdbc.sql("select id from exercise where organisation_id is null order by name limit 8")
                .query(UUID.class).list();
        for (UUID exercise : exercises) {
            var response = http.send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/v1/episodes/" + episode
                            + "/exercise-programme"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"exerciseId\": \"" + exercise + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "Could not add an exercise: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** Signs in through the login form, keeping the session cookie for the page requests. */
    void signIn(String username) throws IOException, InterruptedException {
        String form = browser
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String body = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode());
        }
    }

    boolean page(String path) throws IOException, InterruptedException {
        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
    }

    boolean get(String path, String authorization, String accept) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
    }

    void write(long records, long measures, long baselineRecords, int exercises, Latencies.Summary big,
            Latencies.Summary small,
            Latencies.Summary timeline, Latencies.Summary pdfOne, Latencies.Summary easyOne, Latencies.Summary pdfMany,
            Latencies.Summary sheet) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("## Patient page and exercise sheet PDF (issue 6)");
        out.add("");
        out.add("Written by `bash benchmark/patient-page.sh`. Last run: "
                + OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                + ", on the machine above, PostgreSQL on loopback.");
        out.add("");
        out.add(String.format(Locale.UK,
                "One patient with five years of history: %d signed session records and %d outcome-measure "
                        + "results (5 measures, Berg with its 14 items), opened as the whole record page (episodes, goals, charts for every "
                        + "measure, delegations, visits, equipment, groups, referrals, programme) by %d concurrent therapists for %d s. "
                        + "Baseline: the same page for a patient with %d visit. The home exercise sheet has %d library exercises with their "
                        + "drawings; one user renders it back to back, then %d at once; baseline: the same sheet as a web page.",
                records, measures, USERS, SECONDS, baselineRecords, exercises, USERS));
        out.add("");
        out.add("| operation | path | requests | errors | p50 ms | p99 ms | max ms | per second |");
        out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        out.add(DelegationLoadBenchmark.row("Patient page, 5 years", "app (GET /patients/{id})", big));
        out.add(DelegationLoadBenchmark.row("Patient page, 1 visit", "baseline (GET /patients/{id})", small));
        out.add(DelegationLoadBenchmark.row("Timeline, 5 years", "app (GET /patients/{id}/timeline)", timeline));
        out.add(DelegationLoadBenchmark.row("Exercise sheet PDF", "1 user (GET …/home-sheet.pdf)", pdfOne));
        out.add(DelegationLoadBenchmark.row("Easy-read sheet PDF", "1 user (…?easyRead=true)", easyOne));
        out.add(DelegationLoadBenchmark.row("Exercise sheet PDF", USERS + " users", pdfMany));
        out.add(DelegationLoadBenchmark.row("Exercise sheet page", "baseline, 1 user (GET /episodes/{id}/home-sheet)",
                sheet));
        out.add("");
        out.add(String.format(Locale.UK, "p99 five-year page ÷ one-visit page: %.1f×. PDF p50 ÷ web page p50: %.1f×.",
                big.p99Ms() / Math.max(0.001, small.p99Ms()), pdfOne.p50Ms() / Math.max(0.001, sheet.p50Ms())));
        BenchmarkRuns.writeSection("patient-page", out);
    }
}
