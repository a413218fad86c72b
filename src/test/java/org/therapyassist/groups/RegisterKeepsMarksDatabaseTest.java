package org.therapyassist.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Stage;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** A register refused for one mistake comes back with every mark, note and measure that was entered (H52). */
@IntegrationTest
class RegisterKeepsMarksDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    GroupClasses classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void h52_aRegisterWithOneMistakeComesBackWithEveryMarkNoteAndMeasureEntered() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        var c = classes.create(pt,
                new GroupClasses.NewClass(pt.teamId(), "Marks " + UUID.randomUUID().toString().substring(0, 6),
                        ClassType.FALLS_PREVENTION, 6, Stage.SENIOR_SUPPORT_WORKER, "Sit to stand x 10", "Therapy gym",
                        DayOfWeek.TUESDAY, LocalTime.of(10, 30), 60));
        List<Episode> people = List.of(fixtures.patientWithEpisode(pt), fixtures.patientWithEpisode(pt),
                fixtures.patientWithEpisode(pt));
        people.forEach(e -> enrolments.enrol(pt, c.id(), e.id()));
        var session = classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today(), 1,
                fixtures.user("sw.demo").staffId())).getFirst();
        UUID a = people.get(0).patientId();
        UUID b = people.get(1).patientId();
        UUID d = people.get(2).patientId();

        // Two marked with notes and a measure; the third forgotten.
        String page = mvc.perform(post("/groups/sessions/" + session.id() + "/register")
                .with(user(fixtures.principal("sw.demo"))).with(csrf()).with(fixtures.formToken("sw.demo"))
                .param("version", "" + session.version())
                .param("patient-0", a.toString()).param("patient-1", b.toString()).param("patient-2", d.toString())
                .param("outcome-" + a, "ATTENDED").param("note-" + a, "Progressed to 2 kg wrist weights")
                .param("measure-" + a, "TUG").param("measureValue-" + a, "13.4")
                .param("outcome-" + b, "CANCELLED").param("note-" + b, "Rang in with a cold")
                .param("groupNote", "Whole group moved to level 2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Choose attended, did not attend or cancelled");
        assertThat(checked(page, "outcome-" + a)).isEqualTo("ATTENDED");
        assertThat(checked(page, "outcome-" + b)).isEqualTo("CANCELLED");
        assertThat(checked(page, "outcome-" + d)).isNull();
        assertThat(page).contains(">Progressed to 2 kg wrist weights</textarea>")
                .contains(">Rang in with a cold</textarea>");
        assertThat(page).containsPattern("<option value=\"TUG\" selected=\"selected\"");
        assertThat(page).contains("value=\"13.4\"").contains("Whole group moved to level 2");
        assertThat(jdbc.sql("select count(*) from group_record where session_id = ?").param(session.id())
                .query(Long.class).single()).isZero();
    }

    /** The value of the checked radio of a group on the page, or null when none is checked. */
    static String checked(String page, String name) {
        var m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(page);
        while (m.find()) {
            String input = m.group();
            if (input.contains("checked")) {
                var value = Pattern.compile("value=\"([^\"]+)\"").matcher(input);
                return value.find() ? value.group(1) : null;
            }
        }
        return null;
    }
}
