package org.therapyassist.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.pulse.PulseRules.HiddenBecause;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class PulseDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Pulse pulse;
    @Autowired
    DataSource dataSource;

    @Test
    void eachPersonAnswersOnceAMonthAndTheMonthStillOpenIsNeverShown() {
        PulseResults before = pulse.results(fixtures.user("lead.demo"));
        List<String> stroke = List.of("pt.demo", "sw.demo", "hca.demo", "fiona.ot", "megan.ap");
        for (String who : stroke) {
            pulse.answer(fixtures.user(who), 4, 3, 2);
        }
        assertThat(pulse.answeredThisMonth(fixtures.user("pt.demo"))).isTrue();
        assertThatThrownBy(() -> pulse.answer(fixtures.user("pt.demo"), 5, 5, 1))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("pulse.already-answered"));

        PulseResults after = pulse.results(fixtures.user("lead.demo"));
        assertThat(after).isEqualTo(before);
        assertThat(after.months()).extracting(PulseResults.Month::month)
                .doesNotContain(PulseRules.monthOf(fixtures.today()))
                .allSatisfy(m -> assertThat(PulseRules.isReleased(m, fixtures.today())).isTrue());
        assertThat(after.nextReleasedOn()).isAfter(fixtures.today());
    }

    @Test
    void anAnswerIsStoredWithoutAnythingThatIdentifiesThePersonOrSaysWhen() throws Exception {
        assertThat(columns("pulse_response")).containsExactlyInAnyOrder("id", "organisation_id", "team_id",
                "answer_month",
                "feel_valued", "would_recommend", "thinking_of_leaving");
        // Who answered is kept apart, with no time and nothing shared with the answer but the month.
        assertThat(columns("pulse_answered")).containsExactlyInAnyOrder("organisation_id", "staff_id", "answer_month");
    }

    List<String> columns(String table) throws Exception {
        try (var c = dataSource.getConnection(); var columns = c.getMetaData().getColumns(null, null, table, null)) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase());
            }
            return names;
        }
    }

    @Test
    void onlyTeamLeadsSeeResultsAndTheDemoMonthsHideSmallTeamsWithTheReason() {
        assertThatThrownBy(() -> pulse.results(fixtures.user("sw.demo"))).isInstanceOf(NotAllowedException.class);
        var groups = pulse.results(fixtures.user("lead.demo")).months().stream()
                .flatMap(m -> m.groups().stream()).toList();
        assertThat(groups).filteredOn(g -> g.group().equals("MSK outpatients")).isNotEmpty().allSatisfy(g -> {
            assertThat(g.shown()).isFalse();
            assertThat(g.hiddenBecause()).isEqualTo(HiddenBecause.FEWER_THAN_FIVE_ANSWERS);
            assertThat(g.feelValued()).isNull();
            assertThat(g.answers()).isNull();
        });
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.group()).isEqualTo("Stroke ward");
            assertThat(g.hiddenBecause()).isEqualTo(HiddenBecause.PROTECTS_A_SMALLER_TEAM);
            assertThat(g.reason()).contains("subtraction");
        });
        assertThat(groups).filteredOn(g -> g.group().equals("Whole service")).isNotEmpty()
                .allSatisfy(g -> assertThat(g.feelValued()).isNotNull());
        assertThat(groups).anySatisfy(g -> assertThat(g.group()).isEqualTo("Other teams together"));
    }
}
