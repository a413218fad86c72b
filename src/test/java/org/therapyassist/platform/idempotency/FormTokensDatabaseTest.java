package org.therapyassist.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * One-time form tokens on the pages: a form sent twice, in turn or at once, does its work once (H53); a form without
 * its token is refused with a plain page; a form sent after the session ran out leads back to its page (H52).
 */
@IntegrationTest
class FormTokensDatabaseTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;

    DelegationView delegation() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId()));
        desk.accept(fixtures.user("hca.demo"), d.id());
        return d;
    }

    MockHttpServletRequestBuilder recordForm(DelegationView d, String token, String response) {
        var today = fixtures.today();
        return post("/session-records").with(user(fixtures.principal("hca.demo"))).with(csrf())
                .param("delegationId", d.id().toString()).param("performedOnDay", "" + today.getDayOfMonth())
                .param("performedOnMonth", "" + today.getMonthValue()).param("performedOnYear", "" + today.getYear())
                .param("activity3", "Walked to the day room").param("patientResponse", response)
                .param("_page", "/session-records/new?delegationId=" + d.id())
                .param(FormTokens.FIELD, token);
    }

    long recordsOf(DelegationView d) {
        return jdbc.sql("select count(*) from session_record where delegation_id = ?").param(d.id()).query(Long.class)
                .single();
    }

    @Test
    void everyPostFormOnAPageCarriesItsOwnOneTimeTokenAndItsPageButSigningOutDoesNot() throws Exception {
        DelegationView d = delegation();
        String page = mvc.perform(get("/session-records/new?delegationId=" + d.id())
                .with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher tokens = TOKEN.matcher(page);
        assertThat(tokens.find()).isTrue();
        assertThat(page).contains("name=\"_page\" value=\"/session-records/new?delegationId=" + d.id() + "\"");
        assertThat(tokens.find()).as("only the record form; the sign-out form needs no token").isFalse();
        // A file upload form gets one too, and it is read from the multipart body.
        String training = "/staff/" + fixtures.user("hca.demo").staffId() + "/training";
        String upload = mvc.perform(get(training).with(user(fixtures.principal("hca.demo"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(upload).contains("enctype=\"multipart/form-data\"");
        Matcher uploadToken = TOKEN.matcher(upload);
        assertThat(uploadToken.find()).isTrue();
        mvc.perform(multipart(training).param(FormTokens.FIELD, uploadToken.group(1))
                .with(user(fixtures.principal("hca.demo"))).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart(training).with(user(fixtures.principal("hca.demo"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void h53_aSessionRecordFormSentTwiceIsSavedOnceAndTheSecondGoesWhereTheFirstWent() throws Exception {
        DelegationView d = delegation();
        String token = fixtures.newFormToken("hca.demo");
        MvcResult first = mvc.perform(recordForm(d, token, "Tolerated well")).andExpect(status().is3xxRedirection())
                .andReturn();
        String record = first.getResponse().getRedirectedUrl();
        assertThat(record).startsWith("/session-records/");
        mvc.perform(recordForm(d, token, "Tolerated well"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(record))
                .andExpect(flash().attribute("banner",
                        Messages.text(Languages.ENGLISH, FormTokenInterceptor.ALREADY_SAVED)));
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h53_aSessionRecordFormSentSixTimesAtOnceIsSavedOnce() throws Exception {
        DelegationView d = delegation();
        String token = fixtures.newFormToken("hca.demo");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(recordForm(d, token, "Managed all three sets")).andReturn();
                }));
            }
            start.countDown();
            List<String> targets = new ArrayList<>();
            for (Future<MvcResult> r : results) {
                assertThat(r.get().getResponse().getStatus()).isEqualTo(302);
                targets.add(r.get().getResponse().getRedirectedUrl());
            }
            assertThat(targets).containsOnly(targets.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h53_theSameRecordSentAgainFromAFreshFormWithinMinutesGoesToTheFirstRecordInsteadOfMakingASecond()
            throws Exception {
        DelegationView d = delegation();
        String record = mvc.perform(recordForm(d, fixtures.newFormToken("hca.demo"), "Tolerated well"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(recordForm(d, fixtures.newFormToken("hca.demo"), "Tolerated well"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(record))
                .andExpect(flash().attribute("banner", Matchers.containsString("already saved")));
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void aFormRefusedWithARedirectSavedNothingSoSendingItAgainIsNotCalledAlreadySaved() throws Exception {
        DelegationView d = delegation();
        String record = mvc.perform(recordForm(d, fixtures.newFormToken("hca.demo"), "Tolerated well"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(record + "/sign").with(user(fixtures.principal("hca.demo"))).with(csrf())
                .with(fixtures.formToken("hca.demo"))).andExpect(status().is3xxRedirection());
        String token = fixtures.newFormToken("hca.demo");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(record + "/sign").with(user(fixtures.principal("hca.demo"))).with(csrf())
                    .param(FormTokens.FIELD, token))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", Matchers.containsString("signed")))
                    .andExpect(flash().attribute("banner", Matchers.nullValue()));
        }
    }

    @Test
    void aFormThatCameBackWithErrorsSavedNothingSoItsTokenCanBeSentAgain() throws Exception {
        DelegationView d = delegation();
        String token = fixtures.newFormToken("hca.demo");
        mvc.perform(recordForm(d, token, "")).andExpect(status().isOk());
        assertThat(recordsOf(d)).isZero();
        mvc.perform(recordForm(d, token, "Tolerated well")).andExpect(status().is3xxRedirection());
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsTokenOrWithSomeoneElsesIsRefusedWithAPlainPageAndNothingIsSaved() throws Exception {
        DelegationView d = delegation();
        mvc.perform(recordForm(d, "", "Tolerated well")).andExpect(status().isForbidden())
                .andExpect(result -> assertThat(result.getModelAndView().getModel().get("errorCode"))
                        .isEqualTo("form.token-missing"));
        mvc.perform(recordForm(d, fixtures.newFormToken("nia.hca"), "Tolerated well")).andExpect(status().isForbidden())
                .andExpect(result -> assertThat(result.getModelAndView().getModel().get("errorCode"))
                        .isEqualTo("form.token-invalid"));
        mvc.perform(recordForm(d, "not.a.token", "Tolerated well")).andExpect(status().isForbidden());
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void h52_aFormSentAfterTheSessionRanOutGoesToSignInWhichComesBackToTheFormsPage() throws Exception {
        DelegationView d = delegation();
        var today = fixtures.today();
        MvcResult expired = mvc.perform(post("/session-records").param("_csrf", "from-the-session-that-ran-out")
                .param("delegationId", d.id().toString()).param("performedOnDay", "" + today.getDayOfMonth())
                .param("patientResponse", "Typed for ten minutes")
                .param("_page", "/session-records/new?delegationId=" + d.id())
                .param(FormTokens.FIELD, "from-the-page"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(expired.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        Cookie back = expired.getResponse().getCookie("REDIRECT_URI");
        assertThat(back).isNotNull();
        assertThat(new String(Base64.getDecoder().decode(back.getValue()), StandardCharsets.UTF_8))
                .isEqualTo("/session-records/new?delegationId=" + d.id());
        assertThat(recordsOf(d)).isZero();

        // Only a page of this site is remembered.
        MvcResult elsewhere = mvc.perform(post("/session-records").param("_page", "//evil.example/x")
                .header("Referer", "https://evil.example/y"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(elsewhere.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(elsewhere.getResponse().getCookie("REDIRECT_URI")).isNull();

        // Signed in, a form whose CSRF token does not match is refused with a page, not a 405.
        mvc.perform(post("/session-records").with(user(fixtures.principal("hca.demo"))).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(result -> assertThat(result.getResponse().getForwardedUrl())
                        .isEqualTo("/error/form-not-checked"));
    }
}
