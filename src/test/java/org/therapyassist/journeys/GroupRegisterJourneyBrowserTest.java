package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.careplans.Episode;
import org.therapyassist.groups.ClassType;
import org.therapyassist.groups.Enrolments;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.platform.Stage;
import org.therapyassist.support.IntegrationTest;

/** A senior support worker runs a group class register on a tablet; the attendance lands in each patient's record. */
@IntegrationTest
class GroupRegisterJourneyBrowserTest extends BrowserJourney {

    @Autowired
    GroupClasses classes;
    @Autowired
    Enrolments enrolments;

    @Test
    void aRegisterIsTakenOnATabletSignedOnceAndShowsInThePatientsRecord() {
        var pt = fixtures.user("pt.demo");
        var c = classes.create(pt,
                new GroupClasses.NewClass(pt.teamId(), "Journey strength and balance", ClassType.STRENGTH_AND_BALANCE,
                        8, Stage.SENIOR_SUPPORT_WORKER, "Sit to stand x 10\nHeel raises x 15", "Ward 7 day room",
                        DayOfWeek.MONDAY,
                        LocalTime.of(10, 30), 45));
        List<Episode> people = List.of(fixtures.patientWithEpisode(pt), fixtures.patientWithEpisode(pt),
                fixtures.patientWithEpisode(pt));
        people.forEach(e -> enrolments.enrol(pt, c.id(), e.id()));
        var session = classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today(), 1,
                fixtures.user("sw.demo").staffId())).getFirst();

        Page sam = browser.signIn("sw.demo", false);
        sam.setViewportSize(820, 1180);
        // The class he leads today is on his day, as his tasks are.
        sam.navigate("/my-day");
        assertThat(sam.locator("[data-testid=classes-today]")).containsText("Journey strength and balance");
        assertThat(sam.locator("[data-testid=classes-today] a[href='/groups/sessions/" + session.id() + "/register']"))
                .hasCount(1);
        sam.navigate("/groups");
        assertAccessible(sam);
        assertNoHorizontalScroll(sam);
        sam.click("a[href='/groups/sessions/" + session.id() + "/register']");
        assertThat(sam.locator("h1")).containsText("Journey strength and balance");
        assertThat(sam.locator("[data-testid=attendee]")).hasCount(3);
        assertAccessible(sam);
        assertNoHorizontalScroll(sam);

        // One marked, the others not: each missing outcome is asked for, and what was entered is still there.
        sam.check("#outcome-" + people.get(0).patientId() + "-0");
        sam.fill("#note-" + people.get(0).patientId(), "Progressed to 2 kg wrist weights");
        sam.click("button:has-text('Save and sign register')");
        assertThat(sam.locator(".nhsuk-error-summary")).containsText("Choose attended, did not attend or cancelled");
        assertThat(sam.locator("#outcome-" + people.get(0).patientId() + "-0")).isChecked();
        assertThat(sam.locator("#note-" + people.get(0).patientId())).hasValue("Progressed to 2 kg wrist weights");
        assertAccessible(sam);
        assertNoHorizontalScroll(sam);

        sam.check("#outcome-" + people.get(0).patientId() + "-0");
        sam.fill("#note-" + people.get(0).patientId(), "Progressed to 2 kg wrist weights");
        sam.check("#outcome-" + people.get(1).patientId() + "-0");
        sam.check("#outcome-" + people.get(2).patientId() + "-2");
        sam.fill("#note-" + people.get(2).patientId(), "Rang in with a cold");
        sam.fill("#groupNote", "Whole group moved to level 2 of the circuit");
        // A Timed Up and Go taken in the class goes onto that patient's record and chart.
        sam.selectOption("#measure-" + people.get(0).patientId(), "TUG");
        sam.fill("#measureValue-" + people.get(0).patientId(), "13.4");
        sam.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/tablet-group-register.png"))
                .setFullPage(true));
        sam.click("button:has-text('Save and sign register')");
        assertThat(sam.locator("[data-testid=banner]")).containsText("Register signed: 2 of 3 attended");
        assertThat(sam.locator("[data-testid=register-lines]")).containsText("Progressed to 2 kg wrist weights");
        assertThat(sam.locator("[data-testid=register-form]")).hasCount(0);
        assertAccessible(sam);
        assertNoHorizontalScroll(sam);

        // A correction is an amendment; the signed line stays as first recorded.
        sam.selectOption("#patientId", people.get(2).patientId().toString());
        sam.selectOption("#correctedOutcome", "ATTENDED");
        sam.fill("#reason", "Came in after all for the second half");
        sam.click("button:has-text('Add amendment')");
        assertThat(sam.locator("[data-testid=amendment]")).containsText("Came in after all");
        assertThat(sam.locator("[data-testid=register-lines]"))
                .containsText("first recorded as cancelled by the patient");

        sam.navigate("/patients/" + people.get(0).patientId());
        assertThat(sam.locator("[data-testid=group-attendance]")).containsText("Journey strength and balance");
        assertThat(sam.locator("[data-testid=group-attendance]")).containsText("Progressed to 2 kg wrist weights");
        assertThat(sam.locator("main")).containsText("Timed Up and Go");
        assertThat(sam.locator("main")).containsText("13.4 s");
        assertAccessible(sam);
        assertNoHorizontalScroll(sam);
        sam.navigate("/patients/" + people.get(0).patientId() + "/timeline");
        assertThat(sam.locator("main")).containsText("Journey strength and balance on");

        // The therapist's view of the class on a phone: places, the register signed, axe clean and no sideways scroll.
        Page priya = browser.signIn("pt.demo", true);
        priya.navigate("/groups/classes/" + c.id());
        assertThat(priya.locator("[data-testid=places]")).containsText("3 of 8 taken");
        assertThat(priya.locator("[data-testid=class-sessions]")).containsText("Register signed");
        assertAccessible(priya);
        assertNoHorizontalScroll(priya);
        priya.navigate("/groups/sessions/" + session.id() + "/register");
        assertThat(priya.locator("[data-testid=signed]")).containsText("3 of 3 attended");
        assertAccessible(priya);
        assertNoHorizontalScroll(priya);
        priya.navigate("/groups");
        assertThat(priya.locator("[data-testid=classes]")).containsText("Journey strength and balance");
        assertAccessible(priya);
        assertNoHorizontalScroll(priya);
        priya.navigate("/groups/classes/new");
        priya.click("button:has-text('Set up class')");
        assertThat(priya.locator(".nhsuk-error-summary")).containsText("Enter the class name");
        assertAccessible(priya);
        assertNoHorizontalScroll(priya);
    }
}
