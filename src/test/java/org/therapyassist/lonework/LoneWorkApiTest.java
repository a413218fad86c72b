package org.therapyassist.lonework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Lone working through the API and the pages, on a day the lead planned and published (the visits module). */
@IntegrationTest
class LoneWorkApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublishedDays days;
    @Autowired
    LoneWorkJob job;
    @Autowired
    Fixtures fixtures;

    @Test
    void aWorkerChecksInAndOutOnceAndIsToldPlainlyWhatIsRefused() throws Exception {
        PublishedDays.Day day = days.today(1);
        String worker = day.worker().username();
        String visit = "/api/v1/visits/" + day.visitIds().getFirst();

        mvc.perform(post(visit + "/left").with(httpBasic(worker, "demo"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("lonework.not-arrived"));
        mvc.perform(get(visit + "/check").with(httpBasic(worker, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_ARRIVED"));
        String arrivedAt = JsonPath.read(mvc.perform(post(visit + "/arrived").with(httpBasic(worker, "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ON_VISIT"))
                .andExpect(jsonPath("$.expectedOutAt").exists()).andReturn().getResponse().getContentAsString(),
                "$.arrivedAt");
        mvc.perform(post(visit + "/arrived").with(httpBasic(worker, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.arrivedAt").value(arrivedAt));
        mvc.perform(post(visit + "/arrived").with(httpBasic("chloe.sw", "demo"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("lonework.not-your-visit"));
        mvc.perform(post("/api/v1/visits/" + UUID.randomUUID() + "/arrived").with(httpBasic(worker, "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("lonework.visit-not-found"));
        mvc.perform(post(visit + "/left").with(httpBasic(worker, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("LEFT"));
        mvc.perform(post(visit + "/left").with(httpBasic(worker, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("LEFT"));
    }

    @Test
    void h103_aMissedCheckOutReachesThePublisherWhoAcknowledgesItOnce() throws Exception {
        PublishedDays.Day day = days.today(1);
        String worker = day.worker().username();
        UUID visitId = day.visitIds().getFirst();
        String arrived = mvc.perform(post("/api/v1/visits/" + visitId + "/arrived").with(httpBasic(worker, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // An hour past the visit's expected end (not "now plus a few hours", which at night is before a morning visit).
        job.runAt(Instant.parse(JsonPath.<String>read(arrived, "$.expectedOutAt")).plus(Duration.ofHours(1)));

        String alerts = mvc.perform(get("/api/v1/lone-worker-alerts?size=200").with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Total-Count")).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.<List<String>>read(alerts,
                "$[?(@.visitId == '" + visitId + "' && @.kind == 'MISSED_CHECK_OUT')].id").getFirst();
        mvc.perform(get("/api/v1/lone-worker-alerts/" + id).with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.address").value("1 Test Street, Northgate"))
                .andExpect(jsonPath("$.workerPhone").value("07700 900123"))
                .andExpect(jsonPath("$.leftAt").doesNotExist());
        mvc.perform(get("/api/v1/lone-worker-alerts/" + id).with(httpBasic("chloe.sw", "demo")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("lonework.not-addressed"));
        mvc.perform(post("/api/v1/lone-worker-alerts/" + id + "/acknowledge").with(httpBasic(worker, "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/lone-worker-alerts/" + id + "/acknowledge").with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedByName").value("Lorna Davenport"));
        mvc.perform(post("/api/v1/lone-worker-alerts/" + UUID.randomUUID() + "/acknowledge")
                .with(httpBasic("lead.demo", "demo"))).andExpect(status().isNotFound());
        String after = mvc.perform(get("/api/v1/lone-worker-alerts?size=200").with(httpBasic("lead.demo", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain(id);
    }

    @Test
    void h106_helpFromThePhoneIsOneTapAndAConfirmAndReachesTheLeadsBannerAtOnce() throws Exception {
        PublishedDays.Day day = days.today(1);
        String worker = day.worker().username();
        UUID visitId = day.visitIds().getFirst();
        String page = "/visits/" + visitId + "/check";

        mvc.perform(get(page + "/help").with(user(fixtures.principal(worker)))).andExpect(status().isOk());
        mvc.perform(post(page + "/help").with(user(fixtures.principal(worker))).with(csrf())
                .with(fixtures.formToken(worker))).andExpect(redirectedUrl(page));
        String html = mvc.perform(get("/patients").with(user(fixtures.principal("lead.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"lone-work-banner\"").contains("asked for help");
        String json = mvc.perform(post("/api/v1/visits/" + visitId + "/help").with(httpBasic(worker, "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("HELP"))
                .andExpect(jsonPath("$.level").value(2)).andExpect(jsonPath("$.address").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.workerName")).isEqualTo(day.worker().displayName());
        String alertPage = mvc.perform(get("/lone-working/alerts/" + JsonPath.read(json, "$.id"))
                .with(user(fixtures.principal("lead.demo")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(alertPage).contains("1 Test Street, Northgate").contains("07700 900123")
                .contains("data-testid=\"acknowledge\"");
    }

    @Test
    void h107_aBuddyWhoIsNotRegisteredIsToldFirstReadsTheAlertInTheInboxAndAcknowledgesIt() throws Exception {
        PublishedDays.Day day = days.today(1);
        String worker = day.worker().username();
        UUID visitId = day.visitIds().getFirst();
        mvc.perform(put("/api/v1/lone-work-buddy").with(httpBasic(worker, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"buddyId\": \"" + day.worker().staffId() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("buddyId"));
        String sam = fixtures.user("sw.demo").staffId().toString();
        mvc.perform(put("/api/v1/lone-work-buddy").with(httpBasic(worker, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"buddyId\": \"" + sam + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.buddyName").value("Sam Whitaker"));
        mvc.perform(get("/api/v1/lone-work-buddy").with(httpBasic(worker, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.buddyId").value(sam));
        String arrived = mvc.perform(post("/api/v1/visits/" + visitId + "/arrived").with(httpBasic(worker, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // An hour past the visit's expected end (not "now plus a few hours", which at night is before a morning visit).
        job.runAt(Instant.parse(JsonPath.<String>read(arrived, "$.expectedOutAt")).plus(Duration.ofHours(1)));

        mvc.perform(get("/api/v1/inbox").with(httpBasic("sw.demo", "demo"))).andExpect(status().isForbidden());
        String inbox = mvc.perform(get("/api/v1/inbox?section=LONE_WORKING&size=200")
                .with(httpBasic("sw.demo", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.<List<String>>read(inbox,
                "$.loneWorkerAlerts.items[?(@.visitId == '" + visitId + "')].id").getFirst();
        String page = mvc.perform(get("/inbox?section=LONE_WORKING").with(user(fixtures.principal("sw.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(id).contains(day.worker().displayName());
        mvc.perform(post("/api/v1/lone-worker-alerts/" + id + "/acknowledge").with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedByName").value("Sam Whitaker"))
                .andExpect(jsonPath("$.level").value(1));
    }

    @Test
    void theCheckPageAndItsButtonsWorkInWelsh() throws Exception {
        PublishedDays.Day day = days.today(1);
        String worker = day.worker().username();
        String page = "/visits/" + day.visitIds().getFirst() + "/check";
        String html = mvc.perform(get(page).with(user(fixtures.principal(worker))).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Wedi cyrraedd").contains("Mae angen help arnaf").doesNotContain("??");
        mvc.perform(post(page + "/left").with(user(fixtures.principal(worker))).with(csrf())
                .with(fixtures.formToken(worker)).param("back", "/my-day")).andExpect(redirectedUrl("/my-day"));
        mvc.perform(post(page + "/arrived").with(user(fixtures.principal(worker))).with(csrf())
                .with(fixtures.formToken(worker)).param("back", "https://evil.example/"))
                .andExpect(redirectedUrl(page));
    }
}
