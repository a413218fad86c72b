package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.IntegrationTest;

/**
 * The NHS.UK frontend's CSS as the app serves it (fitted by config/nhsuk-frontend-css.mjs at build time): it asks for
 * nothing from another site, so the Content Security Policy blocks nothing on any page, and every image it names is
 * there.
 */
@IntegrationTest
class FrontendAssetsTest {

    static final String CSS = "/vendor/nhsuk/nhsuk-frontend.min.css";

    @Autowired
    MockMvc mvc;

    @Test
    void theFrontendsStylesLoadNothingFromAnotherSiteAndEveryImageTheyNameIsServed() throws Exception {
        String css = mvc.perform(get(CSS)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // Arial, the next font in the frontend's own stack: Frutiger from assets.nhs.uk is for nhs.uk services only.
        assertThat(css).doesNotContain("assets.nhs.uk").doesNotContain("@font-face").contains("arial");
        Matcher url = Pattern.compile("url\\(([^)]+)\\)").matcher(css);
        List<String> named = url.results().map(m -> m.group(1)).distinct().toList();
        assertThat(named).isNotEmpty().allMatch(u -> u.startsWith("/vendor/nhsuk/assets/"));
        for (String image : named) {
            mvc.perform(get(image)).andExpect(status().isOk());
        }
    }
}
