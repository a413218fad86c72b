package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.delegation.SessionTargets;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.sessions.NewPreSessionCheck;
import org.therapyassist.sessions.PreSessionChecks;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * A community team's day, in the database: visits made from the delegations due, planned, moved by hand (checked
 * with the same rules), published to the workers, and the worker a published visit sends may record the session.
 * Each test makes its own community team, workers and patient, so the shared demo day is left alone.
 */
@IntegrationTest
class VisitDaysDatabaseTest {

    @Autowired
    VisitDays days;
    @Autowired
    VisitMoves moves;
    @Autowired
    VisitShifts shifts;
    @Autowired
    LapsedVisits lapsed;
    @Autowired
    MyVisits mine;
    @Autowired
    PatientHomes homes;
    @Autowired
    DelegationDesk delegations;
    @Autowired
    SessionTargets targets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisitLapses lapses;
    @Autowired
    PreSessionChecks checks;

    CurrentUser lead;
    CurrentUser pt;
    UUID team;
    CurrentUser first;
    CurrentUser second;
    CurrentUser untrained;
    LocalDate today;
    DelegationView delegation;

    @BeforeEach
    void aCommunityTeamWithTwoWorkersAndOneDelegation() {
        lead = fixtures.user("lead.demo");
        pt = fixtures.user("pt.demo");
        today = fixtures.today();
        team = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, 'COMMUNITY')")
                .params(team, lead.organisationId(), "Community " + team.toString().substring(0, 6)).update();
        first = inTeam(fixtures.newSupportWorker(2, "3.01"));
        second = inTeam(fixtures.newSupportWorker(2, "3.01"));
        untrained = inTeam(fixtures.newSupportWorker(2, "3.05"));
        for (CurrentUser w : List.of(first, second, untrained)) {
            shifts.setShift(lead, team, w.staffId(), today, new DayBoard.Shift(LocalTime.of(8, 30),
                    LocalTime.of(16, 30), LocalTime.of(12, 30), LocalTime.of(13, 0), "Northgate community base",
                    53.746, -1.599, null));
        }
        Episode episode = fixtures.patientWithEpisode(pt);
        homes.locate(pt, episode.patientId(), new BigDecimal("53.75100"), new BigDecimal("-1.60500"));
        delegation = delegations.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", first.staffId()));
        delegations.accept(first, delegation.id());
    }

    private CurrentUser inTeam(CurrentUser worker) {
        jdbc.sql("update staff_member set team_id = ? where id = ?").params(team, worker.staffId()).update();
        return fixtures.user(worker.username());
    }

    @Test
    void aDelegationDueTodayBecomesAVisitThatIsPlannedForACompetentWorkerAndPublished() {
        DayBoard.Board board = days.board(lead, team, today);
        assertThat(board.unplanned()).singleElement().satisfies(v -> {
            assertThat(v.delegationId()).isEqualTo(delegation.id());
            assertThat(v.windowFrom()).isEqualTo(LocalTime.of(9, 0));
            assertThat(v.durationMinutes()).isEqualTo(45);
        });
        board = days.plan(lead, team, today, board.version());
        assertThat(board.unplanned()).isEmpty();
        DayBoard.VisitCard planned = board.workers().stream().flatMap(w -> w.visits().stream()).findFirst()
                .orElseThrow();
        // The untrained worker has no 3.01 sign-off: never planned.
        assertThat(planned.planned()).extracting(DayBoard.Slot::workerId).doesNotContain(untrained.staffId());
        assertThat(mine.of(first, today)).isEmpty();

        board = days.publish(lead, team, today, board.version());
        assertThat(board.publishedAt()).isNotNull();
        UUID worker = planned.planned().getFirst().workerId();
        CurrentUser sent = worker.equals(first.staffId()) ? first : second;
        assertThat(mine.of(sent, today)).singleElement().satisfies(v -> {
            assertThat(v.delegationId()).isEqualTo(delegation.id());
            assertThat(v.instructions()).isEqualTo("Sit to stand x 8, three sets");
            assertThat(v.mapLink()).contains("53.75100,-1.60500");
        });
    }

    @Test
    void h85_theColleagueAPublishedVisitSendsMayRecordTheSessionAndNobodyElse() {
        DayBoard.Board board = days.board(lead, team, today);
        UUID visit = board.unplanned().getFirst().id();
        board = moves.move(lead, visit, new DayBoard.Move(List.of(second.staffId()), LocalTime.of(10, 0)));
        assertThat(board.unplanned()).isEmpty();
        assertThatThrownBy(() -> targets.recordSessionAgainst(second, delegation.id(), today))
                .as("not yet published").isInstanceOf(NotAllowedException.class);
        days.publish(lead, team, today, board.version());
        assertThat(targets.recordSessionAgainst(second, delegation.id(), today).id()).isEqualTo(delegation.id());
        assertThatThrownBy(() -> targets.recordSessionAgainst(untrained, delegation.id(), today))
                .isInstanceOf(NotAllowedException.class);
        // The visit let the colleague open the patient's record for the day, and no longer.
        UUID source = DayReader.visitSource(new Assignment(visit, second.staffId(), LocalTime.of(10, 0),
                LocalTime.of(10, 45)));
        assertThat(activeRelationship(source)).isTrue();
        lapsed.endPastVisits(today.plusDays(1));
        assertThat(activeRelationship(source)).isFalse();
    }

    @Test
    void h85_theColleagueAPublishedVisitSendsGoesThroughTheChecklistAndNobodyElseMay() {
        Episode episode = fixtures.patientWithEpisode(pt);
        homes.locate(pt, episode.patientId(), new BigDecimal("53.74800"), new BigDecimal("-1.59500"));
        DelegationView observed = delegations.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", first.staffId()).withObservationLimits(
                        ObservationLimits.of(Map.of(
                                Observation.HEART_RATE, new ObservationLimits.Range(new BigDecimal("50"),
                                        new BigDecimal("110"))))));
        delegations.accept(first, observed.id());
        UUID visit = days.board(lead, team, today).unplanned().stream()
                .filter(v -> v.delegationId().equals(observed.id())).findFirst().orElseThrow().id();
        DayBoard.Board board = moves.move(lead, visit,
                new DayBoard.Move(List.of(second.staffId()), LocalTime.of(11, 0)));
        NewPreSessionCheck fine = new NewPreSessionCheck(true, 72, null, null, null, null, null, false, false, false,
                false, false);
        assertThatThrownBy(() -> checks.check(second, observed.id(), fine)).isInstanceOf(NotAllowedException.class);
        days.publish(lead, team, today, board.version());
        assertThat(checks.check(second, observed.id(), fine).stopped()).isFalse();
        assertThatThrownBy(() -> checks.check(untrained, observed.id(), fine))
                .isInstanceOf(NotAllowedException.class);
    }

    private boolean activeRelationship(UUID source) {
        return jdbc.sql("select active from care_relationship where source_id = ?").param(source)
                .query(Boolean.class).single();
    }

    @Test
    void h80_aManualMoveToAWorkerWithoutTheCompetencyIsRefusedAndChangesNothing() {
        DayBoard.Board board = days.board(lead, team, today);
        UUID visit = board.unplanned().getFirst().id();
        assertThatThrownBy(() -> moves.move(lead, visit,
                new DayBoard.Move(List.of(untrained.staffId()), LocalTime.of(10, 0))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("3.01");
        // A move into the worker's break is refused too (H84).
        assertThatThrownBy(() -> moves.move(lead, visit,
                new DayBoard.Move(List.of(first.staffId()), LocalTime.of(12, 15))))
                .isInstanceOf(RefusedException.class);
        assertThat(days.board(lead, team, today).unplanned()).extracting(DayBoard.VisitCard::id).contains(visit);
    }

    @Test
    void h86_aBoardChangedSinceTheLeadLookedIsNotPublishedOverTheChange() {
        DayBoard.Board seen = days.board(lead, team, today);
        DayBoard.Board planned = days.plan(lead, team, today, seen.version());
        assertThatThrownBy(() -> days.publish(lead, team, today, seen.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(days.publish(lead, team, today, planned.version()).publishedAt()).isNotNull();
    }

    @Test
    void h87_aCancelledDelegationTakesItsVisitOffThePlan() {
        DayBoard.Board board = days.board(lead, team, today);
        board = days.plan(lead, team, today, board.version());
        delegations.cancel(pt, delegation.id(), "Admitted to hospital");
        board = days.plan(lead, team, today, days.board(lead, team, today).version());
        assertThat(board.cancelled()).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("cancelled or ended"));
        assertThat(board.workers()).allSatisfy(w -> assertThat(w.visits()).isEmpty());
    }

    @Test
    void h80_aCompetencyWithdrawnAfterPublishingPullsTheVisitBackToReplanAndOffTheWorkersPhone() throws Exception {
        DayBoard.Board board = days.board(lead, team, today);
        UUID visit = board.unplanned().getFirst().id();
        board = moves.move(lead, visit, new DayBoard.Move(List.of(second.staffId()), LocalTime.of(10, 0)));
        days.publish(lead, team, today, board.version());
        assertThat(mine.of(second, today)).hasSize(1);
        jdbc.sql("update competency_signoff set revoked_at = current_timestamp, revoke_reason = 'Observed unsafe' "
                + "where staff_id = ?").param(second.staffId()).update();
        assertThat(lapses.checkFrom(today)).isPositive();
        assertThat(mine.of(second, today)).isEmpty();
        board = days.board(lead, team, today);
        assertThat(board.unplanned()).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("plan it again").contains("3.01"));
        assertThat(board.unpublishedChanges()).isTrue();
        // The lead who published the day is told, in the inbox and the API.
        assertThat(lapsed.toReplan(lead)).extracting(LapsedVisits.ToReplan::visitId).contains(visit);
        String inbox = mvc.perform(get("/inbox").with(user(fixtures.principal("lead.demo")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("Home visits to plan again").contains("data-testid=\"to-replan\"");
    }

    @Test
    void h82_aWorkerGoingOffSickHasTheirVisitMovedToACompetentColleagueWhenPlannedAgain() {
        LocalDate tomorrow = today.plusDays(1);
        for (CurrentUser w : List.of(first, second, untrained)) {
            shifts.setShift(lead, team, w.staffId(), tomorrow, new DayBoard.Shift(LocalTime.of(8, 30),
                    LocalTime.of(16, 30), null, null, "Northgate community base", 53.746, -1.599, null));
        }
        DayBoard.Board board = days.board(lead, team, tomorrow);
        UUID visit = board.unplanned().getFirst().id();
        board = moves.move(lead, visit, new DayBoard.Move(List.of(first.staffId()), LocalTime.of(10, 0)));
        board = days.publish(lead, team, tomorrow, board.version());
        assertThat(mine.of(first, tomorrow)).hasSize(1);

        board = shifts.workerOff(lead, team, tomorrow, first.staffId());
        // Not published until planned again: nobody is sent on a plan that names a worker who is off.
        int offVersion = board.version();
        assertThatThrownBy(() -> days.publish(lead, team, tomorrow, offVersion))
                .isInstanceOf(RefusedException.class);
        board = days.plan(lead, team, tomorrow, board.version());
        assertThat(board.workers()).filteredOn(w -> w.staffId().equals(second.staffId())).singleElement()
                .satisfies(w -> assertThat(w.visits()).extracting(DayBoard.VisitCard::id).containsExactly(visit));
        days.publish(lead, team, tomorrow, board.version());
        assertThat(mine.of(first, tomorrow)).isEmpty();
        assertThat(mine.of(second, tomorrow)).singleElement()
                .satisfies(v -> assertThat(v.visitId()).isEqualTo(visit));
    }

    @Test
    void theDemoCommunityTeamHasADayToPlanInOneTown() {
        UUID community = jdbc.sql("select id from team where organisation_id = ? and name = 'Community rehab'")
                .param(lead.organisationId()).query(UUID.class).single();
        DayBoard.Board board = days.board(lead, community, today.plusDays(1));
        assertThat(board.workers()).extracting(DayBoard.WorkerRow::name)
                .contains("Aisha Khan", "Ben Hughes");
        assertThat(board.workers()).filteredOn(w -> w.shift() != null).hasSizeGreaterThanOrEqualTo(2);
        assertThat(board.unplanned()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.located()).isTrue();
            assertThat(v.patient().address()).endsWith("Northgate");
        });
    }

    @Test
    void aPastDayCannotBePlannedAndAShiftMustBeSound() {
        assertThatThrownBy(() -> days.plan(lead, team, today.minusDays(1), 0)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> shifts.setShift(lead, team, first.staffId(), today, new DayBoard.Shift(
                LocalTime.of(16, 0), LocalTime.of(9, 0), null, null, "Base", 53.7, -1.6, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyPlannersOpenTheBoardThroughTheApiAndTheWorkerSeesTheirRound() throws Exception {
        mvc.perform(get("/api/v1/visit-teams/" + team + "/days/" + today).with(httpBasic("hca.demo", "demo")))
                .andExpect(status().isForbidden());
        String version = mvc.perform(get("/api/v1/visit-teams/" + team + "/days/" + today)
                .with(httpBasic("lead.demo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unplanned.length()").value(1)).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s)^.*?\"version\":(\\d+).*$", "$1");
        mvc.perform(post("/api/v1/visit-teams/" + team + "/days/" + today + "/plan")
                .with(httpBasic("lead.demo", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unplanned.length()").value(0));
        mvc.perform(post("/api/v1/visit-teams/" + team + "/days/" + today + "/publish")
                .with(httpBasic("lead.demo", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + "}"))
                .andExpect(status().isConflict());
    }
}
