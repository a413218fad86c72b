package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's outbox sending a session recorded without signal ({@code POST /outbox/session-records}): with the
 * signed-in session, the CSRF token and the Idempotency-Key made on the phone. Sent again, it is the first record,
 * never
 * a second (H95); refused, it says why in words the phone shows, and nothing is saved (H96).
 */
@IntegrationTest
class OutboxRecordsDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    DelegationView delegation() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId()));
        desk.accept(fixtures.user("hca.demo"), d.id());
        return d;
    }

    MockHttpServletRequestBuilder sent(DelegationView d, String key, String response) {
        var today = fixtures.today();
        MockHttpServletRequestBuilder request = post("/outbox/session-records")
                .with(user(fixtures.principal("hca.demo"))).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                .param("delegationId", d.id().toString()).param("performedOnDay", "" + today.getDayOfMonth())
                .param("performedOnMonth", "" + today.getMonthValue()).param("performedOnYear", "" + today.getYear())
                .param("activity3", "Walked to the front door and back").param("patientResponse", response);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    long recordsOf(DelegationView d) {
        return jdbc.sql("select count(*) from session_record where delegation_id = ?").param(d.id()).query(Long.class)
                .single();
    }

    @Test
    void h95_aSessionKeptOnThePhoneAndSentAgainIsRecordedOnce() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(sent(d, key, "Managed well"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/session-records/")))
                .andExpect(jsonPath("$.page").value(Matchers.startsWith("/session-records/")))
                .andExpect(jsonPath("$.escalated").value(false))
                .andReturn().getResponse().getContentAsString();
        // The answer was lost (signal went as it came back): the phone sends the same record with the same key.
        String again = mvc.perform(sent(d, key, "Managed well"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(again).get("id")).isEqualTo(json.readTree(first).get("id"));
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h95_theSameKeyWithOtherWordsIsRefusedNotRecordedAgain() throws Exception {
        DelegationView d = delegation();
        String key = UUID.randomUUID().toString();
        mvc.perform(sent(d, key, "Managed well")).andExpect(status().isCreated());
        mvc.perform(sent(d, key, "Managed well, tired at the end"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency.key-reused"));
        assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h95_theOutboxMustSendAKeySoThatARetryIsSafe() throws Exception {
        DelegationView d = delegation();
        mvc.perform(sent(d, null, "Managed well"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("idempotency.key-required"));
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void h96_aSessionForADelegationCancelledMeanwhileIsRefusedPlainlyAndNothingIsSaved() throws Exception {
        DelegationView d = delegation();
        desk.cancel(fixtures.user("pt.demo"), d.id(), "Patient admitted to hospital");
        mvc.perform(sent(d, UUID.randomUUID().toString(), "Managed well"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record.delegation-not-accepted"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cancelled")));
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void h96_aRecordWithFieldErrorsSaysWhichFields() throws Exception {
        DelegationView d = delegation();
        mvc.perform(sent(d, UUID.randomUUID().toString(), "Managed well").param("painBefore", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("painBefore"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.not(Matchers.emptyString())));
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void h99_anotherWorkerCannotSendARecordForThisDelegation() throws Exception {
        DelegationView d = delegation();
        CurrentUser other = fixtures.newSupportWorker(2);
        mvc.perform(sent(d, UUID.randomUUID().toString(), "Managed well")
                .with(user(fixtures.principal(other.username()))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("record.not-your-delegation"));
        assertThat(recordsOf(d)).isZero();
    }

    @Test
    void theOutboxTakesOnlyPostsCarryingTheSessionsCsrfToken() throws Exception {
        DelegationView d = delegation();
        mvc.perform(post("/outbox/session-records").with(user(fixtures.principal("hca.demo")))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .param("delegationId", d.id().toString()))
                .andExpect(status().is(Matchers.not(201)));
        assertThat(recordsOf(d)).isZero();
    }
}
