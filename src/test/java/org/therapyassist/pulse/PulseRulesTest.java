package org.therapyassist.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.pulse.PulseRules.AnswerBand;
import org.therapyassist.pulse.PulseRules.GroupKind;
import org.therapyassist.pulse.PulseRules.HiddenBecause;
import org.therapyassist.pulse.PulseRules.ReleasedGroup;
import org.therapyassist.pulse.PulseRules.Tally;

class PulseRulesTest {

    static Tally team(String name, int answers) {
        // Every answer 3, 4 and 2 unless the test says otherwise: the rule looks at counts, not scores.
        return new Tally(UUID.nameUUIDFromBytes(name.getBytes()), name, answers, 3 * answers, 4 * answers, 2 * answers,
                0);
    }

    static Tally notInATeam(int answers) {
        return new Tally(null, null, answers, 3 * answers, 4 * answers, 2 * answers, 0);
    }

    static ReleasedGroup named(List<ReleasedGroup> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void scoresRunFromOneToFiveAndAllThreeAreNeeded() {
        PulseRules.validate(1, 5, 3);
        assertThatThrownBy(() -> PulseRules.validate(0, 5, 3))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("feelValued"));
        assertThatThrownBy(() -> PulseRules.validate(3, null, 6))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("wouldRecommend", "thinkingOfLeaving"));
    }

    @Test
    void anAnswerCountsForItsCalendarMonth() {
        assertThat(PulseRules.monthOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void deAnonymisedPulseByReadingBeforeAndAfterAnAnswer_theOpenMonthIsNeverReleasedAndAClosedOneOnTheSecondDayAfter() {
        LocalDate march = LocalDate.of(2027, 3, 1);
        for (LocalDate day = march; day.isBefore(LocalDate.of(2027, 4, 1)); day = day.plusDays(1)) {
            assertThat(PulseRules.isReleased(march, day)).as("open on %s", day).isFalse();
            assertThat(PulseRules.latestReleasedMonth(day)).isBefore(march);
        }
        assertThat(PulseRules.latestReleasedMonth(march)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PulseRules.latestReleasedMonth(LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(PulseRules.isReleased(march, LocalDate.of(2027, 4, 1))).as("the day after it ends").isFalse();
        assertThat(PulseRules.latestReleasedMonth(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(PulseRules.releaseDay(march)).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(PulseRules.isReleased(march, LocalDate.of(2027, 4, 2))).isTrue();
        assertThat(PulseRules.latestReleasedMonth(LocalDate.of(2027, 4, 2))).isEqualTo(march);
        assertThat(PulseRules.latestReleasedMonth(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void deAnonymisedPulseByDifferencing_aHiddenTeamOfOneIsNotRevealedByTheWholeServiceMinusTheShownTeams() {
        List<ReleasedGroup> groups = PulseRules.release(List.of(team("Alpha", 7), team("Beta", 6), team("Gamma", 1)),
                Tally.none(null, null));

        assertThat(groups).extracting(ReleasedGroup::name)
                .containsExactly("Whole service", "Alpha", "Beta", "Gamma", "Other teams together");
        assertThat(named(groups, "Whole service").shown()).isTrue();
        assertThat(named(groups, "Alpha").shown()).isTrue();
        assertThat(named(groups, "Gamma").hiddenBecause()).isEqualTo(HiddenBecause.FEWER_THAN_FIVE_ANSWERS);
        // Beta has six answers, but showing it would make whole service − Alpha − Beta = Gamma's one answer.
        assertThat(named(groups, "Beta").hiddenBecause()).isEqualTo(HiddenBecause.PROTECTS_A_SMALLER_TEAM);
        assertThat(named(groups, "Beta").figures()).isNull();
        assertThat(named(groups, "Other teams together").figures().answers()).isEqualTo(AnswerBand.FIVE_TO_NINE);
    }

    @Test
    void deAnonymisedPulseByDifferencing_peopleNotInATeamAreProtectedLikeASmallTeam() {
        List<ReleasedGroup> groups = PulseRules.release(List.of(team("Alpha", 9), team("Beta", 5)), notInATeam(1));

        assertThat(named(groups, "Alpha").shown()).isTrue();
        assertThat(named(groups, "Beta").hiddenBecause()).isEqualTo(HiddenBecause.PROTECTS_A_SMALLER_TEAM);
        assertThat(named(groups, "Other teams together").shown()).isTrue();
    }

    @Test
    void deAnonymisedPulseByDifferencing_noSumOrDifferenceOfShownFiguresEverCoversFewerThanFivePeople() {
        Random random = new Random(20261123L);
        for (int run = 0; run < 20_000; run++) {
            List<Tally> teams = new ArrayList<>();
            int howMany = random.nextInt(6);
            for (int t = 0; t < howMany; t++) {
                teams.add(team("Team " + (char) ('A' + t), random.nextInt(random.nextBoolean() ? 6 : 14)));
            }
            Tally none = notInATeam(random.nextInt(4) == 0 ? random.nextInt(7) : 0);
            List<ReleasedGroup> groups = PulseRules.release(teams, none);

            assertThat(smallestSetAnyCombinationIsolates(teams, none, groups))
                    .as("teams %s, not in a team %d: %s", teams.stream().map(Tally::answers).toList(), none.answers(),
                            groups)
                    .isGreaterThanOrEqualTo(PulseRules.MINIMUM_GROUP);
            int total = teams.stream().mapToInt(Tally::answers).sum() + none.answers();
            assertThat(groups.isEmpty() ? total == 0 : named(groups, "Whole service").shown() == total >= 5)
                    .as("the whole service is shown whenever 5 or more answered").isTrue();
            assertThat(groups.stream().filter(g -> g.hiddenBecause() == HiddenBecause.PROTECTS_A_SMALLER_TEAM))
                    .as("one extra team hidden is always enough").hasSizeLessThanOrEqualTo(1);
        }
    }

    /**
     * Each published group covers a set of "cells" (a team's answers, or those of people not in a team). Any sum or
     * difference of published figures is the same on every cell that lies in exactly the same published groups, so the
     * smallest set of people such a combination can single out is the smallest such class of cells.
     */
    static int smallestSetAnyCombinationIsolates(List<Tally> teams, Tally none, List<ReleasedGroup> groups) {
        List<Tally> cells = new ArrayList<>(teams.stream().filter(t -> t.answers() > 0).toList());
        cells.add(none);
        List<UUID> shownTeams = groups.stream().filter(g -> g.shown() && g.kind() == GroupKind.TEAM)
                .map(ReleasedGroup::teamId).toList();
        Map<List<Boolean>, Integer> peopleBySignature = new HashMap<>();
        for (Tally cell : cells) {
            List<Boolean> signature = groups.stream().filter(ReleasedGroup::shown).map(g -> switch (g.kind()) {
                case WHOLE_SERVICE -> true;
                case TEAM -> g.teamId().equals(cell.teamId());
                case OTHER_TEAMS -> !shownTeams.contains(cell.teamId());
            }).toList();
            if (signature.contains(true)) {
                peopleBySignature.merge(signature, cell.answers(), Integer::sum);
            }
        }
        return peopleBySignature.values().stream().filter(n -> n > 0).mapToInt(n -> n).min().orElse(Integer.MAX_VALUE);
    }

    @Test
    void aServiceWhereFewerThanFiveAnsweredShowsNothingAndAMonthNobodyAnsweredHasNoGroups() {
        List<ReleasedGroup> groups = PulseRules.release(List.of(team("Alpha", 3), team("Beta", 1)),
                Tally.none(null, null));
        assertThat(groups)
                .allSatisfy(g -> assertThat(g.hiddenBecause()).isEqualTo(HiddenBecause.FEWER_THAN_FIVE_ANSWERS));
        assertThat(PulseRules.release(List.of(team("Alpha", 0)), Tally.none(null, null))).isEmpty();
    }

    @Test
    void whenEveryTeamIsLargeEnoughAllAreShownWithTheWholeServiceAndNoOtherGroup() {
        List<ReleasedGroup> groups = PulseRules.release(List.of(team("Alpha", 5), team("Beta", 12)),
                Tally.none(null, null));
        assertThat(groups).allSatisfy(g -> assertThat(g.shown()).isTrue());
        assertThat(groups).extracting(ReleasedGroup::kind).doesNotContain(GroupKind.OTHER_TEAMS);
    }

    @Test
    void smallTeamsTogetherLargeEnoughAreShownAsOtherTeamsWithoutHidingAnyoneElse() {
        List<ReleasedGroup> groups = PulseRules.release(List.of(team("Alpha", 8), team("Beta", 3), team("Gamma", 2)),
                Tally.none(null, null));
        assertThat(named(groups, "Alpha").shown()).isTrue();
        assertThat(groups).noneMatch(g -> g.hiddenBecause() == HiddenBecause.PROTECTS_A_SMALLER_TEAM);
        assertThat(named(groups, "Other teams together").shown()).isTrue();
    }

    @Test
    void figuresAreMeansToOneDecimalPlaceAndThePercentageWhoAnsweredFourOrFiveWithCountsInBands() {
        // Five people: feel valued 2, 3, 4, 2, 5 (sum 16, two at 4 or 5); recommend sum 17; leaving sum 9.
        Tally five = new Tally(UUID.randomUUID(), "Alpha", 5, 16, 17, 9, 2);
        PulseRules.Figures f = PulseRules.release(List.of(five), Tally.none(null, null)).get(1).figures();
        assertThat(f.feelValued()).isEqualTo(new BigDecimal("3.2"));
        assertThat(f.wouldRecommend()).isEqualTo(new BigDecimal("3.4"));
        assertThat(f.thinkingOfLeaving()).isEqualTo(new BigDecimal("1.8"));
        assertThat(f.percentFeelValued()).isEqualTo(40);
        assertThat(f.answers()).isEqualTo(AnswerBand.FIVE_TO_NINE);
        assertThat(List.of(AnswerBand.of(9), AnswerBand.of(10), AnswerBand.of(49), AnswerBand.of(50)))
                .containsExactly(AnswerBand.FIVE_TO_NINE, AnswerBand.TEN_TO_NINETEEN, AnswerBand.TWENTY_TO_FORTY_NINE,
                        AnswerBand.FIFTY_OR_MORE);
        assertThatThrownBy(() -> AnswerBand.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
