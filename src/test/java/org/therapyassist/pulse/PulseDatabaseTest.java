package org.therapyassist.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class PulseDatabaseTest {

    @Autowired Fixtures fixtures;
    @Autowired Pulse pulse;
    @Autowired DataSource dataSource;

    Pulse.GroupMonth strokeThisMonth() {
        LocalDate month = PulseRules.monthOf(fixtures.today());
        return pulse.results(fixtures.user("lead.demo")).stream()
                .filter(r -> r.group().equals("Stroke ward") && r.month().equals(month)).findFirst().orElse(null);
    }

    @Test
    void aTeamsResultsAppearOnlyOnceFivePeopleHaveAnsweredAndEachPersonAnswersOnce() {
        List<String> stroke = List.of("pt.demo", "sw.demo", "hca.demo", "fiona.ot", "megan.ap");
        for (int i = 0; i < 4; i++) {
            pulse.answer(fixtures.user(stroke.get(i)), 2 + i % 3, 3, 2);
        }
        assertThat(pulse.answeredThisMonth(fixtures.user("pt.demo"))).isTrue();
        assertThatThrownBy(() -> pulse.answer(fixtures.user("pt.demo"), 5, 5, 1))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("pulse.already-answered"));
        Pulse.GroupMonth four = strokeThisMonth();
        assertThat(four.enoughResponses()).isFalse();
        assertThat(four.feelValued()).isNull();
        assertThat(four.percentFeelValued()).isNull();

        pulse.answer(fixtures.user(stroke.get(4)), 5, 4, 1);
        Pulse.GroupMonth five = strokeThisMonth();
        assertThat(five.enoughResponses()).isTrue();
        assertThat(five.feelValued()).isEqualTo(3.2); // (2 + 3 + 4 + 2 + 5) / 5
        assertThat(five.percentFeelValued()).isEqualTo(40);
    }

    @Test
    void anAnswerIsStoredWithoutAnythingThatIdentifiesThePerson() throws Exception {
        try (var c = dataSource.getConnection();
             var columns = c.getMetaData().getColumns(null, null, "pulse_response", null)) {
            List<String> names = new java.util.ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase());
            }
            assertThat(names).containsExactlyInAnyOrder("id", "organisation_id", "team_id", "answer_month", "feel_valued",
                    "would_recommend", "thinking_of_leaving");
        }
    }

    @Test
    void onlyTeamLeadsSeeResultsAndDemoMonthsWithTooFewAnswersStayHidden() {
        assertThatThrownBy(() -> pulse.results(fixtures.user("sw.demo"))).isInstanceOf(NotAllowedException.class);
        var results = pulse.results(fixtures.user("lead.demo"));
        assertThat(results).anySatisfy(r -> {
            assertThat(r.group()).isEqualTo("MSK outpatients");
            assertThat(r.enoughResponses()).isFalse();
            assertThat(r.feelValued()).isNull();
        });
        assertThat(results).anySatisfy(r -> assertThat(r.group()).isEqualTo("Whole service"));
    }
}
