package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.StopCriteria;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Unsigned drafts: on My day as waiting for the author's signature (never "done"), changed by their author only until
 * signed, from the version read; and the record shows its stop-and-contact text and the countersignature note.
 */
@IntegrationTest
class DraftSessionRecordsDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    MyDay myDay;
    @Autowired
    MeasureResults results;
    @Autowired
    StopCriteria stopCriteria;
    @Autowired
    Escalations escalations;
    @Autowired
    MockMvc mvc;
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

    SessionRecordView draft(DelegationView d, Integer painAfter) {
        return records.record(fixtures.user("hca.demo"), new NewSessionRecord(d.id(), fixtures.today(),
                List.of(new NewSessionRecord.Activity("Sit to stand", 3, 8)), "Tolerated well", 2, painAfter, null,
                null,
                List.of(), "First note", null));
    }

    static SessionRecordChanges changes(SessionRecordView r, String response, Integer painAfter) {
        return new SessionRecordChanges(r.version(), List.of(new NewSessionRecord.Activity("Sit to stand", 2, 8),
                new NewSessionRecord.Activity("Marching on the spot", 1, 20)), response, r.painBefore(), painAfter,
                r.tugSeconds(), r.chairStandCount(), List.of(), "Changed note");
    }

    @Test
    void anUnsignedDraftWaitsForTheAuthorsSignatureOnMyDayAndIsNotDoneUntilSigned() throws Exception {
        DelegationView d = delegation();
        SessionRecordView draft = draft(d, 2);
        CurrentUser hca = fixtures.user("hca.demo");
        MyDay.Day day = myDay.of(hca);
        assertThat(day.awaitingSignature()).anySatisfy(w -> {
            assertThat(w.sessionRecordId()).isEqualTo(draft.id());
            assertThat(w.patient().id()).isEqualTo(d.patient().id());
        });
        assertThat(day.doneToday()).noneMatch(v -> v.id().equals(d.id()));
        mvc.perform(get("/api/v1/my-day").with(httpBasic("hca.demo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.awaitingSignature[?(@.sessionRecordId == '" + draft.id() + "')]").exists());
        String page = mvc.perform(get("/my-day").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("waiting for your signature").contains("/session-records/" + draft.id());

        records.sign(hca, draft.id());
        MyDay.Day after = myDay.of(hca);
        assertThat(after.awaitingSignature()).noneMatch(w -> w.sessionRecordId().equals(draft.id()));
        assertThat(after.doneToday()).anyMatch(v -> v.id().equals(d.id()));
    }

    @Test
    void theAuthorChangesTheirDraftUntilItIsSignedAndNobodyElseCan() {
        DelegationView d = delegation();
        SessionRecordView draft = draft(d, 2);
        CurrentUser hca = fixtures.user("hca.demo");
        SessionRecordView changed = records.edit(hca, draft.id(), changes(draft, "Tired, stopped after two sets", 2));
        assertThat(changed.patientResponse()).isEqualTo("Tired, stopped after two sets");
        assertThat(changed.note()).isEqualTo("Changed note");
        assertThat(changed.activities()).extracting(NewSessionRecord.Activity::activity)
                .containsExactly("Sit to stand", "Marching on the spot");
        assertThat(changed.version()).isEqualTo(draft.version() + 1);
        assertThat(changed.status()).isEqualTo("DRAFT");

        assertThatThrownBy(() -> records.edit(fixtures.user("pt.demo"), draft.id(), changes(changed, "Not mine", 2)))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("record.not-author"));
        assertThatThrownBy(() -> records.edit(hca, draft.id(), changes(draft, "From an old tab", 2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("record.changed"));

        SessionRecordView signed = records.sign(hca, draft.id());
        assertThatThrownBy(() -> records.edit(hca, draft.id(), changes(signed, "After signing", 2)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("record.already-signed"));
        assertThat(records.open(hca, draft.id()).patientResponse()).isEqualTo("Tired, stopped after two sets");
    }

    @Test
    void aChangedReadingCorrectsTheMeasureResultItBecameAndIsCheckedAgainstTheStopCriteria() {
        DelegationView d = delegation();
        CurrentUser pt = fixtures.user("pt.demo");
        stopCriteria.set(pt, d.id(), new StopCriteria.SetRules(3, null, null));
        SessionRecordView draft = draft(d, 2);
        CurrentUser hca = fixtures.user("hca.demo");
        long openBefore = escalations.openFor(pt.organisationId(), pt.staffId(), PageRequest.first(1)).total();

        records.edit(hca, draft.id(), changes(draft, "Pain went up at the end", 6));
        List<MeasureResult> pain = results.forPatient(pt.organisationId(), d.patient().id()).stream()
                .filter(r -> r.sessionRecordId() != null && r.sessionRecordId().equals(draft.id())).toList();
        assertThat(pain).extracting(r -> r.score().intValue()).containsExactlyInAnyOrder(2, 6);
        assertThat(pain).filteredOn(r -> r.score().intValue() == 6).singleElement()
                .satisfies(r -> assertThat(r.replacesId()).isNotNull());
        assertThat(escalations.openFor(pt.organisationId(), pt.staffId(), PageRequest.first(1)).total())
                .isGreaterThan(openBefore);

        SessionRecordView now = records.open(hca, draft.id());
        assertThatThrownBy(() -> records.edit(hca, draft.id(), changes(now, "Cleared the pain", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("painAfter"));
        assertThat(records.open(hca, draft.id()).painAfter()).isEqualTo(6);
    }

    @Test
    void aDraftIsChangedThroughTheApiFromTheVersionReadAndAStaleChangeIs409() throws Exception {
        DelegationView d = delegation();
        SessionRecordView draft = draft(d, 2);
        String body = """
                {"version": %d, "patientResponse": "Changed through the API", "painBefore": 2, "painAfter": 2,
                 "activities": [{"activity": "Sit to stand", "setsDone": 3, "repetitionsDone": 10}]}""";
        mvc.perform(put("/api/v1/session-records/" + draft.id()).with(httpBasic("hca.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(draft.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientResponse").value("Changed through the API"))
                .andExpect(jsonPath("$.activities[0].repetitionsDone").value(10));
        mvc.perform(put("/api/v1/session-records/" + draft.id()).with(httpBasic("hca.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(draft.version())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("record.changed"));
        mvc.perform(put("/api/v1/session-records/" + draft.id()).with(httpBasic("sw.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(draft.version() + 1)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/session-records/" + draft.id()).with(httpBasic("hca.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"patientResponse\": \"No version\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDraftIsChangedOnItsPageWithTheFormFilledInFromTheRecord() throws Exception {
        DelegationView d = delegation();
        SessionRecordView draft = draft(d, 2);
        String form = mvc
                .perform(get("/session-records/" + draft.id() + "/edit").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Tolerated well").contains("First note").contains("Save changes")
                .contains("name=\"version\" value=\"" + draft.version() + "\"");
        mvc.perform(post("/session-records/" + draft.id() + "/edit").with(user(fixtures.principal("hca.demo")))
                .with(csrf())
                .with(fixtures.formToken("hca.demo")).param("version", "" + draft.version())
                .param("activity0", "Sit to stand").param("sets0", "3").param("reps0", "6")
                .param("patientResponse", "Changed on the page").param("painBefore", "2").param("painAfter", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(records.open(fixtures.user("hca.demo"), draft.id()).patientResponse())
                .isEqualTo("Changed on the page");
        // Someone else is sent back to the record.
        mvc.perform(get("/session-records/" + draft.id() + "/edit").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theRecordShowsItsStopAndContactTextTheConcernRaisedWithItAndTheCountersignatureNote() throws Exception {
        DelegationView d = delegation();
        CurrentUser hca = fixtures.user("hca.demo");
        SessionRecordView draft = records.record(hca, new NewSessionRecord(d.id(), fixtures.today(),
                List.of(new NewSessionRecord.Activity("Sit to stand", 2, 8)), "Dizzy after two sets", 2, 3, null, null,
                List.of(), null, "Stopped after two sets: dizzy and pale. Sat down, settled in 5 minutes."));
        assertThat(draft.stopCriteria()).isEqualTo("Stop if dizzy or chest pain");
        assertThat(draft.escalations()).singleElement()
                .satisfies(e -> assertThat(e.concern()).contains("dizzy and pale"));
        records.sign(hca, draft.id());
        records.countersign(fixtures.user("pt.demo"), draft.id(), "Discussed with Hannah; programme on hold today.");

        mvc.perform(get("/api/v1/session-records/" + draft.id()).with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stopCriteria").value("Stop if dizzy or chest pain"))
                .andExpect(jsonPath("$.escalations[0].concern")
                        .value(Matchers.containsString("dizzy and pale")))
                .andExpect(
                        jsonPath("$.countersignature.note").value("Discussed with Hannah; programme on hold today."));
        String page = mvc.perform(get("/session-records/" + draft.id()).with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"stop-and-contact\"").contains("Stop if dizzy or chest pain")
                .contains("dizzy and pale").contains("Discussed with Hannah; programme on hold today.");
    }

    /**
     * On PostgreSQL (V25_1) a draft's lines may change; a signed record's are still refused (see SignedRecords…Test).
     */
    @Test
    void aDraftsActivitiesCanChangeInTheDatabaseWhileItIsADraft() {
        DelegationView d = delegation();
        SessionRecordView draft = draft(d, 2);
        jdbc.sql("update session_activity set repetitions_done = 9 where session_record_id = ?").param(draft.id())
                .update();
        assertThat(records.open(fixtures.user("hca.demo"), draft.id()).activities().getFirst().repetitionsDone())
                .isEqualTo(9);
    }
}
