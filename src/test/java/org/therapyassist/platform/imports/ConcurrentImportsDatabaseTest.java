package org.therapyassist.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Two imports of the same file at the same time, over HTTP as a system would post them (a text/csv body): neither
 * fails, nobody is added twice, and between them every row is added exactly once; the other reports it unchanged.
 */
@IntegrationTest
class ConcurrentImportsDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    record Answer(int status, String body) {
    }

    List<Answer> twiceAtOnce(String path, String csv) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin.demo:demo".getBytes(StandardCharsets.UTF_8));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path)).header("Authorization", auth)
                            .header("Content-Type", "text/csv; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body());
                }));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> f : answers) {
                result.add(f.get());
            }
            return result;
        }
    }

    static int count(Answer answer, String field) {
        return JsonPath.read(answer.body(), "$." + field);
    }

    @Test
    void twoPatientImportsOfTheSameFileAtOnceAddEachPatientOnceAndNeitherFails() throws Exception {
        int rows = 20_000;
        StringBuilder csv = new StringBuilder("NHS Number,First Name,Last Name,Date of Birth,Address,Postcode\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String nhs = Fixtures.nextNhsNumber();
            numbers.add(nhs);
            csv.append(nhs).append(",Twice,Patient").append(i).append(",1/1/1960,\"").append(i)
                    .append(" Same Street, Leeds\",LS1 4AB\n");
        }
        assertThat(csv.length()).as("over the 1 MB limit for JSON bodies").isGreaterThan(1024 * 1024);
        List<Answer> answers = twiceAtOnce("/api/v1/admin/patients/import?extractedOn=" + fixtures.today(),
                csv.toString());
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().mapToInt(a -> count(a, "added")).sum()).isEqualTo(rows);
        assertThat(answers.stream().mapToInt(a -> count(a, "unchanged")).sum()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from patient where family_name like 'Patient%' and given_name = 'Twice'")
                .query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(distinct nhs_number) from patient where given_name = 'Twice'")
                .query(Long.class).single()).isEqualTo(rows);
        assertThat(numbers).hasSize(rows);
    }

    @Test
    void twoStaffImportsOfTheSameFileAtOnceAddEachPersonOnceAndNeitherFails() throws Exception {
        int rows = 500;
        long first = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
        StringBuilder csv = new StringBuilder(
                "Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number\n");
        for (int i = 0; i < rows; i++) {
            csv.append(first + i).append(",Twice,Worker").append(i).append(",Healthcare Assistant,3,,,\n");
        }
        List<Answer> answers = twiceAtOnce("/api/v1/admin/staff/import", csv.toString());
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().mapToInt(a -> count(a, "added")).sum()).isEqualTo(rows);
        assertThat(answers.stream().mapToInt(a -> count(a, "unchanged")).sum()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from staff_member where assignment_number >= ? and assignment_number < ?")
                .params(String.valueOf(first), String.valueOf(first + rows)).query(Long.class).single())
                .isEqualTo(rows);
    }
}
