package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.lonework.LoneWorkJob;
import org.therapyassist.lonework.PublishedDays;
import org.therapyassist.support.IntegrationTest;

/**
 * Lone working on a phone: a support worker follows the day the lead published, checks in and out of one home visit,
 * checks in to the next and does not check out; the job, run as of three hours later, raises the missed check-out, and
 * the lead sees it on whatever page they are on and in the inbox, with the address, and acknowledges it.
 */
@IntegrationTest
class LoneWorkingJourneyBrowserTest extends BrowserJourney {

    @Autowired
    PublishedDays days;
    @Autowired
    LoneWorkJob job;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkerChecksInAndOutAndAMissedCheckOutAlertsTheLeadWhoAcknowledgesIt() {
        PublishedDays.Day day = days.today(2);
        UUID first = day.visitIds().get(0);
        UUID second = day.visitIds().get(1);

        Page worker = browser.signIn(day.worker().username(), true);
        worker.navigate("/visits/" + first + "/check");
        assertThat(worker.locator("[data-testid=visit-address]")).containsText("1 Test Street, Northgate");
        assertThat(worker.locator("[data-testid=check-state]")).containsText("not checked in");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.click("[data-testid=arrived]");
        assertThat(worker.locator("[data-testid=banner]")).hasText("Arrived recorded");
        assertThat(worker.locator("[data-testid=check-state]")).containsText("expected out by");
        worker.click("[data-testid=left]");
        assertThat(worker.locator("[data-testid=banner]")).hasText("Left recorded");
        assertThat(worker.locator("[data-testid=check-state]")).containsText("left at");

        worker.navigate("/visits/" + second + "/check");
        worker.click("[data-testid=arrived]");
        assertThat(worker.locator("[data-testid=left]")).isVisible();

        // Time passes for the job only: it runs as of an hour after the visit was expected to end, past the grace. (Not
        // "now plus a few hours": a test run after midnight would still be before a morning visit's end.)
        Instant expectedOut = jdbc.sql("select expected_out_at from lone_work_check_in where visit_id = ?")
                .param(second).query(OffsetDateTime.class).single().toInstant();
        job.runAt(expectedOut.plus(Duration.ofHours(1)));

        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/patients");
        assertThat(lead.locator("[data-testid=lone-work-banner]")).isVisible();
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        lead.navigate("/inbox");
        Locator alert = lead.locator("[data-testid=lone-worker-alert]",
                new Page.LocatorOptions().setHasText(day.worker().displayName()));
        assertThat(alert).hasCount(1);
        assertThat(alert).containsText("has not checked out of a visit");
        assertThat(alert.locator("[data-testid=alert-address]")).containsText("1 Test Street, Northgate");
        assertThat(alert.locator("[data-testid=alert-phone]")).hasText("07700 900123");
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        alert.locator("[data-testid=acknowledge]").click();
        assertThat(lead.locator("[data-testid=banner]")).hasText("Alert acknowledged");
        assertThat(lead.locator("[data-testid=lone-worker-alert]",
                new Page.LocatorOptions().setHasText(day.worker().displayName()))).hasCount(0);
    }

    @Test
    void h106_iNeedHelpWithNoSignalSaysPlainlyItWasNotSentAndOffersToCall999() {
        PublishedDays.Day day = days.today(1);
        UUID visit = day.visitIds().get(0);
        Page worker = browser.signIn(day.worker().username(), true);
        worker.navigate("/my-day");
        // My day online keeps today's pages, the visit's "I need help" page among them; then the signal goes.
        assertThat(worker.locator("[data-testid=kept-today]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        worker.waitForFunction("() => navigator.serviceWorker.controller !== null");
        worker.context().setOffline(true);
        worker.navigate("/visits/" + visit + "/check/help");
        assertThat(worker.locator("h1")).hasText("Ask for help");
        worker.click("[data-testid=send-help]");
        assertThat(worker.locator("[data-testid=not-sent]")).containsText("Not sent: this phone has no signal");
        assertThat(worker.locator("a[href='tel:999']")).isVisible();
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        Assertions.assertThat(jdbc.sql("select count(*) from lone_worker_alert a join lone_work_check_in c "
                + "on c.id = a.check_in_id where c.visit_id = ?").param(visit).query(Long.class).single()).isZero();
        worker.context().setOffline(false);
    }
}
