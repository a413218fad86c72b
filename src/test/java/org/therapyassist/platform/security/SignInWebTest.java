package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Sign-in as browsers and API clients meet it: messages, throttling, sessions, cookies and HSTS. */
@IntegrationTest
class SignInWebTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final String REFUSED_ON_PAGE = "The username or password is wrong, or the account is locked.";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    /** A fresh support worker with the demo password, so that throttling or locking it disturbs no other test. */
    String newAccount() {
        CurrentUser chloe = fixtures.user("chloe.sw");
        String username = "web." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) select ?, organisation_id, team_id, ?, password_hash, 'Web', 'Test', "
                        + "job_role, band, true from staff_member where id = ?")
                .params(UUID.randomUUID(), username, chloe.staffId()).update();
        return username;
    }

    /** A network address of the test's own (TEST-NET-3), so that its failures fill no other test's buckets. */
    static RequestPostProcessor newAddress() {
        return from("203.0." + (113 + ADDRESSES.get() / 250) + "." + (1 + ADDRESSES.getAndIncrement() % 250));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * Spring Security's test {@code csrf()} swaps the application's CSRF token store for a session-based one, for
     * every later test sharing the context; so this class puts the real one back and uses real tokens instead.
     */
    @BeforeEach
    void realCsrfTokens() {
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/login"),
                new SessionOrCookieCsrfTokens(false));
    }

    /** A real CSRF token, as the login page hands it out: a cookie and the same value in the form. */
    RequestPostProcessor token() throws Exception {
        MvcResult page = mvc.perform(get("/login")).andReturn();
        Cookie cookie = page.getResponse().getCookie(SessionOrCookieCsrfTokens.COOKIE);
        String field = hiddenCsrf(page.getResponse().getContentAsString());
        return request -> {
            request.setCookies(cookie);
            request.addParameter("_csrf", field);
            return request;
        };
    }

    MockHttpServletRequestBuilder signInForm(String username, String password) throws Exception {
        return post("/login").param("username", username).param("password", password).with(token());
    }

    @Test
    void unknownLockedAndWrongPasswordGetByteIdenticalProblems() throws Exception {
        String wrong = newAccount();
        String locked = newAccount();
        accounts.lockUntil(locked, clock.instant().plus(Duration.ofMinutes(15)));
        MockHttpServletResponse[] answers = {
                mvc.perform(get("/api/v1/me").with(httpBasic(wrong, "not-demo")).with(newAddress())).andReturn()
                        .getResponse(),
                mvc.perform(get("/api/v1/me").with(httpBasic("nobody." + UUID.randomUUID(), "demo")).with(newAddress()))
                        .andReturn().getResponse(),
                mvc.perform(get("/api/v1/me").with(httpBasic(locked, "demo")).with(newAddress())).andReturn()
                        .getResponse()};
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getStatus()).isEqualTo(401);
            assertThat(answer.getContentAsString()).isEqualTo(answers[0].getContentAsString());
            assertThat(answer.getContentType()).isEqualTo(answers[0].getContentType());
            assertThat(answer.getHeader("WWW-Authenticate")).isEqualTo(answers[0].getHeader("WWW-Authenticate"));
        }
        assertThat(answers[0].getContentAsString()).contains("\"code\":\"auth.failed\"")
                .contains(StaffAuthenticationProvider.REFUSED);
    }

    @Test
    void unknownLockedAndWrongPasswordGetTheSameLoginPageMessage() throws Exception {
        String wrong = newAccount();
        String locked = newAccount();
        accounts.lockUntil(locked, clock.instant().plus(Duration.ofMinutes(15)));
        mvc.perform(signInForm(wrong, "not-demo").with(newAddress())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signInForm("nobody." + UUID.randomUUID(), "demo").with(newAddress()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signInForm(locked, "demo").with(newAddress())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString(REFUSED_ON_PAGE)))
                .andExpect(content().string(containsString("<title>Error: Sign in")));
    }

    @Test
    void aThrottledAddressIsToldToWaitOnTheLoginPageAndTheOwnerSignsInFromElsewhere() throws Exception {
        String colleague = newAccount();
        RequestPostProcessor stranger = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signInForm(colleague, "guess" + i).with(stranger)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signInForm(colleague, "demo").with(stranger)).andExpect(redirectedUrl("/login?wait=10"));
        mvc.perform(get("/login").param("wait", "10")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Too many failed sign-ins from this network address. Wait 10 minutes, then try again.")));
        mvc.perform(get("/login").param("wait", "<script>")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString("Too many failed"))));
        mvc.perform(signInForm(colleague, "demo").with(newAddress())).andExpect(redirectedUrl("/"));
    }

    @Test
    void aForgedForwardedForHeaderDoesNotEscapeTheThrottle() throws Exception {
        String colleague = newAccount();
        RequestPostProcessor stranger = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(colleague, "guess" + i)).with(stranger)
                    .header("X-Forwarded-For", "192.0.2." + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(colleague, "guess")).with(stranger)
                .header("X-Forwarded-For", "192.0.2.200")).andExpect(status().isTooManyRequests());
    }

    @Test
    void noServerSessionIsMadeForAnyoneWhoHasNotSignedIn() throws Exception {
        String colleague = newAccount();
        List<MockHttpServletRequestBuilder> requests = List.of(get("/"), get("/patients"), get("/my-day"),
                get("/security/sign-in-alerts"), get("/login"), get("/login?error"), get("/login?wait=3"),
                get("/login?signedout"), get("/no-such-page"), get("/css/app.css"), get("/error"),
                get("/patients").header("HX-Request", "true"),
                signInForm(colleague, "wrong"), signInForm("nobody", "demo"),
                post("/login").param("username", colleague).param("password", "demo"),
                post("/patients").with(token()), post("/logout").with(token()),
                get("/api/v1/me"), get("/api/v1/me").with(httpBasic(colleague, "wrong")),
                get("/api/v1/me").header("Authorization", "Basic !!!"), post("/api/v1/patients").content("{}"));
        for (int round = 0; round < 3; round++) {
            for (MockHttpServletRequestBuilder request : requests) {
                MvcResult result = mvc.perform(request.with(newAddress())).andReturn();
                assertThat(result.getRequest().getSession(false))
                        .as("%s %s", result.getRequest().getMethod(), result.getRequest().getRequestURI()).isNull();
            }
        }
        MvcResult signedIn = mvc.perform(signInForm(colleague, "demo").with(newAddress())).andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
    }

    @Test
    void theLoginFormCarriesItsCsrfTokenInACookieUntilSignIn() throws Exception {
        String colleague = newAccount();
        MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        Cookie token = page.getResponse().getCookie(SessionOrCookieCsrfTokens.COOKIE);
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        String field = hiddenCsrf(page.getResponse().getContentAsString());

        mvc.perform(
                post("/login").param("username", colleague).param("password", "demo").cookie(token).with(newAddress()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", colleague).param("password", "demo").param("_csrf", "forged")
                .cookie(token).with(newAddress())).andExpect(status().isForbidden());
        MvcResult in = mvc.perform(post("/login").param("username", colleague).param("password", "demo")
                .param("_csrf", field).cookie(token).with(newAddress()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(in.getRequest().getSession(false)).isNotNull();
        assertThat(in.getResponse().getCookie(SessionOrCookieCsrfTokens.COOKIE).getMaxAge()).isZero();
    }

    @Test
    void theRealServerSetsNoSessionCookieBeforeSignInAndReturnsToThePageAskedFor() throws Exception {
        String colleague = newAccount();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> asked = send(browser, HttpRequest.newBuilder(url("/patients")).GET());
        assertThat(asked.statusCode()).isEqualTo(302);
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(url("/login")).GET());
        HttpResponse<String> wrong = send(browser, formPost(colleague, "not-demo", hiddenCsrf(form.body())));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        HttpResponse<String> api = send(browser, HttpRequest.newBuilder(url("/api/v1/me")).GET());
        assertThat(api.statusCode()).isEqualTo(401);
        for (HttpResponse<String> response : List.of(asked, form, wrong, api)) {
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(SessionOrCookieCsrfTokens.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .doesNotContain("Secure"));

        HttpResponse<String> again = send(browser, HttpRequest.newBuilder(url("/login")).GET());
        HttpResponse<String> in = send(browser, formPost(colleague, "demo", hiddenCsrf(again.body())));
        assertThat(in.headers().firstValue("Location").orElseThrow()).endsWith("/patients");
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(send(browser, HttpRequest.newBuilder(url("/patients")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void hstsAndSecureCookiesOverHttpsButNotOverPlainHttpWithTheLocalSetting() throws Exception {
        MockHttpServletResponse overHttps = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(overHttps.getHeader("Strict-Transport-Security")).contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(overHttps.getCookie(SessionOrCookieCsrfTokens.COOKIE).getSecure()).isTrue();
        MockHttpServletResponse overHttp = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(overHttp.getHeader("Strict-Transport-Security")).isNull();
        assertThat(overHttp.getCookie(SessionOrCookieCsrfTokens.COOKIE).getSecure()).isFalse();
        mvc.perform(get("/api/v1/me").secure(true).with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isOk()).andExpect(header().exists("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/me").with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void apiClientsSendingTheirPasswordEachTimeStillGetIn() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/my-day").with(httpBasic("sw.demo", "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void administratorsAndTeamLeadsSeeSignInAlertsAndNobodyElseDoes() throws Exception {
        String colleague = newAccount();
        RequestPostProcessor stranger = from("203.0.113.250");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(colleague, "guess" + i)).with(stranger));
        }
        for (String viewer : new String[]{"admin.demo", "lead.demo"}) {
            mvc.perform(get("/api/v1/security/sign-in-alerts").param("size", "200").with(httpBasic(viewer, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.username == '" + colleague + "')].kind")
                            .value("ADDRESS_SLOWED_FOR_ACCOUNT"))
                    .andExpect(jsonPath("$[?(@.username == '" + colleague + "')].address").value("203.0.113.250"));
        }
        mvc.perform(get("/api/v1/security/sign-in-alerts").with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/security/sign-in-alerts").param("size", "0").with(httpBasic("admin.demo", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/security/sign-in-alerts").param("size", "201").with(httpBasic("admin.demo", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/security/sign-in-alerts").with(user(users.loadUserByUsername("lead.demo"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(colleague)))
                .andExpect(content().string(containsString("203.0.113.250")));
        mvc.perform(get("/security/sign-in-alerts").with(user(users.loadUserByUsername("hca.demo"))))
                .andExpect(status().isForbidden());
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpRequest.Builder formPost(String username, String password, String csrf) {
        String body = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String hiddenCsrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field on the login page").isTrue();
        return m.group(1);
    }
}
