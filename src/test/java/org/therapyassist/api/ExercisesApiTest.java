package org.therapyassist.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.exercises.PdfText;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The exercises and programme API as a client sees it: library, builder, refusals, the sheet PDF, OpenAPI. */
@IntegrationTest
class ExercisesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    String exerciseId(String region, String name) throws Exception {
        String body = mvc.perform(as("pt.demo", get("/api/v1/exercises").param("region", region)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(body, "$[?(@.name == '" + name + "')].id").getFirst();
    }

    @Test
    void theLibraryIsListedFilteredAndDrawn() throws Exception {
        mvc.perform(as("sw.demo", get("/api/v1/exercises").param("size", "200"))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(60))));
        mvc.perform(as("pt.demo", get("/api/v1/exercises").param("category", "RESPIRATORY"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].category",
                        Matchers.everyItem(Matchers.is("RESPIRATORY"))));
        String id = exerciseId("KNEE", "Sit to stand");
        mvc.perform(as("pt.demo", get("/api/v1/exercises/" + id + "/drawing.svg")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")));
        mvc.perform(as("pt.demo", get("/api/v1/exercises").param("region", "ELBOW")))
                .andExpect(status().isBadRequest());
        mvc.perform(as("pt.demo", post("/api/v1/exercises")).content("""
                {"name": "", "region": "KNEE", "category": "STRENGTH", "pose": "sit", "startingPosition": "Sit.",
                 "steps": "Stand.", "safety": "Careful.", "defaultFrequency": "Daily"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("name")));
        mvc.perform(as("sw.demo", post("/api/v1/exercises")).content("""
                {"name": "Mine", "region": "KNEE", "category": "STRENGTH", "pose": "sit", "startingPosition": "Sit.",
                 "steps": "Stand.", "safety": "Careful.", "defaultFrequency": "Daily"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTherapistBuildsAProgrammeAndStaleOrExcessiveChangesAreRefused() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        String base = "/api/v1/episodes/" + episode.id() + "/exercise-programme";
        String sts = exerciseId("KNEE", "Sit to stand");
        String added = mvc.perform(as("pt.demo", post(base)).content("""
                {"exerciseId": "%s", "maxSets": 3, "maxRepetitions": 12}""".formatted(sts)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dose").value("2 sets of 8 times, twice a day"))
                .andReturn().getResponse().getContentAsString();
        String item = JsonPath.read(added, "$.id");
        mvc.perform(as("pt.demo", post(base)).content("""
                {"exerciseId": "%s", "sets": 5, "maxSets": 3}""".formatted(sts)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("sets")));
        mvc.perform(as("sw.demo", post(base)).content("""
                {"activity": "Walk"}""")).andExpect(status().isForbidden());

        String change = """
                {"version": %d, "sets": 3, "repetitions": %d, "frequency": "Twice a day", "maxSets": 3, "maxRepetitions": 12}""";
        mvc.perform(as("pt.demo", put("/api/v1/programme-items/" + item)).content(change.formatted(0, 10)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("pt.demo", put("/api/v1/programme-items/" + item)).content(change.formatted(0, 11)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("programme.stale"));
        mvc.perform(as("megan.ap", put("/api/v1/programme-items/" + item)).content(change.formatted(1, 14)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("programme.beyond-limits"));
        mvc.perform(as("pt.demo", get(base))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].limits").value("Up to 3 sets, 12 times"));

        byte[] pdf = mvc.perform(as("pt.demo", get("/api/v1/episodes/" + episode.id() + "/home-sheet.pdf")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        Assertions.assertThat(PdfText.of(pdf)).contains("Sit to stand", "3 sets of 10 times");
        mvc.perform(as("chloe.sw", get("/api/v1/episodes/" + episode.id() + "/home-sheet.pdf")))
                .andExpect(status().isForbidden());

        mvc.perform(as("pt.demo", delete("/api/v1/programme-items/" + item).param("version", "0")))
                .andExpect(status().isConflict());
        mvc.perform(as("pt.demo", delete("/api/v1/programme-items/" + item).param("version", "1")))
                .andExpect(status().isNoContent());
        mvc.perform(as("pt.demo", get(base))).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theOpenApiDocumentDescribesExercisesProgrammesAndTheSheet() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/exercises")))
                .andExpect(content().string(containsString("/api/v1/episodes/{id}/exercise-programme")))
                .andExpect(content().string(containsString("/api/v1/episodes/{id}/home-sheet.pdf")));
    }
}
