package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Before the session, kept in the database: a stop escalates to the delegator in the same transaction and is audited;
 * a task that asks for observations is recorded only with that day's passing checklist, used once; the limits travel
 * with the delegation through the API.
 */
@IntegrationTest
class PreSessionChecksDatabaseTest {

    static final ObservationLimits HEART_AND_SPO2 = ObservationLimits.of(Map.of(
            Observation.HEART_RATE, new ObservationLimits.Range(new BigDecimal("50"), new BigDecimal("110")),
            Observation.OXYGEN_SATURATION, new ObservationLimits.Range(new BigDecimal("92"), null)));

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    PreSessionChecks checks;
    @Autowired
    SessionRecords records;
    @Autowired
    Escalations escalations;
    @Autowired
    MockMvc mvc;

    DelegationView delegation(ObservationLimits limits) {
        return delegation(fixtures, desk, limits);
    }

    /** A new patient's exercise programme, delegated by pt.demo with these limits and accepted by hca.demo. */
    static DelegationView delegation(Fixtures fixtures, DelegationDesk desk, ObservationLimits limits) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", fixtures.user("hca.demo").staffId()).withObservationLimits(limits));
        desk.accept(fixtures.user("hca.demo"), d.id());
        return d;
    }

    static NewPreSessionCheck answers(boolean consent, Integer heartRate, Integer spo2, boolean chestPain) {
        return new NewPreSessionCheck(consent, heartRate, null, null, spo2, null, null, chestPain, false, false, false,
                false);
    }

    NewSessionRecord session(DelegationView d, UUID checkId) {
        return session(fixtures, d, checkId);
    }

    static NewSessionRecord session(Fixtures fixtures, DelegationView d, UUID checkId) {
        return new NewSessionRecord(d.id(), fixtures.today(), List.of(new NewSessionRecord.Activity("Sit to stand", 3,
                8)), "Tolerated well " + UUID.randomUUID(), 2, 2, null, null, List.of(), null, null, checkId);
    }

    @Test
    void h90_anObservationOutsideTheRegistrantsLimitStopsTheSessionAndEscalates() throws Exception {
        DelegationView d = delegation(HEART_AND_SPO2);
        String body = """
                {"consentToday": true, "heartRate": 128, "oxygenSaturation": 96, "newChestPain": false,
                 "breathlessAtRest": false, "newConfusion": false, "fallSinceLastVisit": false, "dizzyOrFaint": false}""";
        String json = mvc.perform(post("/api/v1/delegations/" + d.id() + "/pre-session-checks")
                .with(httpBasic("hca.demo", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/pre-session-checks/")))
                .andExpect(jsonPath("$.outcome").value("STOP"))
                .andExpect(jsonPath("$.reasons[0]").value(
                        "Heart rate 128 beats a minute: outside the limit set (50 to 110 beats a minute)"))
                .andExpect(jsonPath("$.readings.heartRate").value(128))
                .andExpect(jsonPath("$.escalationId").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        UUID escalationId = UUID.fromString(JsonPath.read(json, "$.escalationId"));
        UUID checkId = UUID.fromString(JsonPath.read(json, "$.id"));
        CurrentUser pt = fixtures.user("pt.demo");
        // In the delegator's inbox at once, saying what was found.
        assertThat(escalations.forPatient(pt.organisationId(), d.patient().id())).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(escalationId);
            assertThat(e.raisedTo()).isEqualTo(pt.staffId());
            assertThat(e.isOpen()).isTrue();
            assertThat(e.concern()).contains("Heart rate 128 beats a minute");
        });
        mvc.perform(get("/api/v1/inbox").with(httpBasic("pt.demo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.escalations.items[?(@.id == '" + escalationId + "')]").exists());
        assertThat(fixtures.audited(d.patient().id(), "patient.check-before-session")).isEqualTo(1);
        // The check is kept and can be read back; the stopped session cannot be recorded as done.
        mvc.perform(get("/api/v1/pre-session-checks/" + checkId).with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("STOP"));
        assertThatThrownBy(() -> records.record(fixtures.user("hca.demo"), session(d, checkId)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("record.pre-session-check-stopped"));
    }

    @Test
    void h91_noConsentTodayStopsTheSessionAndEscalates() {
        DelegationView d = delegation(HEART_AND_SPO2);
        PreSessionCheck check = checks.check(fixtures.user("hca.demo"), d.id(), answers(false, 72, 97, false));
        assertThat(check.stopped()).isTrue();
        assertThat(check.reasons()).containsExactly("The patient did not agree to the session today");
        assertThat(check.escalationId()).isNotNull();
    }

    @Test
    void h92_aRedFlagAnsweredYesStopsTheSessionAndEscalatesEvenWhenTheTaskAsksForNoObservations() {
        DelegationView d = delegation(ObservationLimits.NONE);
        CurrentUser pt = fixtures.user("pt.demo");
        long before = escalations.openFor(pt.organisationId(), pt.staffId(), PageRequest.first(1)).total();
        PreSessionCheck check = checks.check(fixtures.user("hca.demo"), d.id(), answers(true, null, null, true));
        assertThat(check.stopped()).isTrue();
        assertThat(check.redFlagsYes()).containsExactly(RedFlag.NEW_CHEST_PAIN);
        assertThat(escalations.openFor(pt.organisationId(), pt.staffId(), PageRequest.first(1)).total())
                .isEqualTo(before + 1);
    }

    @Test
    void h93_aTaskThatAsksForObservationsIsRecordedOnlyWithThatDaysPassingChecklistUsedOnce() throws Exception {
        DelegationView d = delegation(HEART_AND_SPO2);
        CurrentUser hca = fixtures.user("hca.demo");
        assertThatThrownBy(() -> records.record(hca, session(d, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("record.pre-session-check-required"));
        mvc.perform(post("/api/v1/session-records").with(httpBasic("hca.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"delegationId": "%s", "performedOn": "%s", "patientResponse": "Fine"}"""
                        .formatted(d.id(), fixtures.today())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("record.pre-session-check-required"));

        PreSessionCheck go = checks.check(hca, d.id(), answers(true, 72, 97, false));
        assertThat(go.stopped()).isFalse();
        assertThat(go.escalationId()).isNull();
        SessionRecordView recorded = records.record(hca, session(d, go.id()));
        assertThat(checks.open(hca, go.id()).sessionRecordId()).isEqualTo(recorded.id());
        // Kept with the record: the record names its checklist, and its page links to it.
        assertThat(recorded.preSessionCheckId()).isEqualTo(go.id());
        assertThat(records.open(hca, recorded.id()).preSessionCheckId()).isEqualTo(go.id());
        assertThat(mvc.perform(get("/session-records/" + recorded.id()).with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/pre-session-checks/" + go.id());
        assertThatThrownBy(() -> records.record(hca, session(d, go.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("record.pre-session-check-used"));
        // Another delegation's checklist does not let this one be recorded.
        DelegationView other = delegation(HEART_AND_SPO2);
        PreSessionCheck otherCheck = checks.check(hca, other.id(), answers(true, 72, 97, false));
        assertThatThrownBy(() -> records.record(hca, session(d, otherCheck.id())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("record.pre-session-check-not-for-this-session"));
    }

    @Test
    void h93_theRecordFormSendsTheWorkerToTheChecklistFirstAndCarriesAPassingOne() throws Exception {
        DelegationView d = delegation(HEART_AND_SPO2);
        mvc.perform(get("/session-records/new").param("delegationId", d.id().toString())
                .with(user(fixtures.principal("hca.demo"))))
                .andExpect(redirectedUrl("/pre-session-checks/new?delegationId=" + d.id()));
        PreSessionCheck go = checks.check(fixtures.user("hca.demo"), d.id(), answers(true, 72, 97, false));
        String form = mvc.perform(get("/session-records/new").param("delegationId", d.id().toString())
                .param("checkId", go.id().toString()).with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"preSessionCheckId\" value=\"" + go.id() + "\"");
        // A task with no observations goes straight to the record form, as before.
        DelegationView plain = delegation(ObservationLimits.NONE);
        mvc.perform(get("/session-records/new").param("delegationId", plain.id().toString())
                .with(user(fixtures.principal("hca.demo")))).andExpect(status().isOk());
    }

    @Test
    void onlyTheWorkerOfAnAcceptedDelegationGoesThroughItsChecklistAndMissingObservationsAre400() throws Exception {
        DelegationView d = delegation(HEART_AND_SPO2);
        assertThatThrownBy(() -> checks.check(fixtures.user("sw.demo"), d.id(), answers(true, 72, 97, false)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> checks.check(fixtures.user("hca.demo"), d.id(), answers(true, null, 97, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("heartRate"));
        mvc.perform(post("/api/v1/delegations/" + d.id() + "/pre-session-checks").with(httpBasic("hca.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"heartRate\": 72}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("consentToday", "newChestPain")));
        mvc.perform(post("/api/v1/delegations/" + UUID.randomUUID() + "/pre-session-checks")
                .with(httpBasic("hca.demo", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"consentToday": true, "newChestPain": false, "breathlessAtRest": false,
                         "newConfusion": false, "fallSinceLastVisit": false, "dizzyOrFaint": false}"""))
                .andExpect(status().isNotFound());
        desk.cancel(fixtures.user("pt.demo"), d.id(), "Patient admitted");
        assertThatThrownBy(() -> checks.check(fixtures.user("hca.demo"), d.id(), answers(true, 72, 97, false)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("pre-session-check.delegation-not-accepted"));
    }

    @Test
    void h94_theRegistrantSetsLimitsThroughTheApiAndImplausibleOnesAre400WithTheField() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String body = """
                {"patientId": "%s", "episodeId": "%s", "taskType": "EXERCISE_PROGRAMME", "workerId": "%s",
                 "instructions": "Sit to stand", "frequency": "DAILY", "startsOn": "%s", "endsOn": "%s",
                 "escalationCriteria": "Dizzy", "patientRisks": "Falls", "consent": "GIVEN", "supervision": "INDIRECT",
                 "contactInstructions": "Bleep 4412", "reviewOn": "%s", "checkBestInterest": true,
                 "checkWithinRole": true, "checkAppropriateNow": true, "checkConsent": true,
                 "checkCompetentAndConfident": true, "checkCanReportBack": true,
                 "observationLimits": {"heartRate": {"low": %s, "high": 110}, "oxygenSaturation": {"low": 92}}}""";
        Object[] args = {episode.patientId(), episode.id(), fixtures.user("hca.demo").staffId(), fixtures.today(),
                fixtures.today().plusWeeks(2), fixtures.today().plusWeeks(1)};
        mvc.perform(post("/api/v1/delegations").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(append(args, "120"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("observationLimits.heartRate.low"));
        String json = mvc.perform(post("/api/v1/delegations").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(append(args, "55"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.observationLimits.heartRate.low").value(55))
                .andExpect(jsonPath("$.observationLimits.oxygenSaturation.low").value(92))
                .andExpect(jsonPath("$.observationLimits.temperature").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        String page = mvc.perform(get("/delegations/" + id).with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Heart rate: 55 to 110 beats a minute")
                .contains("Oxygen saturation (SpO2): 92% or more");
    }

    @Test
    void theChecklistAndItsStopPageComeInWelshAndAPageStopRedirectsToWhatWasFound() throws Exception {
        DelegationView d = delegation(HEART_AND_SPO2);
        String form = mvc.perform(get("/pre-session-checks/new").param("delegationId", d.id().toString())
                .with(user(fixtures.principal("hca.demo"))).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains(">Cyn y sesiwn</h1>").contains("Ydy&#39;r claf yn cytuno i&#39;r sesiwn heddiw?")
                .contains("inputmode=\"numeric\"").doesNotContain("Before the session").doesNotContain("??");
        String refused = mvc.perform(post("/pre-session-checks").param("delegationId", d.id().toString())
                .with(user(fixtures.principal("hca.demo"))).with(csrf()).with(fixtures.formToken("hca.demo"))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Dywedwch a yw&#39;r claf yn cytuno i&#39;r sesiwn heddiw");

        String stopped = mvc.perform(post("/pre-session-checks").param("delegationId", d.id().toString())
                .param("consentToday", "YES").param("heartRate", "72").param("oxygenSaturation", "88")
                .param("newChestPain", "NO").param("breathlessAtRest", "YES").param("newConfusion", "NO")
                .param("fallSinceLastVisit", "NO").param("dizzyOrFaint", "NO")
                .with(user(fixtures.principal("hca.demo"))).with(csrf()).with(fixtures.formToken("hca.demo")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(stopped).startsWith("/pre-session-checks/");
        String page = mvc.perform(get(stopped).with(user(fixtures.principal("hca.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Stopiwch: peidiwch â dechrau&#39;r sesiwn").contains("Beth a welwyd")
                .doesNotContain("??");
    }

    @Test
    void h94_onTheDelegatePageALimitNotBelowTheUpperIsShownBesideItsFieldAndNothingIsDelegated() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        var today = fixtures.today();
        var request = post("/delegations").with(user(fixtures.principal("pt.demo"))).with(csrf())
                .with(fixtures.formToken("pt.demo"))
                .param("patientId", episode.patientId().toString()).param("taskType", "EXERCISE_PROGRAMME")
                .param("workerId", fixtures.user("hca.demo").staffId().toString())
                .param("instructions", "Sit to stand").param("frequency", "DAILY")
                .param("escalationCriteria", "Dizzy").param("patientRisks", "Falls").param("consent", "GIVEN")
                .param("supervision", "INDIRECT").param("contactInstructions", "Bleep 4412")
                .param("observations", "heartRate", "temperature").param("heartRateLow", "120")
                .param("heartRateHigh", "110").param("temperatureLow", "35.5").param("temperatureHigh", "38.0")
                .param("checks", "checkBestInterest", "checkWithinRole", "checkAppropriateNow", "checkConsent",
                        "checkCompetentAndConfident", "checkCanReportBack");
        for (String date : new String[]{"startsOn", "endsOn", "reviewOn"}) {
            var day = date.equals("startsOn") ? today : date.equals("endsOn") ? today.plusWeeks(2) : today.plusWeeks(1);
            request.param(date + "Day", "" + day.getDayOfMonth()).param(date + "Month", "" + day.getMonthValue())
                    .param(date + "Year", "" + day.getYear());
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"#heartRateLow\"")
                .contains("Heart rate: the lowest safe reading must be below the highest")
                .contains("id=\"heartRateLow-error\"");
        assertThat(desk.countForPatient(pt.organisationId(), episode.patientId())).isZero();
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] out = Arrays.copyOf(args, args.length + 1);
        out[args.length] = last;
        return out;
    }
}
