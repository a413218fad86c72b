package org.therapyassist.patients;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Adding a patient on the page: what was typed comes back with each message in the error summary linking to its field
 * and beside it, and the rules are the API's own (one NewPatient, validated once).
 */
@IntegrationTest
class PatientPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder form() {
        return post("/patients").with(user(fixtures.principal("pt.demo"))).with(csrf())
                .with(fixtures.formToken("pt.demo"));
    }

    @Test
    void theEmptyFormShowsNoErrors() throws Exception {
        mvc.perform(get("/patients/new").with(user(fixtures.principal("pt.demo")))).andExpect(status().isOk())
                .andExpect(content().string(
                        allOf(containsString("<title>Add a patient"), not(containsString("There is a problem")))));
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndEachMessageLinkedToItsField() throws Exception {
        mvc.perform(form().param("nhsNumber", "943 476 5918").param("givenName", "Ada").param("familyName", "")
                .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "1950")
                .param("address", "1 High Street").param("postcode", "LS1 4AB")
                .param("alerts", "FALLS_RISK").param("alerts", "NOT_A_KIND"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Add a patient"),
                        containsString("<a href=\"#dateOfBirth\">Date of birth must be a real date</a>"),
                        containsString("<a href=\"#familyName\">Enter the last name</a>"),
                        containsString("<a href=\"#alerts\">Choose one of the options</a>"),
                        containsString("id=\"familyName-error\""),
                        containsString("value=\"943 476 5918\""),
                        containsString("value=\"Ada\""),
                        containsString("value=\"31\""),
                        containsString("value=\"FALLS_RISK\" checked=\"checked\""))));
    }

    @Test
    void aValidFormAddsThePatientAndAnNhsNumberAlreadyRegisteredIsShownBesideItsField() throws Exception {
        String nhsNumber = Fixtures.nextNhsNumber();
        MockHttpServletRequestBuilder patient = form().param("nhsNumber", nhsNumber).param("givenName", "Ada")
                .param("familyName", "Lovelace").param("dateOfBirthDay", "10").param("dateOfBirthMonth", "12")
                .param("dateOfBirthYear", "1950").param("address", "1 High Street").param("postcode", "LS1 4AB");
        mvc.perform(patient).andExpect(redirectedUrlPattern("/patients/*"));
        mvc.perform(form().param("nhsNumber", nhsNumber).param("givenName", "Ada")
                .param("familyName", "Lovelace").param("dateOfBirthDay", "10").param("dateOfBirthMonth", "12")
                .param("dateOfBirthYear", "1950").param("address", "1 High Street").param("postcode", "LS1 4AB"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        allOf(containsString("<a href=\"#nhsNumber\">"), containsString("id=\"nhsNumber-error\""))));
    }
}
