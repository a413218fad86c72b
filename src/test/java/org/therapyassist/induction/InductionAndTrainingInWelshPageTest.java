package org.therapyassist.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Induction, rotations and training for a Welsh browser: Welsh words, Welsh messages, no missing text. */
@IntegrationTest
class InductionAndTrainingInWelshPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void inductionRotationsAndTrainingPagesAreInWelsh() throws Exception {
        UUID hca = fixtures.user("hca.demo").staffId();
        assertThat(page("lead.demo", "/induction")).contains("Cyfnod sefydlu", "Dechreuwyr newydd",
                "Aseswyr y Dystysgrif Gofal", "Dechrau cynllun sefydlu").doesNotContain("??");
        assertThat(page("lead.demo", "/rotations")).contains("Cylchdroadau", "Cynllunio cylchdro", "Pwy sy")
                .doesNotContain("??");
        assertThat(page("lead.demo", "/staff/" + hca + "/induction")).contains("Cyfnod sefydlu:")
                .doesNotContain("??");
        assertThat(page("hca.demo", "/staff/" + hca + "/training")).contains("Hyfforddiant a chymwysterau",
                "Hyfforddiant gorfodol", "cwrs gorfodol mewn dyddiad", "PDF, PNG neu JPEG, hyd at 5 MB",
                "Tystysgrif Gofal").doesNotContain("??");
    }

    @Test
    void aRefusedRotationSaysWhyInWelsh() throws Exception {
        String body = mvc.perform(post("/rotations").with(user(fixtures.principal("lead.demo"))).with(csrf())
                .with(fixtures.formToken("lead.demo")).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Mae problem", "Dewiswch pwy sy", "Dewiswch y tîm y maent yn symud iddo");
    }
}
