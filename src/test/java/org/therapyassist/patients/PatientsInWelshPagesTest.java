package org.therapyassist.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Finding and adding a patient in Welsh, with the refusals in Welsh too. */
@IntegrationTest
class PatientsInWelshPagesTest {

    private static final String PT = "pt.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theSearchAndNewPatientPagesAreInWelsh() throws Exception {
        String search = mvc.perform(get("/patients").param("q", "Zzzznobody").with(user(fixtures.principal(PT)))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(search).contains(">Dod o hyd i glaf</h1>").contains(">Dim cleifion wedi’u canfod<")
                .contains(">Chwilio<").doesNotContain("Find a patient").doesNotContain("??");

        String form = mvc.perform(get("/patients/new").with(user(fixtures.principal(PT)))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains(">Ychwanegu claf</h1>").contains(">Risg o gwympo<").contains(">Cod post<");
    }

    @Test
    void aMissingNameAndADuplicateNhsNumberAreRefusedInWelsh() throws Exception {
        String missing = mvc.perform(newPatient(Fixtures.nextNhsNumber()).param("familyName", "")
                .header("Accept-Language", "cy")).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Rhowch y cyfenw").doesNotContain("Enter the last name");

        String nhs = Fixtures.nextNhsNumber();
        mvc.perform(newPatient(nhs).param("familyName", "Lovelace")).andExpect(redirectedUrlPattern("/patients/*"));
        String duplicate = mvc.perform(newPatient(nhs).param("familyName", "Lovelace")
                .header("Accept-Language", "cy")).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("wedi&#39;i gofrestru eisoes. Chwiliwch amdano yn lle hynny.");
    }

    @Test
    void aPatientsAlertsReadInWelshOnTheRecord() throws Exception {
        String created = mvc.perform(newPatient(Fixtures.nextNhsNumber()).param("familyName", "Hopkin")
                .param("alerts", "FALLS_RISK").param("alertNote", "Two falls at home"))
                .andExpect(redirectedUrlPattern("/patients/*")).andReturn().getResponse().getRedirectedUrl();
        String record = mvc.perform(get(created).with(user(fixtures.principal(PT))).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(record).contains("Risg o gwympo: Two falls at home").doesNotContain("Falls risk");
    }

    private MockHttpServletRequestBuilder newPatient(String nhsNumber) {
        return post("/patients").with(user(fixtures.principal(PT))).with(csrf()).with(fixtures.formToken(PT))
                .param("nhsNumber", nhsNumber).param("givenName", "Ada").param("dateOfBirthDay", "10")
                .param("dateOfBirthMonth", "12").param("dateOfBirthYear", "1950").param("address", "1 High Street")
                .param("postcode", "LS1 4AB");
    }
}
