package org.therapyassist.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The menu comes from the server, from the rule that guards each page: Induction for registered therapists and the
 * support worker lead (who plan inductions), never for a band 2 support worker; and each demo role sees exactly the
 * items it saw when the template decided.
 */
@IntegrationTest
class MainMenuPagesTest {

    private static final Pattern MENU = Pattern.compile(
            "<nav class=\"nhsuk-header__navigation\" aria-label=\"Menu\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile(
            "<a class=\"nhsuk-header__navigation-link\" href=\"([^\"]*)\"[^>]*>([^<]*)(?:<span class=\"ta-count\"[^>]*></span>)?</a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void inductionIsInTheMenuOfTheSupportWorkerLeadAndRegistrantsButNotOfABand2SupportWorker() throws Exception {
        assertThat(menu("joanne.swl", "/my-day")).contains("Induction /induction");
        assertThat(menu("pt.demo", "/inbox")).contains("Induction /induction");
        assertThat(menu("lead.demo", "/inbox")).contains("Induction /induction");
        assertThat(menu("hca.demo", "/my-day")).noneMatch(item -> item.startsWith("Induction"));
        assertThat(menu("nia.hca", "/my-day")).noneMatch(item -> item.startsWith("Induction"));
    }

    @Test
    void eachRoleSeesTheItemsItsPagesAllow() throws Exception {
        assertThat(labels("hca.demo", "/my-day")).containsExactly("My day", "Patients", "Exercises", "My development",
                "Groups", "Equipment", "Staff", "Pulse");
        assertThat(labels("megan.ap", "/my-day")).containsExactly("My day", "Patients", "Exercises", "My development",
                "Groups", "Equipment", "Staff", "Pulse");
        assertThat(labels("joanne.swl", "/my-day")).containsExactly("My day", "Patients", "Exercises", "My development",
                "Gap analysis", "Induction", "Groups", "Equipment", "Staff", "Pulse");
        assertThat(labels("pt.demo", "/inbox")).containsExactly("Inbox", "Patients", "Referrals", "Exercises",
                "Gap analysis", "Induction", "Groups", "Equipment", "Staff", "Pulse");
        assertThat(labels("lead.demo", "/inbox")).containsExactly("Inbox", "Patients", "Referrals", "Exercises",
                "Visits", "Team",
                "Gap analysis", "Induction", "Groups", "Equipment", "Staff", "Sign-in alerts", "Pulse");
        assertThat(labels("admin.demo", "/staff")).containsExactly("Staff", "Accounts", "Sign-in alerts");
        // The community OT plans her team's visits; the stroke ward's physiotherapist (above) has none to plan.
        assertThat(labels("ot.demo", "/inbox")).contains("Visits");
    }

    @Test
    void thePageMarksItsOwnItemAsCurrent() throws Exception {
        Matcher nav = MENU.matcher(page("pt.demo", "/referrals"));
        assertThat(nav.find()).isTrue();
        assertThat(nav.group(1))
                .contains("<li class=\"nhsuk-header__navigation-item nhsuk-header__navigation-item--current\">")
                .contains("href=\"/referrals\" aria-current=\"page\">Referrals</a>");
        assertThat(nav.group(1).split("aria-current=", -1)).as("one current item").hasSize(2);
    }

    /** Each item as "label href". */
    private List<String> menu(String username, String path) throws Exception {
        Matcher nav = MENU.matcher(page(username, path));
        assertThat(nav.find()).as("the page has the menu").isTrue();
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(nav.group(1));
        while (item.find()) {
            items.add(item.group(2) + " " + item.group(1));
        }
        return items;
    }

    private List<String> labels(String username, String path) throws Exception {
        return menu(username, path).stream().map(i -> i.substring(0, i.lastIndexOf(' '))).toList();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
