package org.therapyassist.lonework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.visits.DayBoard;
import org.therapyassist.visits.PublishedVisits;
import org.therapyassist.visits.VisitDays;
import org.therapyassist.visits.VisitShifts;

/**
 * A community team's day published the way a lead does it (visits module): a new team and support worker, a shift,
 * patients with homes and delegated exercise programmes, planned and published today by the demo team lead.
 */
@Component
public class PublishedDays {

    /** The day as the worker and lone working see it. */
    public record Day(UUID teamId, CurrentUser worker, CurrentUser publishedBy, List<UUID> visitIds) {
    }

    private final Fixtures fixtures;
    private final JdbcClient jdbc;
    private final VisitDays days;
    private final VisitShifts shifts;
    private final PatientHomes homes;
    private final DelegationDesk delegations;
    private final PublishedVisits published;

    PublishedDays(Fixtures fixtures, JdbcClient jdbc, VisitDays days, VisitShifts shifts, PatientHomes homes,
            DelegationDesk delegations, PublishedVisits published) {
        this.shifts = shifts;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.days = days;
        this.homes = homes;
        this.delegations = delegations;
        this.published = published;
    }

    /** Today's published day for a new worker with this many visits (each a patient at home, 45 minutes). */
    public Day today(int visits) {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser pt = fixtures.user("pt.demo");
        LocalDate today = fixtures.today();
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, 'COMMUNITY')")
                .params(team, lead.organisationId(), "Community " + team.toString().substring(0, 6)).update();
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01");
        jdbc.sql("update staff_member set team_id = ?, phone = '07700 900123' where id = ?")
                .params(team, worker.staffId()).update();
        worker = fixtures.user(worker.username());
        shifts.setShift(lead, team, worker.staffId(), today, new DayBoard.Shift(LocalTime.of(8, 0),
                LocalTime.of(18, 0), null, null, "Northgate community base", 53.746, -1.599, null));
        for (int i = 0; i < visits; i++) {
            Episode episode = fixtures.patientWithEpisode(pt);
            homes.locate(pt, episode.patientId(), new BigDecimal("53.75100").add(BigDecimal.valueOf(i, 3)),
                    new BigDecimal("-1.60500"));
            DelegationView delegation = delegations.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                    "EXERCISE_PROGRAMME", worker.staffId()));
            delegations.accept(worker, delegation.id());
        }
        DayBoard.Board board = days.board(lead, team, today);
        board = days.plan(lead, team, today, board.version());
        days.publish(lead, team, today, board.version());
        List<UUID> ids = new ArrayList<>();
        published.ofWorker(lead.organisationId(), worker.staffId(), today).forEach(v -> ids.add(v.visitId()));
        if (ids.size() != visits) {
            throw new AssertionError("Expected " + visits + " published visits, got " + ids.size());
        }
        return new Day(team, worker, lead, ids);
    }
}
