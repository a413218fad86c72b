package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;
import org.therapyassist.visits.DayBoard;
import org.therapyassist.visits.LapsedVisits;
import org.therapyassist.visits.VisitDays;
import org.therapyassist.visits.VisitMoves;
import org.therapyassist.visits.VisitShifts;

/**
 * A community day on phones: the lead plans the day and publishes it, and the worker finds the visit on My day in
 * order, with the address, the map and call links and the task's instructions, taps Arrived and Left, and records the
 * session from it.
 */
@IntegrationTest
class VisitsJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisitDays days;
    @Autowired
    VisitMoves moves;
    @Autowired
    VisitShifts shifts;
    @Autowired
    LapsedVisits lapsed;
    @Autowired
    PatientHomes homes;
    @Autowired
    DelegationDesk delegations;

    @Test
    void aLeadPlansAndPublishesTheDayAndTheWorkerFollowsItOnAPhone() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser pt = fixtures.user("pt.demo");
        LocalDate today = fixtures.today();
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, 'COMMUNITY')")
                .params(team, lead.organisationId(), "Calderbridge community " + team.toString().substring(0, 4))
                .update();
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01");
        jdbc.sql("update staff_member set team_id = ? where id = ?").params(team, worker.staffId()).update();
        worker = fixtures.user(worker.username());
        shifts.setShift(lead, team, worker.staffId(), today, new DayBoard.Shift(LocalTime.of(8, 30),
                LocalTime.of(16, 30), LocalTime.of(12, 30), LocalTime.of(13, 0), "Calderbridge base", 53.7, -1.9,
                null));
        Episode episode = fixtures.patientWithEpisode(pt);
        homes.locate(pt, episode.patientId(), new BigDecimal("53.70400"), new BigDecimal("-1.89500"));
        jdbc.sql("update patient set phone = '01632 960123' where id = ?").param(episode.patientId()).update();
        var delegation = delegations.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", worker.staffId()));
        delegations.accept(worker, delegation.id());

        Page board = browser.signIn("lead.demo", true);
        board.navigate("/visits/teams/" + team + "/" + today);
        assertThat(board.locator("[data-testid=plan-state]")).containsText("Not published");
        assertThat(board.locator("[data-testid=unplanned-visit]")).containsText("Deliver exercise programme");
        assertAccessible(board);
        assertNoHorizontalScroll(board);
        board.click("[data-testid=plan]");
        assertThat(board.locator("[data-testid=banner]")).containsText("Day planned");
        assertThat(board.locator("[data-testid=worker-row] [data-testid=planned-visit]"))
                .containsText("Deliver exercise programme");
        assertAccessible(board);
        assertNoHorizontalScroll(board);
        // A shift that ends before it starts is refused beside its field, and nothing changes.
        board.click("[data-testid=worker-row] a:has-text('Change shift')");
        assertAccessible(board);
        board.fill("#endsAt", "07:00");
        board.click("[data-testid=save-shift]");
        assertThat(board.locator(".nhsuk-error-summary")).containsText("The shift must end after it starts");
        assertAccessible(board);
        board.fill("#endsAt", "16:30");
        board.click("[data-testid=save-shift]");
        assertThat(board.locator("[data-testid=banner]")).containsText("Shift saved");
        // The lead moves it to 10:30 by hand: checked against the same rules, then pinned there.
        board.click("[data-testid=planned-visit] a");
        assertAccessible(board);
        assertNoHorizontalScroll(board);
        // Into the lunch break first: refused with the rule in words.
        board.fill("#start", "12:15");
        board.click("[data-testid=move]");
        assertThat(board.locator(".nhsuk-error-summary")).containsText("break");
        board.fill("#start", "10:30");
        board.click("[data-testid=move]");
        assertThat(board.locator("[data-testid=banner]")).containsText("moved and pinned");
        assertThat(board.locator("[data-testid=planned-visit]")).containsText("10:30 to 11:15");
        board.click("[data-testid=publish]");
        assertThat(board.locator("[data-testid=plan-state]")).containsText("Published");
        board.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-visit-board.png")));

        Page phone = browser.signIn(worker.username(), true);
        phone.navigate("/my-day");
        Locator visit = phone.locator("[data-testid=my-visit]");
        assertThat(visit).containsText("10:30 to 11:15");
        assertThat(visit).containsText("Deliver exercise programme");
        assertThat(visit.locator("[data-testid=map-link]")).hasAttribute("href",
                "https://www.google.com/maps/search/?api=1&query=53.70400,-1.89500");
        assertThat(visit.locator("[data-testid=call-link]")).hasAttribute("href", "tel:01632960123");
        visit.locator("summary").click();
        assertThat(visit).containsText("Sit to stand x 8, three sets");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        phone.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-my-visits.png")));
        // Lone working: Arrived, then Left, on the visit itself.
        visit.locator("[data-testid=arrived]").click();
        assertThat(phone.locator("[data-testid=my-visit] [data-testid=check-state]")).containsText("expected out by");
        phone.locator("[data-testid=my-visit] [data-testid=left]").click();
        assertThat(phone.locator("[data-testid=my-visit] [data-testid=check-state]")).containsText("left at");
        assertAccessible(phone);
        phone.locator("[data-testid=my-visit] a:has-text('Record session')").click();
        assertThat(phone).hasURL(Pattern.compile(".*/session-records/new\\?delegationId="
                + delegation.id()));
        List.of(board, phone).forEach(p -> p.context().close());
    }
}
