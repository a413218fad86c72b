package org.therapyassist.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.IntegrationTest;

/**
 * A refusal before the call reaches a controller (no credentials, a bad token) is written by the security filters,
 * before Spring MVC sets the request's language: it still answers in the caller's language, with the same code, and
 * a FHIR client's OperationOutcome stays English.
 */
@IntegrationTest
class ApiRefusalsInWelshTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCallWithoutCredentialsIsToldInWelshWhatToSend() throws Exception {
        mvc.perform(get("/api/v1/patients").header("Accept-Language", "cy-GB,cy;q=0.9"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("auth.required"))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value(Matchers.anyOf(
                        Matchers.startsWith("Mewngofnodwch gyda"), Matchers.startsWith("Anfonwch docyn dwyn"))));
        mvc.perform(get("/api/v1/patients").header("Accept-Language", "en-GB"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(Matchers.anyOf(
                        Matchers.startsWith("Sign in with your"), Matchers.startsWith("Send a bearer token"))));
    }

    @Test
    void aBadBearerTokenIsRefusedInWelshButAFhirClientReadsEnglish() throws Exception {
        mvc.perform(get("/api/v1/patients").header("Authorization", "Bearer not-a-token")
                .header("Accept-Language", "cy")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(Matchers.anyOf(Matchers.is("auth.invalid-token"),
                        Matchers.is("auth.required"))))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("token was refused"))));
        mvc.perform(get("/fhir/Patient").header("Accept-Language", "cy")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.issue[0].diagnostics").value(Matchers.anyOf(
                        Matchers.startsWith("Sign in with your"), Matchers.startsWith("Send a bearer token"))));
    }

    /** The Idempotency-Key filter answers after sign-in but before Spring MVC: in the person's language too. */
    @Test
    void aBadIdempotencyKeyIsRefusedInWelsh() throws Exception {
        mvc.perform(post("/api/v1/equipment/movements").with(httpBasic("sw.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").header("Idempotency-Key", "x".repeat(300))
                .header("Accept-Language", "cy")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("idempotency.key-invalid"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Anfonwch un Idempotency-Key o 1 i ")));
    }
}
