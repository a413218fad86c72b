package org.therapyassist.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Group classes in Welsh: the pages, the weekly pattern with Welsh day names, and the rules' messages. */
@IntegrationTest
class GroupsWelshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theGroupClassesPageIsInWelsh() throws Exception {
        String page = mvc.perform(get("/groups").with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"", "Dosbarthiadau grŵp",
                "Sesiynau yn ystod y 7 diwrnod diwethaf a&#39;r 7 nesaf").doesNotContain("??", "Sessions in the last");
    }

    @Test
    void aClassMeetsOnAWelshDayInWelsh() {
        var template = new GroupClasses.ClassTemplate(null, null, "Tîm", "Atal cwympiadau", ClassType.FALLS_PREVENTION,
                12, null, List.of(), "Campfa", DayOfWeek.TUESDAY, LocalTime.of(10, 0), 60, 0, 0, true, 0);
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            assertThat(template.pattern()).isEqualTo("Bob dydd Mawrth am 10:00, 60 munud");
            assertThat(ClassType.FALLS_PREVENTION.title()).isEqualTo("Atal cwympiadau");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(template.pattern()).isEqualTo("Tuesdays at 10:00 for 60 minutes");
    }

    @Test
    void aClassWithNoNameIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/group-classes").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "cy").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Rhowch enw'r dosbarth (120 o nodau neu lai)")));
    }
}
