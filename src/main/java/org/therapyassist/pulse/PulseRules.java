package org.therapyassist.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.InvalidInputException;

/**
 * The pulse's rules, free of storage: valid scores, the month an answer counts for, when a month's results are
 * released, and which groups a released month may show so that no figure, and no difference between figures, covers
 * fewer than five people.
 */
public final class PulseRules {

    /** Fewer answers than this and a group's results are never shown: with four people, one answer can be guessed. */
    public static final int MINIMUM_GROUP = 5;

    private PulseRules() {
    }

    public static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /**
     * A month's results are released on the second day of the following month: never while answers can still come in
     * (the current month), and a day after it ends, so an answer sent in its last seconds, or by a server whose clock
     * runs a little behind, is counted before the figures are fixed.
     */
    public static LocalDate releaseDay(LocalDate month) {
        return monthOf(month).plusMonths(1).plusDays(1);
    }

    /** The most recent month whose results are out on this day. */
    public static LocalDate latestReleasedMonth(LocalDate today) {
        return monthOf(today.minusDays(1)).minusMonths(1);
    }

    public static boolean isReleased(LocalDate month, LocalDate today) {
        return !today.isBefore(releaseDay(month));
    }

    public static void validate(Integer feelValued, Integer wouldRecommend, Integer thinkingOfLeaving) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "feelValued", "how valued you feel", feelValued);
        check(errors, "wouldRecommend", "whether you would recommend working here", wouldRecommend);
        check(errors, "thinkingOfLeaving", "how often you think of leaving", thinkingOfLeaving);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(Map<String, String> errors, String field, String what, Integer value) {
        if (value == null || value < 1 || value > 5) {
            errors.put(field, "Choose " + what + ", from 1 to 5");
        }
    }

    /** One month's answers from one team (no team id: people who are not in a team), as counts and sums only. */
    public record Tally(UUID teamId, String team, int answers, int feelValued, int wouldRecommend,
            int thinkingOfLeaving, int feelValuedFourOrFive) {

        public static Tally none(UUID teamId, String team) {
            return new Tally(teamId, team, 0, 0, 0, 0, 0);
        }

        Tally plus(Tally other) {
            return new Tally(teamId, team, answers + other.answers, feelValued + other.feelValued,
                    wouldRecommend + other.wouldRecommend, thinkingOfLeaving + other.thinkingOfLeaving,
                    feelValuedFourOrFive + other.feelValuedFourOrFive);
        }
    }

    public enum GroupKind { WHOLE_SERVICE, TEAM, OTHER_TEAMS }

    public enum HiddenBecause {
        FEWER_THAN_FIVE_ANSWERS(
                "Not shown: fewer than 5 people answered, so one person's answers could be worked out."), PROTECTS_A_SMALLER_TEAM(
                        "Not shown on its own: with the whole-service figure it would let a smaller team's "
                                + "answers be worked out by subtraction.");

        private final String text;

        HiddenBecause(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** How many answered, in bands: an exact count is not needed to read the figures and says more than they do. */
    public enum AnswerBand {
        FIVE_TO_NINE("5 to 9"), TEN_TO_NINETEEN("10 to 19"), TWENTY_TO_FORTY_NINE("20 to 49"), FIFTY_OR_MORE(
                "50 or more");

        private final String text;

        AnswerBand(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        static AnswerBand of(int answers) {
            if (answers < MINIMUM_GROUP) {
                throw new IllegalArgumentException("A group of " + answers + " is never shown");
            }
            return answers < 10
                    ? FIVE_TO_NINE
                    : answers < 20 ? TEN_TO_NINETEEN : answers < 50 ? TWENTY_TO_FORTY_NINE : FIFTY_OR_MORE;
        }
    }

    /**
     * What a shown group's results say: mean scores to one decimal place and the percentage who feel valued (4 or 5).
     */
    public record Figures(AnswerBand answers, BigDecimal feelValued, int percentFeelValued, BigDecimal wouldRecommend,
            BigDecimal thinkingOfLeaving) {

        static Figures of(Tally t) {
            return new Figures(AnswerBand.of(t.answers()), mean(t.feelValued(), t.answers()),
                    BigDecimal.valueOf(100L * t.feelValuedFourOrFive())
                            .divide(BigDecimal.valueOf(t.answers()), 0, RoundingMode.HALF_UP).intValue(),
                    mean(t.wouldRecommend(), t.answers()), mean(t.thinkingOfLeaving(), t.answers()));
        }

        private static BigDecimal mean(int sum, int answers) {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
        }
    }

    /** A group in a released month: its figures when shown, otherwise why not (never both). */
    public record ReleasedGroup(GroupKind kind, UUID teamId, String name, Figures figures,
            HiddenBecause hiddenBecause) {

        public ReleasedGroup {
            if ((figures == null) == (hiddenBecause == null)) {
                throw new IllegalArgumentException("A group is either shown with figures or hidden with a reason");
            }
        }

        public boolean shown() {
            return figures != null;
        }
    }

    public static final String WHOLE_SERVICE = "Whole service";
    public static final String OTHER_TEAMS = "Other teams together";

    /**
     * Which groups a closed month shows. Teams with fewer than five answers are hidden. Everyone not in a shown team
     * (hidden teams and people not in a team) is the whole service minus the shown teams, so that remainder must be
     * empty or at least five people too: if it is one to four, the smallest shown team is hidden as well. The
     * remainder, when it is five or more and not the whole service, is shown as "Other teams together", which anyone
     * could work out anyway. Every figure shown, and every sum or difference of them, then covers five or more people.
     */
    public static List<ReleasedGroup> release(List<Tally> teams, Tally notInATeam) {
        List<Tally> byName = teams.stream().filter(t -> t.answers() > 0)
                .sorted(Comparator.comparing(Tally::team).thenComparing(t -> String.valueOf(t.teamId()))).toList();
        List<Tally> shown = new ArrayList<>(byName.stream().filter(t -> t.answers() >= MINIMUM_GROUP).toList());
        Tally rest = byName.stream().filter(t -> t.answers() < MINIMUM_GROUP).reduce(notInATeam, Tally::plus);
        List<Tally> protecting = new ArrayList<>();
        while (rest.answers() > 0 && rest.answers() < MINIMUM_GROUP && !shown.isEmpty()) {
            Tally smallest = shown.stream().min(Comparator.comparingInt(Tally::answers)).orElseThrow();
            shown.remove(smallest);
            protecting.add(smallest);
            rest = rest.plus(smallest);
        }
        Tally whole = byName.stream().reduce(notInATeam, Tally::plus);
        if (whole.answers() == 0) {
            return List.of();
        }
        List<ReleasedGroup> groups = new ArrayList<>();
        groups.add(group(GroupKind.WHOLE_SERVICE, null, WHOLE_SERVICE, whole, whole.answers() >= MINIMUM_GROUP,
                HiddenBecause.FEWER_THAN_FIVE_ANSWERS));
        for (Tally t : byName) {
            groups.add(group(GroupKind.TEAM, t.teamId(), t.team(), t, shown.contains(t), protecting.contains(t)
                    ? HiddenBecause.PROTECTS_A_SMALLER_TEAM
                    : HiddenBecause.FEWER_THAN_FIVE_ANSWERS));
        }
        if (rest.answers() >= MINIMUM_GROUP && !shown.isEmpty()) {
            groups.add(group(GroupKind.OTHER_TEAMS, null, OTHER_TEAMS, rest, true, null));
        }
        return List.copyOf(groups);
    }

    private static ReleasedGroup group(GroupKind kind, UUID teamId, String name, Tally tally, boolean show,
            HiddenBecause otherwise) {
        return show
                ? new ReleasedGroup(kind, teamId, name, Figures.of(tally), null)
                : new ReleasedGroup(kind, teamId, name, null, otherwise);
    }
}
