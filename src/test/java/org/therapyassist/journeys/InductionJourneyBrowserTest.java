package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.therapyassist.reminders.ReminderGroup;
import org.therapyassist.support.IntegrationTest;

/**
 * A lead on a 360 px phone opens the induction overview, signs off a Care Certificate standard for the new starter
 * and sees her progress move; then checks who is arriving in the team. Every page is axe-clean and never scrolls
 * sideways.
 */
@IntegrationTest
class InductionJourneyBrowserTest extends BrowserJourney {

    static final String STANDARD = "Standard 4: Equality, diversity, inclusion and human rights";

    static void checkPage(Page page) {
        assertAccessible(page);
        assertNoHorizontalScroll(page);
    }

    @Test
    void leadSignsOffACareCertificateStandardForANewStarterAndProgressMoves() {
        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/induction");
        assertThat(lead.locator("h1")).hasText("Induction");
        var nia = lead.locator("[data-testid=starter]", new Page.LocatorOptions().setHasText("Nia Roberts"));
        assertThat(nia.locator("[data-testid=starter-progress]")).containsText("6 weeks in");
        checkPage(lead);

        nia.locator("a").click();
        assertThat(lead.locator("h1")).hasText("Induction: Nia Roberts");
        String before = lead.locator("[data-testid=plan-progress]").textContent();
        int doneBefore = Integer.parseInt(before.substring(0, before.indexOf(' ')));
        checkPage(lead);

        var item = lead.locator("[data-item='" + STANDARD + "']");
        item.locator("input[name=note]").fill("Discussed respecting beliefs at mealtimes; observed with two patients.");
        item.locator("button").click();
        assertThat(lead.locator("[data-testid=banner]")).hasText("Induction item signed off.");
        assertThat(lead.locator("[data-testid=plan-progress]"))
                .containsText((doneBefore + 1) + " of 21 items signed off");
        assertThat(lead.locator("[data-item='" + STANDARD + "']")).containsText("By Lorna Davenport");
        assertThat(lead.locator("[data-item='" + STANDARD + "'] button")).hasCount(0);
        checkPage(lead);

        lead.navigate("/rotations");
        assertThat(lead.locator("[data-testid=arrival]").first()).containsText("Ben Hughes");
        checkPage(lead);
        lead.locator("[data-testid=arrival] a").first().click();
        lead.click("button:has-text('Start placement')");
        assertThat(lead.locator("[data-testid=problem]")).containsText("handover checklist is complete");
        checkPage(lead);
    }

    @Test
    void aNewStarterSeesTheirRemindersOnMyDayAndCanDismissOne() {
        Page nia = browser.signIn("nia.hca", true);
        nia.navigate("/my-day");
        // Her own induction plan is a tap away from her day.
        assertThat(nia.locator("[data-testid=my-induction]")).containsText("items signed off");
        nia.click("[data-testid=my-induction] a");
        assertThat(nia.locator("h1")).containsText("Induction");
        nia.navigate("/my-day");
        var reminder = nia.locator("[data-testid=reminder]").first();
        assertThat(reminder).isVisible();
        checkPage(nia);
        int count = nia.locator("[data-testid=reminder]").count();
        reminder.locator("button").click();
        assertThat(nia.locator("text=Reminder dismissed.")).isVisible();
        assertThat(nia.locator("[data-testid=reminder]")).hasCount(count - 1);
    }

    @Test
    void aLeadSeesRemindersInGroupsAndClearsAGroupTogether() {
        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/inbox");
        var groups = lead.locator("[data-testid=reminder-group]");
        assertThat(groups.first()).isVisible();
        // One card per kind of work, each showing at most five reminders: never one Dismiss per reminder of the team.
        int groupCount = groups.count();
        Assertions.assertThat(groupCount)
                .isLessThanOrEqualTo(ReminderGroup.values().length);
        Assertions.assertThat(lead.locator("[data-testid=reminder]").count())
                .isLessThanOrEqualTo(groupCount * 5);
        checkPage(lead);

        String group = groups.first().getAttribute("data-group");
        var first = lead.locator("[data-testid=reminder-group][data-group=" + group + "]");
        assertThat(first.locator("[data-testid=reminder-headline]")).containsText(" ");
        first.locator("[data-testid=dismiss-group]").click();
        assertThat(lead.locator("text=dismissed.")).isVisible();
        assertThat(lead.locator("[data-testid=reminder-group][data-group=" + group + "]")).hasCount(0);

        lead.navigate("/reminders");
        assertThat(lead.locator("h1")).hasText("Your reminders");
        checkPage(lead);
    }
}
