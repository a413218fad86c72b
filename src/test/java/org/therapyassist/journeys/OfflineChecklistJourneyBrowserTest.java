package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;

/**
 * A task that asks for observations, in a patient's home with no signal (hazard H108): the checklist opens from My day
 * without signal and the phone applies the service's rules. All clear goes on to the record form kept for it; both are
 * sent when signal returns, the checklist first, and the record names it. A stop says plainly that the therapist has
 * not been told yet and whom to phone, and tells them when signal returns, saying when it was found.
 */
@IntegrationTest
class OfflineChecklistJourneyBrowserTest extends BrowserJourney {

    static final ObservationLimits HEART_AND_SPO2 = ObservationLimits.of(Map.of(
            Observation.HEART_RATE, new ObservationLimits.Range(new BigDecimal("50"), new BigDecimal("110")),
            Observation.OXYGEN_SATURATION, new ObservationLimits.Range(new BigDecimal("92"), null)));

    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;

    DelegationView withObservations(CurrentUser worker) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", worker.staffId()).withObservationLimits(HEART_AND_SPO2));
        desk.accept(worker, d.id());
        return d;
    }

    Page readyForNoSignal(CurrentUser worker) {
        Page phone = browser.signIn(worker.username(), true);
        phone.navigate("/my-day");
        // The first service worker of a run installs and fetches every page: give it longer than a page takes.
        assertThat(phone.locator("[data-testid=kept-today]")).containsText("today's tasks (1)",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        phone.waitForFunction("() => navigator.serviceWorker.controller !== null");
        phone.context().setOffline(true);
        return phone;
    }

    void checklist(Page phone, String heartRate) {
        phone.locator("[data-testid=due] [data-testid=before-session]").click();
        assertThat(phone.locator("h1")).hasText("Before the session");
        tick(phone, "#consentToday-0");
        phone.fill("#heartRate", heartRate);
        phone.fill("#oxygenSaturation", "96");
        for (String flag : new String[]{"newChestPain", "breathlessAtRest", "newConfusion", "fallSinceLastVisit",
                "dizzyOrFaint"}) {
            tick(phone, "#" + flag + "-1");
        }
        phone.click("button:has-text('Continue')");
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void h108_aChecklistAndSessionDoneWithNoSignalAreSentInOrderAndTheRecordNamesTheChecklist() {
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");
        DelegationView d = withObservations(worker);
        Page phone = readyForNoSignal(worker);

        // A reading left out, with no signal: the phone says so, as the service would, and keeps nothing.
        phone.locator("[data-testid=due] [data-testid=before-session]").click();
        tick(phone, "#consentToday-0");
        phone.click("button:has-text('Continue')");
        assertThat(phone.locator(".nhsuk-error-summary")).containsText("Heart rate: enter the reading");
        assertThat(phone.locator(".nhsuk-error-summary")).containsText("Answer yes or no");
        assertAccessible(phone);
        phone.navigate("/my-day");

        checklist(phone, "72");
        assertThat(phone.locator("h1")).containsText("Record a session");
        assertThat(phone.locator("[data-testid=phone-check-kept]")).isVisible();
        assertThat(phone.locator("[data-testid=phone-check-missing]")).isHidden();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        phone.fill("#activity0", "Sit to stand, 3 sets of 8");
        phone.fill("#patientResponse", "Managed all three sets.");
        phone.fill("#painBefore", "1");
        phone.click("button:has-text('Save record')");
        assertThat(phone.locator("[data-testid=kept-on-phone]")).isVisible();
        Assertions.assertThat(count("select count(*) from pre_session_check where delegation_id = ?", d.id())).isZero();

        phone.click("[data-testid=kept-on-phone] a:has-text('Go to My day')");
        assertThat(phone.locator("[data-testid=outbox-count]")).hasText("Kept on this phone: 2");
        phone.context().setOffline(false);
        assertThat(phone.locator("[data-testid=outbox-sent]")).containsText("Sent now that you have signal: 1");
        assertThat(phone.locator("[data-testid=outbox-record]")).hasCount(0);
        Assertions.assertThat(count("select count(*) from pre_session_check where delegation_id = ? "
                + "and outcome = 'GO' and received_at is not null and session_record_id is not null", d.id()))
                .isEqualTo(1);
        Assertions.assertThat(count("select count(*) from session_record r join pre_session_check c "
                + "on c.session_record_id = r.id where r.delegation_id = ?", d.id())).isEqualTo(1);
    }

    @Test
    void h108_aStopFoundWithNoSignalSaysTheTherapistIsNotToldYetAndTellsThemWhenSignalReturns() {
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");
        DelegationView d = withObservations(worker);
        Page phone = readyForNoSignal(worker);

        checklist(phone, "131");
        Locator stop = phone.locator("[data-testid=phone-stop]");
        assertThat(stop).isVisible();
        assertThat(stop.locator("h1")).hasText("Stop: do not start the session");
        assertThat(stop).containsText("has not been told yet: there is no signal");
        assertThat(stop.locator("[data-testid=check-reasons]"))
                .containsText("Heart rate 131 beats a minute: outside the limit set (50 to 110 beats a minute)");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        Assertions.assertThat(count("select count(*) from escalation where delegation_id = ?", d.id())).isZero();

        phone.click("[data-testid=phone-stop] a:has-text('Back to my day')");
        assertThat(phone.locator("[data-testid=escalation-not-sent]")).containsText("has not been told yet");
        phone.context().setOffline(false);
        assertThat(phone.locator("[data-testid=outbox-record]")).hasCount(0);
        Assertions.assertThat(count("select count(*) from escalation where delegation_id = ? "
                + "and concern like '%without signal%'", d.id())).isEqualTo(1);
    }
}
