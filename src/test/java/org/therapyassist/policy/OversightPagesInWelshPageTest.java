package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** "Who can do what", the audit trail check and the sign-in alerts for a Welsh browser. */
@IntegrationTest
class OversightPagesInWelshPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String page(String username, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePolicyAuditAndSignInAlertPagesAreInWelsh() throws Exception {
        assertThat(page("lead.demo", "/policy", "cy")).contains("Pwy sy", "Lle mae", "Ei enw yn rhestr reolau")
                .contains(">Cleifion<", "Cofrestru claf",
                        "Therapyddion cofrestredig, arweinwyr tîm a systemau eraill y sefydliad",
                        "Yn cyrraedd eu cofnodion eu hunain.", "Ar gyfer gweithwyr cymorth, yn ôl mesur:")
                .doesNotContain("??", "Register a patient", "Registered therapists", "their own records");
        assertThat(page("lead.demo", "/policy", "en-GB")).contains(">Patients<", "Register a patient",
                "Registered therapists, team leads and other systems of the organisation",
                "Reaches their own records.");
        assertThat(page("lead.demo", "/audit/verify", "cy")).contains("Gwirio", "Pwyntiau gwirio wedi")
                .doesNotContain("??");
        assertThat(page("admin.demo", "/security/sign-in-alerts", "cy")).contains("Rhybuddion mewngofnodi",
                "munud").doesNotContain("??");
        assertThat(page("admin.demo", "/security/sign-in-alerts", "en-GB")).contains("Sign-in alerts", "minutes");
    }

    @Test
    void aRefusalByThePolicyComesInTheCallersLanguageWithTheSameCode() throws Exception {
        String body = "{\"itemCode\": \"SLING\", \"storeId\": \"%s\", \"label\": \"x\"}".formatted(UUID.randomUUID());
        mvc.perform(post("/api/v1/equipment/assets").with(httpBasic("sw.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "cy"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"))
                .andExpect(jsonPath("$.detail").value(
                        "Ni chewch wneud hyn (ychwanegu ased at y gofrestr): mae ar gyfer arweinwyr tîm ac arweinwyr offer."));
        mvc.perform(post("/api/v1/equipment/assets").with(httpBasic("sw.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "en-GB"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(
                        "You cannot add an asset to the register: it is for team leads and equipment leads."));
    }

    /** A field message from Bean Validation on an API body: from the bundles, so in the caller's language too. */
    @Test
    void anApiFieldMessageComesInWelsh() throws Exception {
        mvc.perform(post("/api/v1/equipment/movements").with(httpBasic("sw.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").header("Accept-Language", "cy"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Dewiswch beth ddigwyddodd"));
    }
}
