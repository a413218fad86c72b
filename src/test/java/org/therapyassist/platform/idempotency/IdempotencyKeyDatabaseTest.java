package org.therapyassist.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The Idempotency-Key header over real HTTP (H2 and PostgreSQL): the same session record sent twice, in turn and at
 * once, with one key is one record (H53); other uses of a key are refused as the IETF draft says.
 */
@IntegrationTest
class IdempotencyKeyDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdempotencySweep sweep;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An accepted delegation of an exercise programme to hca.demo, on a new patient. */
    DelegationView delegation() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());
        return d;
    }

    String record(DelegationView d, String response) {
        return """
                {"delegationId": "%s", "performedOn": "%s", "patientResponse": "%s",
                 "activities": [{"activity": "Sit to stand", "setsDone": 3, "repetitionsDone": 8}]}"""
                .formatted(d.id(), fixtures.today(), response);
    }

    HttpResponse<String> post(String user, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    long recordsOf(DelegationView d) {
        return jdbc.sql("select count(*) from session_record where delegation_id = ?").param(d.id()).query(Long.class)
                .single();
    }

    static String code(HttpResponse<String> response) {
        return JsonPath.read(response.body(), "$.code");
    }

    @Test
    void h53_theSameSessionRecordSentTwiceInTurnWithOneKeyIsOneRecordAndTheRetryGetsTheFirstAnswerByteForByte()
            throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), key);
        HttpResponse<String> retry = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"),
                "\"" + key + "\"");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h53_theSameSessionRecordSentEightTimesAtOnceWithOneKeyIsOneRecord() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = atOnce(8, () -> post("hca.demo", "/api/v1/session-records",
                record(d, "Tolerated well"), key));
        assertThat(recordsOf(d)).isEqualTo(1);
        // Each is the first answer, its replay (when the first had already finished), or "still running": never a
        // second
        // record. Which of the last two each gets depends on timing, so only the original may lack the replay header.
        assertThat(answers).extracting(HttpResponse::statusCode).allSatisfy(s -> assertThat(s).isIn(201, 409))
                .contains(201);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201)
                .filteredOn(a -> a.headers().firstValue("Idempotency-Replayed").isEmpty()).hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(code(a)).isEqualTo("idempotency.in-flight"));
        // Once the first has finished, a retry gets its answer.
        HttpResponse<String> later = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), key);
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotency-Replayed")).contains("true");
    }

    @Test
    void h53_withoutAKeyTheSameSessionRecordSentAgainInTurnOrAtOnceIsRefusedAsADuplicateOfTheFirst() throws Exception {
        DelegationView d = delegation();
        HttpResponse<String> first = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), null);
        HttpResponse<String> again = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well "), null);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("record.duplicate");
        assertThat((String) JsonPath.read(again.body(), "$.existingId")).isEqualTo(JsonPath.read(first.body(), "$.id"));

        DelegationView other = delegation();
        List<HttpResponse<String>> answers = atOnce(6, () -> post("hca.demo", "/api/v1/session-records",
                record(other, "Managed all three sets"), null));
        assertThat(recordsOf(other)).isEqualTo(1);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);

        // A second visit that says something else is a second record.
        assertThat(
                post("hca.demo", "/api/v1/session-records", record(d, "Tired today, did two sets"), null).statusCode())
                .isEqualTo(201);
        assertThat(recordsOf(d)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithADifferentRequestIs422AndNothingIsDone() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        assertThat(post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), key).statusCode())
                .isEqualTo(201);
        HttpResponse<String> reused = post("hca.demo", "/api/v1/session-records", record(d, "Something else"), key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(code(reused)).isEqualTo("idempotency.key-reused");
        assertThat(reused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        HttpResponse<String> elsewhere = post("hca.demo", "/api/v1/escalations",
                "{\"delegationId\": \"" + d.id() + "\", \"concern\": \"Dizzy\"}", key);
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToThePersonWhoSentIt() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        assertThat(post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), key).statusCode())
                .isEqualTo(201);
        // Someone else's request with the same key is theirs: it runs (and is refused on its merits), never replayed.
        HttpResponse<String> colleague = post("nia.hca", "/api/v1/session-records", record(d, "Tolerated well"), key);
        assertThat(colleague.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(colleague.statusCode()).isBetween(400, 499);
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentOffersTheHeaderOnEveryWrite() throws Exception {
        HttpResponse<String> docs = http
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        List<String> onCreate = JsonPath.read(docs.body(),
                "$.paths['/api/v1/session-records'].post.parameters[*].name");
        assertThat(onCreate).contains("Idempotency-Key");
        List<String> onEdit = JsonPath.read(docs.body(),
                "$.paths['/api/v1/session-records/{id}'].put.parameters[*].name");
        assertThat(onEdit).contains("Idempotency-Key");
        List<String> onRead = JsonPath.read(docs.body(),
                "$.paths['/api/v1/session-records/{id}'].get.parameters[*].name");
        assertThat(onRead).doesNotContain("Idempotency-Key");
    }

    @Test
    void aBadKeyIs400ProblemAndNothingIsDone() throws Exception {
        DelegationView d = delegation();
        // (Keys with characters outside printable ASCII are refused too: IdempotencyRulesTest; HTTP clients will not
        // send them.)
        for (String bad : new String[]{"", "a".repeat(256), "\"unfinished", "two\"quotes\""}) {
            HttpResponse<String> answer = post("hca.demo", "/api/v1/session-records", record(d, "Tolerated well"), bad);
            assertThat(answer.statusCode()).as("key %s", bad).isEqualTo(400);
            assertThat(code(answer)).isEqualTo("idempotency.key-invalid");
        }
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void aRefusalIsKeptAsTheKeysAnswerButTheWorkIsNotDone() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        String missingResponse = "{\"delegationId\": \"" + d.id() + "\", \"performedOn\": \"" + fixtures.today()
                + "\"}";
        HttpResponse<String> refused = post("hca.demo", "/api/v1/session-records", missingResponse, key);
        HttpResponse<String> again = post("hca.demo", "/api/v1/session-records", missingResponse, key);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(refused.body());
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void aRequestStillRunningGets409AndOneThatDiedBeforeCommittingIsTakenOverByTheRetry() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        String body = record(d, "Tolerated well");
        String fingerprint = IdempotencyRules.fingerprint("POST", "/api/v1/session-records", null,
                body.getBytes(StandardCharsets.UTF_8));
        CurrentUser hca = fixtures.user("hca.demo");
        Instant now = Instant.now();
        jdbc.sql("insert into idempotency_key (organisation_id, staff_id, idempotency_key, fingerprint, state, claim, "
                + "created_at, expires_at) values (?, ?, ?, ?, 'IN_FLIGHT', ?, ?, ?)")
                .params(hca.organisationId(), hca.staffId(), key, fingerprint, UUID.randomUUID(), Time.db(now),
                        Time.db(now.plus(Duration.ofHours(24))))
                .update();
        HttpResponse<String> running = post("hca.demo", "/api/v1/session-records", body, key);
        assertThat(running.statusCode()).isEqualTo(409);
        assertThat(code(running)).isEqualTo("idempotency.in-flight");
        assertThat(running.headers().firstValue("Retry-After")).isPresent();
        assertThat(recordsOf(d)).isZero();

        // The work and its stored answer commit together, so a claim older than a request can take never did anything.
        jdbc.sql("update idempotency_key set created_at = ? where idempotency_key = ?")
                .params(Time.db(now.minus(Duration.ofMinutes(30))), key).update();
        HttpResponse<String> retry = post("hca.demo", "/api/v1/session-records", body, key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void answersAreKeptForADayThenSweptAndTheKeyIsFreeAgain() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        String concern = "{\"delegationId\": \"" + d.id() + "\", \"concern\": \"Dizzy on standing\"}";
        assertThat(post("hca.demo", "/api/v1/escalations", concern, key).statusCode()).isEqualTo(201);
        assertThat(post("hca.demo", "/api/v1/escalations", concern, key).headers().firstValue("Idempotency-Replayed"))
                .contains("true");
        Instant expires = jdbc.sql("select expires_at from idempotency_key where idempotency_key = ?").param(key)
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(23), Duration.ofHours(25));

        jdbc.sql("update idempotency_key set expires_at = ? where idempotency_key = ?")
                .params(Time.db(Instant.now().minusSeconds(1)), key).update();
        HttpResponse<String> afterExpiry = post("hca.demo", "/api/v1/escalations", concern, key);
        assertThat(afterExpiry.statusCode()).isEqualTo(201);
        assertThat(afterExpiry.headers().firstValue("Idempotency-Replayed")).isEmpty();

        jdbc.sql("update idempotency_key set expires_at = ? where idempotency_key = ?")
                .params(Time.db(Instant.now().minusSeconds(1)), key).update();
        sweep.sweep();
        assertThat(jdbc.sql("select count(*) from idempotency_key where idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();
    }

    List<HttpResponse<String>> atOnce(int n, Callable<HttpResponse<String>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
