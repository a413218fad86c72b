package org.therapyassist.staff.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Administrators' accounts work, through the API and the pages (H58, H59). */
@IntegrationTest
class StaffAccountsDatabaseTest {

    static final AtomicInteger NEXT = new AtomicInteger();
    static final String PASSWORD = "four green kettles";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcClient jdbc;

    /** Failed sign-ins on purpose come from an address of their own, not 127.0.0.1 that other tests share. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").with(csrf()).param("username", username).param("password", password)
                .with(from("203.0.113.58"));
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(fixtures.principal(username))).contentType(MediaType.APPLICATION_JSON);
    }

    String added(String jobRole, String hcpc) throws Exception {
        String username = "acct" + NEXT.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"username": "%s", "givenName": "Jo", "familyName": "Tester", "jobRole": "%s", "band": 3,
                 %s"password": "%s"}""".formatted(username, jobRole,
                hcpc == null ? "" : "\"hcpcNumber\": \"" + hcpc + "\", ", PASSWORD);
        String answer = mvc.perform(as("admin.demo", post("/api/v1/admin/staff")).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.enabled").value(true)).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id") + " " + username;
    }

    @Test
    void h58_aDisabledAccountCannotSignInAndEnabledAgainItCan() throws Exception {
        String[] account = added("SUPPORT_WORKER", null).split(" ");
        mvc.perform(signIn(account[1], PASSWORD)).andExpect(authenticated());

        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + account[0] + "/disable")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(signIn(account[1], PASSWORD))
                .andExpect(unauthenticated());

        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + account[0] + "/enable")))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(signIn(account[1], PASSWORD)).andExpect(authenticated());
        mvc.perform(as("admin.demo", get("/api/v1/admin/staff/" + account[0])))
                .andExpect(jsonPath("$.lastSignedInAt").exists());
    }

    @Test
    void h59_anAdministratorCannotDisableOrDemoteThemselves() throws Exception {
        String me = fixtures.user("admin.demo").staffId().toString();
        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + me + "/disable")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value(StaffAccounts.CANNOT_DISABLE_SELF));
        mvc.perform(as("admin.demo", put("/api/v1/admin/staff/" + me)).content("""
                {"jobRole": "SUPPORT_WORKER", "band": 3}"""))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value(StaffAccounts.CANNOT_DEMOTE_SELF));
        assertThat(accounts.findByUsername("admin.demo").orElseThrow().enabled()).isTrue();
    }

    @Test
    void changesJobRoleBandAndTeamAndResetsThePassword() throws Exception {
        String[] account = added("SUPPORT_WORKER", null).split(" ");
        mvc.perform(as("admin.demo", put("/api/v1/admin/staff/" + account[0])).content("""
                {"jobRole": "PHYSIOTHERAPIST", "band": 5}"""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("hcpcNumber")));
        mvc.perform(as("admin.demo", put("/api/v1/admin/staff/" + account[0])).content("""
                {"jobRole": "PHYSIOTHERAPIST", "band": 5, "hcpcNumber": "PH123999"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobRole").value("PHYSIOTHERAPIST"))
                .andExpect(jsonPath("$.band").value(5));

        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + account[0] + "/password")).content("""
                {"password": "short"}""")).andExpect(status().isBadRequest());
        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + account[0] + "/password")).content("""
                {"password": "a brand new passphrase"}""")).andExpect(status().isNoContent());
        mvc.perform(signIn(account[1], PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(signIn(account[1], "a brand new passphrase"))
                .andExpect(authenticated());
    }

    @Test
    void aTakenUsernameIsAConflictAndOnlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(as("admin.demo", post("/api/v1/admin/staff")).content("""
                {"username": "pt.demo", "givenName": "Jo", "familyName": "Tester", "jobRole": "SUPPORT_WORKER",
                 "band": 3, "password": "%s"}""".formatted(PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(StaffAccounts.USERNAME_TAKEN));
        mvc.perform(as("lead.demo", get("/api/v1/admin/staff"))).andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", post("/api/v1/admin/staff")).content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff").with(user(fixtures.principal("pt.demo")))).andExpect(status().isForbidden());
        mvc.perform(as("admin.demo", get("/api/v1/admin/staff?size=200")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"username\":\"admin.demo\"")));
    }

    @Test
    void teamsAreAddedOnceByNameAndAccountChangesAreAudited() throws Exception {
        String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
        String answer = mvc.perform(as("admin.demo", post("/api/v1/admin/teams")).content("""
                {"name": "%s", "setting": "COMMUNITY"}""".formatted(name)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        String teamId = JsonPath.read(answer, "$.id");
        mvc.perform(as("admin.demo", post("/api/v1/admin/teams")).content("""
                {"name": "%s", "setting": "WARD"}""".formatted(name.toUpperCase())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(StaffAccounts.TEAM_EXISTS));
        mvc.perform(post("/admin/teams").with(user(fixtures.principal("admin.demo"))).with(csrf())
                .with(fixtures.formToken("admin.demo")).param("teamName", name).param("teamSetting", "WARD"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"teamName-error\"")));
        mvc.perform(as("admin.demo", get("/api/v1/admin/teams")))
                .andExpect(content().string(containsString(teamId)));

        String[] account = added("SUPPORT_WORKER", null).split(" ");
        mvc.perform(as("admin.demo", put("/api/v1/admin/staff/" + account[0])).content("""
                {"jobRole": "SENIOR_SUPPORT_WORKER", "band": 3, "teamId": "%s"}""".formatted(teamId)))
                .andExpect(jsonPath("$.teamName").value(name));
        mvc.perform(as("admin.demo", post("/api/v1/admin/staff/" + account[0] + "/disable")));
        assertThat(jdbc.sql("select action from audit_event where entity_id = ? order by seq")
                .param(UUID.fromString(account[0])).query(String.class).list())
                .contains("staff.account-added", "staff.account-changed", "staff.account-disabled");
    }

    @Test
    void thePagesAddAnAccountAndShowWhoLastSignedIn() throws Exception {
        String username = "page" + NEXT.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/staff").with(user(fixtures.principal("admin.demo"))).with(csrf())
                .with(fixtures.formToken("admin.demo")).param("givenName", "Pat").param("familyName", "Page")
                .param("username", username).param("jobRole", "SUPPORT_WORKER").param("band", "2")
                .param("password", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must be at least 12 characters")));
        mvc.perform(post("/admin/staff").with(user(fixtures.principal("admin.demo"))).with(csrf())
                .with(fixtures.formToken("admin.demo")).param("givenName", "Pat").param("familyName", "Page")
                .param("username", username).param("jobRole", "SUPPORT_WORKER").param("band", "2")
                .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/staff/*"));
        mvc.perform(get("/admin/staff?size=200").with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(username)));
        String me = fixtures.user("admin.demo").staffId().toString();
        mvc.perform(get("/admin/staff/" + me).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Disable account"))));
        // Both password forms ask for the password twice and say what it must be.
        mvc.perform(get("/admin/staff/new").with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk()).andExpect(content().string(
                        allOf(containsString("Type the password again"),
                                containsString("characters, not containing"))));
        mvc.perform(get("/admin/staff/" + me).with(user(fixtures.principal("admin.demo"))))
                .andExpect(content().string(containsString("Type the password again")));
    }
}
