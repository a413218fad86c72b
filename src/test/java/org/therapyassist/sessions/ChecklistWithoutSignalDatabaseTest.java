package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * A before-session checklist gone through on a phone without signal, sent later from its outbox with the id the phone
 * made and when it was taken (hazard H108): a stop still reaches the registrant, saying when it was found; sent again
 * it
 * is one checklist and one escalation; the record that names it is taken only once it has arrived and passed. And the
 * phone keeps the pages to do it without signal.
 */
@IntegrationTest
class ChecklistWithoutSignalDatabaseTest {

    static final ObservationLimits LIMITS = PreSessionChecksDatabaseTest.HEART_AND_SPO2;

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
    @Autowired
    Clock clock;

    DelegationView delegation() {
        return PreSessionChecksDatabaseTest.delegation(fixtures, desk, LIMITS);
    }

    static NewPreSessionCheck onPhone(UUID id, Instant takenAt, int heartRate) {
        return new NewPreSessionCheck(true, heartRate, null, null, 97, null, null, false, false, false, false, false,
                id, takenAt);
    }

    /** A few minutes ago, but never yesterday (the task starts today). */
    Instant minutesAgo(long minutes) {
        Instant startOfToday = fixtures.today().atStartOfDay(Time.LONDON).toInstant();
        Instant then = clock.instant().minus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS);
        return then.isBefore(startOfToday) ? startOfToday : then;
    }

    long openEscalations() {
        CurrentUser pt = fixtures.user("pt.demo");
        return escalations.openFor(pt.organisationId(), pt.staffId(), PageRequest.first(1)).total();
    }

    @Test
    void h108_aStopFoundWithoutSignalReachesTheRegistrantOnArrivalSayingWhenItWasFound() {
        DelegationView d = delegation();
        Instant takenAt = minutesAgo(1);
        UUID id = UUID.randomUUID();
        PreSessionCheck check = checks.check(fixtures.user("hca.demo"), d.id(), onPhone(id, takenAt, 131));
        assertThat(check.id()).isEqualTo(id);
        assertThat(check.stopped()).isTrue();
        assertThat(check.checkedAt()).isEqualTo(takenAt);
        assertThat(check.receivedAt()).isNotNull();
        CurrentUser pt = fixtures.user("pt.demo");
        assertThat(escalations.forPatient(pt.organisationId(), d.patient().id())).singleElement()
                .satisfies(e -> assertThat(e.concern()).contains("gone through without signal at")
                        .contains("Heart rate 131 beats a minute"));
    }

    @Test
    void h108_theSameChecklistSentAgainIsKeptOnceWithOneEscalation() {
        DelegationView d = delegation();
        UUID id = UUID.randomUUID();
        Instant takenAt = minutesAgo(2);
        long before = openEscalations();
        PreSessionCheck first = checks.check(fixtures.user("hca.demo"), d.id(), onPhone(id, takenAt, 131));
        PreSessionCheck again = checks.check(fixtures.user("hca.demo"), d.id(), onPhone(id, takenAt, 131));
        assertThat(again).isEqualTo(first);
        assertThat(openEscalations()).isEqualTo(before + 1);
    }

    @Test
    void h108_aRecordNamingAChecklistNotYetArrivedIsRefusedAndTakenOnceItHasArrivedAndPassed() {
        DelegationView d = delegation();
        UUID id = UUID.randomUUID();
        CurrentUser hca = fixtures.user("hca.demo");
        NewSessionRecord record = PreSessionChecksDatabaseTest.session(fixtures, d, id);
        assertThatThrownBy(() -> records.record(hca, record)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo("record.pre-session-check-not-for-this-session"));
        checks.check(hca, d.id(), onPhone(id, minutesAgo(3), 76));
        assertThat(records.record(hca, record).preSessionCheckId()).isEqualTo(id);
    }

    @Test
    void anIdThePhoneMadeThatIsAnotherChecklistsIsRefused() {
        DelegationView one = delegation();
        DelegationView other = delegation();
        UUID id = UUID.randomUUID();
        checks.check(fixtures.user("hca.demo"), one.id(), onPhone(id, minutesAgo(1), 76));
        assertThatThrownBy(() -> checks.check(fixtures.user("hca.demo"), other.id(), onPhone(id, minutesAgo(1), 76)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("pre-session-check.id-taken"));
    }

    @Test
    void aChecklistTakenInTheFutureOrOverAWeekAgoIsRefusedAndNothingIsKept() {
        DelegationView d = delegation();
        long before = openEscalations();
        for (Instant when : new Instant[]{clock.instant().plus(Duration.ofHours(1)),
                clock.instant().minus(Duration.ofDays(8))}) {
            assertThatThrownBy(() -> checks.check(fixtures.user("hca.demo"), d.id(),
                    onPhone(UUID.randomUUID(), when, 131)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("takenAt"));
        }
        assertThat(openEscalations()).isEqualTo(before);
    }

    @Test
    void h108_aStopSentAfterTheTaskWasCancelledStillReachesTheRegistrant() {
        DelegationView d = delegation();
        // Gone through as the task was accepted; cancelled before the phone had signal again.
        Instant takenAt = desk.view(fixtures.user("hca.demo"), d.id()).respondedAt();
        desk.cancel(fixtures.user("pt.demo"), d.id(), "Patient admitted to hospital");
        long before = openEscalations();
        PreSessionCheck check = checks.check(fixtures.user("hca.demo"), d.id(),
                onPhone(UUID.randomUUID(), takenAt, 131));
        assertThat(check.stopped()).isTrue();
        assertThat(openEscalations()).isEqualTo(before + 1);
        // Taken with signal after the cancellation, there is no session to check for.
        assertThatThrownBy(() -> checks.check(fixtures.user("hca.demo"), d.id(),
                PreSessionChecksDatabaseTest.answers(true, 131, 97, false)))
                .isInstanceOf(ConflictException.class);
    }

    MockHttpServletRequestBuilder fromOutbox(DelegationView d, String key, UUID id, String heartRate) {
        return post("/outbox/pre-session-checks").with(user(fixtures.principal("hca.demo"))).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).param("delegationId", d.id().toString())
                .param("consentToday", "YES").param("heartRate", heartRate).param("oxygenSaturation", "97")
                .param("newChestPain", "NO").param("breathlessAtRest", "NO").param("newConfusion", "NO")
                .param("fallSinceLastVisit", "NO").param("dizzyOrFaint", "NO").param("id", id.toString())
                .param("takenAt", minutesAgo(5).toString());
    }

    @Test
    void h108_theOutboxSendsTheChecklistOnceAndSaysWhichPageFollows() throws Exception {
        DelegationView d = delegation();
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        mvc.perform(fromOutbox(d, key, id, "76")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.stopped").value(false))
                .andExpect(jsonPath("$.page").value("/session-records/new?delegationId=" + d.id() + "&checkId=" + id));
        mvc.perform(fromOutbox(d, key, id, "76")).andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"));
        UUID stop = UUID.randomUUID();
        mvc.perform(fromOutbox(d, UUID.randomUUID().toString(), stop, "131")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.stopped").value(true))
                .andExpect(jsonPath("$.page").value("/pre-session-checks/" + stop));
        mvc.perform(get("/pre-session-checks/" + stop).with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Gone through without signal")));
        // A reading left out: the fields, as the page would show them, and nothing kept.
        mvc.perform(fromOutbox(d, UUID.randomUUID().toString(), UUID.randomUUID(), ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heartRate"));
    }

    @Test
    void h108_thePhoneKeepsTheChecklistAndTheRecordFormThatFollowsIt() throws Exception {
        DelegationView d = delegation();
        mvc.perform(get("/offline/today").with(user(fixtures.principal("hca.demo")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pages", Matchers.hasItems("/pre-session-checks/new?delegationId=" + d.id(),
                        "/session-records/new?delegationId=" + d.id() + "&check=on-phone")))
                .andExpect(jsonPath("$.pages", Matchers.not(Matchers.hasItem(
                        "/session-records/new?delegationId=" + d.id()))));
        // The kept record form waits for the phone's checklist; the ordinary address still sends to the checklist.
        mvc.perform(get("/session-records/new?delegationId=" + d.id() + "&check=on-phone")
                .with(user(fixtures.principal("hca.demo")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-phone-check")));
        mvc.perform(get("/session-records/new?delegationId=" + d.id()).with(user(fixtures.principal("hca.demo"))))
                .andExpect(redirectedUrl("/pre-session-checks/new?delegationId=" + d.id()));
        mvc.perform(get("/pre-session-checks/new?delegationId=" + d.id()).with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("data-outbox-check=\"/outbox/pre-session-checks\"")))
                .andExpect(content().string(Matchers.containsString("data-high=\"110\"")));
    }
}
