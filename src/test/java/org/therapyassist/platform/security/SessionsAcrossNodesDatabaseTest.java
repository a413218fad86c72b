package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.TherapyAssistApplication;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Two nodes of the cluster profile sharing one database (the test's, H2 or PostgreSQL), as deploy/cluster.sh runs
 * them behind HAProxy with no sticky sessions: signed in on one, the person is signed in on the other; a form shown by
 * one is taken by the other (the shared form token secret); the header's count pass from one works on the other; and
 * signing out on either ends the session on both.
 */
@IntegrationTest
class SessionsAcrossNodesDatabaseTest {

    static final String SECRET = Base64.getEncoder().encodeToString("one secret for every node of this test!!"
            .getBytes(StandardCharsets.UTF_8));
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;

    /** A node as deploy/cluster.sh starts it, on the database the test context has just migrated and filled. */
    static ConfigurableApplicationContext node() {
        // Arguments, not default properties: they must win over application-cluster.yml, as a node's settings do.
        return new SpringApplicationBuilder(TherapyAssistApplication.class).profiles("test", "cluster")
                .run("--server.port=0", "--spring.flyway.enabled=false", "--therapy-assist.demo.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=4", "--spring.main.banner-mode=off",
                        "--therapy-assist.idempotency.form-token-secret=" + SECRET);
    }

    @BeforeAll
    static void startTwoNodes(@Autowired JdbcClient ready) {
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopThem() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aSessionMadeOnOneNodeIsGoodOnTheOtherAndSigningOutOnEitherEndsItOnBoth() throws Exception {
        DelegationView delegation = delegationFor("hca.demo");
        String session = signIn(nodeA, "hca.demo");
        // The cookie carries the session id in base64 (Spring Session's default).
        String id = new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = ?").param(id)
                .query(Integer.class).single()).as("kept in the database, idle for 30 minutes at most").isEqualTo(1800);

        HttpResponse<String> page = get(nodeB, "/session-records/new?delegationId=" + delegation.id(), session);
        assertThat(page.statusCode()).as("the other node knows the session").isEqualTo(200);

        // The page shown by B is sent to A: the session's CSRF token and B's form token are both good there.
        var today = fixtures.today();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", field(page.body(), "_csrf"));
        form.put("_formToken", field(page.body(), "_formToken"));
        form.put("delegationId", delegation.id().toString());
        form.put("performedOnDay", "" + today.getDayOfMonth());
        form.put("performedOnMonth", "" + today.getMonthValue());
        form.put("performedOnYear", "" + today.getYear());
        form.put("activity3", "Walked to the day room");
        form.put("patientResponse", "Tolerated well");
        HttpResponse<String> saved = post(nodeA, "/session-records", session, form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/session-records/");

        // The header's counts, asked without cookies with the pass B's page carried, answer on A.
        Matcher pass = Pattern.compile("data-url=\"(/header-counts\\?pass=[^\"]+)\"").matcher(page.body());
        assertThat(pass.find()).isTrue();
        assertThat(get(nodeA, pass.group(1).replace("&amp;", "&"), null).statusCode()).isEqualTo(200);

        HttpResponse<String> out = post(nodeA, "/logout", session, Map.of("_csrf", field(page.body(), "_csrf")));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedout");
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeA, nodeB}) {
            HttpResponse<String> after = get(node, "/my-day", session);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        }
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void signingInOnAnotherNodeAfterSigningOutStartsAFreshSession() throws Exception {
        String first = signIn(nodeB, "hca.demo");
        String page = get(nodeB, "/my-day", first).body();
        post(nodeB, "/logout", first, Map.of("_csrf", field(page, "_csrf")));
        String second = signIn(nodeA, "hca.demo");
        assertThat(second).isNotEqualTo(first);
        assertThat(get(nodeB, "/my-day", second).statusCode()).isEqualTo(200);
        assertThat(get(nodeA, "/my-day", first).statusCode()).isEqualTo(302);
    }

    DelegationView delegationFor(String worker) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user(worker).staffId()));
        desk.accept(fixtures.user(worker), d.id());
        return d;
    }

    /** Signs in with the login form, as a browser does; answers the session cookie's value. */
    String signIn(ConfigurableApplicationContext node, String username) throws Exception {
        HttpResponse<String> login = get(node, "/login", null);
        String csrfCookie = cookie(login, SessionOrCookieCsrfTokens.COOKIE);
        HttpRequest request = HttpRequest.newBuilder(url(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", SessionOrCookieCsrfTokens.COOKIE + "=" + csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", username, "password", "demo",
                        "_csrf", field(login.body(), "_csrf")))))
                .build();
        HttpResponse<String> in = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        return cookie(in, "SESSION");
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(node, path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session,
            Map<String, String> form) throws Exception {
        return http.send(HttpRequest.newBuilder(url(node, path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI url(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path);
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a " + name + " field on the page").isTrue();
        return m.group(1);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
