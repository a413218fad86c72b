package org.therapyassist.staff.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.support.IntegrationTest;

/**
 * The set-up link of a real service's first start (H57). The shared test service is the demo, which has
 * administrators, so each test that needs a service without one turns the demo's administrators into team leads
 * inside its own transaction; everything, the set-up included, is rolled back at the end.
 */
@IntegrationTest
@Transactional
class ServiceSetupDatabaseTest {

    static final String PASSWORD = "three blue kettles";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceSetup setup;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    Clock clock;

    String aServiceWithNoAdministrator() {
        // Whatever set the service up before (another test, the set-up journey in a browser) is forgotten too.
        jdbc.sql("update staff_member set job_role = 'TEAM_LEAD' where job_role = 'ADMINISTRATOR'").update();
        jdbc.sql("delete from service_setup").update();
        return setup.issue().orElseThrow();
    }

    static MockHttpServletRequestBuilder setUp(String token, String odsCode, String username) {
        return setUp(token, odsCode, username, PASSWORD, PASSWORD);
    }

    static MockHttpServletRequestBuilder setUp(String token, String odsCode, String username, String password,
            String confirmation) {
        return post("/setup/" + token).with(csrf()).param("organisationName", "Northshire Community Health")
                .param("odsCode", odsCode).param("givenName", "Alex").param("familyName", "Morgan")
                .param("band", "6").param("username", username).param("password", password)
                .param("confirmPassword", confirmation);
    }

    long organisations(String odsCode) {
        return jdbc.sql("select count(*) from organisation where ods_code = ?").param(odsCode).query(Long.class)
                .single();
    }

    static String odsCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }

    @Test
    void h57_theLinkCreatesTheOrganisationAndItsFirstAdministratorWhoThenSignsIn() throws Exception {
        String token = aServiceWithNoAdministrator();
        String ods = odsCode();
        mvc.perform(get("/setup/" + token)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Set up Therapy Assist"),
                        not(containsString("There is a problem")))));

        mvc.perform(setUp(token, ods.toLowerCase(), " A.Morgan ")).andExpect(redirectedUrl("/login?setup"));

        assertThat(organisations(ods)).isOne();
        var account = accounts.findByUsername("a.morgan").orElseThrow();
        assertThat(account.user().roles()).containsExactly(Role.ADMIN);
        assertThat(account.passwordHash()).doesNotContain(PASSWORD);
        assertThat(account.maySignIn(clock.instant())).isTrue();
        mvc.perform(get("/login?setup")).andExpect(content().string(containsString("The service is set up.")));
        mvc.perform(formLogin("/login").user("a.morgan").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void h57_aSecondPostOfTheLinkIsRefusedAndMakesNoSecondOrganisation() throws Exception {
        String token = aServiceWithNoAdministrator();
        String ods = odsCode();
        mvc.perform(setUp(token, ods, "first.admin")).andExpect(redirectedUrl("/login?setup"));
        mvc.perform(setUp(token, ods, "second.admin")).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("already set up")));
        assertThat(organisations(ods)).isOne();
        assertThat(accounts.findByUsername("second.admin")).isEmpty();
    }

    @Test
    void h57_aUsedLinkStaysDeadEvenWithNoAdministratorLeft() throws Exception {
        String token = aServiceWithNoAdministrator();
        mvc.perform(setUp(token, odsCode(), "gone.admin")).andExpect(redirectedUrl("/login?setup"));
        jdbc.sql("delete from service_setup").update();
        jdbc.sql("update staff_member set job_role = 'TEAM_LEAD' where username = 'gone.admin'").update();

        mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
        mvc.perform(setUp(token, odsCode(), "again.admin")).andExpect(status().isNotFound());
        assertThat(accounts.findByUsername("again.admin")).isEmpty();
    }

    @Test
    void h57_aWrongOrExpiredLinkIsRefusedAndWritesNothing() throws Exception {
        String token = aServiceWithNoAdministrator();
        String ods = odsCode();
        mvc.perform(get("/setup/" + token + "x")).andExpect(status().isNotFound());
        mvc.perform(setUp("not-a-link", ods, "wrong.admin")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This set-up link does not work")));

        jdbc.sql("update setup_token set expires_at = ? where token_hash = ?")
                .params(Time.db(clock.instant().minus(Duration.ofMinutes(1))), SetupTokens.hash(token)).update();
        mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
        mvc.perform(setUp(token, ods, "late.admin")).andExpect(status().isNotFound());

        assertThat(organisations(ods)).isZero();
        assertThat(accounts.findByUsername("wrong.admin")).isEmpty();
        assertThat(accounts.findByUsername("late.admin")).isEmpty();
    }

    @Test
    void h57_restartingReplacesTheLinkSoOnlyTheNewestWorks() throws Exception {
        String first = aServiceWithNoAdministrator();
        String second = setup.issue().orElseThrow();
        mvc.perform(get("/setup/" + first)).andExpect(status().isNotFound());
        mvc.perform(get("/setup/" + second)).andExpect(status().isOk());
    }

    @Test
    void h57_noLinkIsPrintedOrWorksOnceTheServiceHasAnAdministrator() throws Exception {
        assertThat(setup.issue()).isEmpty();
        mvc.perform(get("/setup/anything")).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("already set up")));
        mvc.perform(setUp("anything", odsCode(), "late.admin")).andExpect(status().isForbidden());
        assertThat(accounts.findByUsername("late.admin")).isEmpty();
    }

    @Test
    void aRefusedFormSaysWhyBesideEachFieldAndKeepsTheLinkWorking() throws Exception {
        String token = aServiceWithNoAdministrator();
        String ods = odsCode();
        mvc.perform(post("/setup/" + token).with(csrf()).param("organisationName", "")
                .param("odsCode", "R!").param("givenName", "Alex").param("familyName", "Morgan")
                .param("band", "12").param("username", "a morgan").param("password", PASSWORD)
                .param("confirmPassword", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: Set up Therapy Assist"),
                        containsString("<a href=\"#organisationName\">Enter the organisation&#39;s name</a>"),
                        containsString("id=\"odsCode-error\""), containsString("Enter a band from 1 to 9"),
                        containsString("id=\"username-error\""), not(containsString(PASSWORD)))));
        mvc.perform(setUp(token, ods, "a.morgan", "short", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must be at least 12 characters")));
        mvc.perform(setUp(token, ods, "a.morgan", PASSWORD, "three blue kettle"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirmPassword-error\"")));
        mvc.perform(setUp(token, ods, "pt.demo")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone already has this username")));
        assertThat(organisations(ods)).isZero();

        mvc.perform(get("/setup/" + token)).andExpect(status().isOk());
    }
}
