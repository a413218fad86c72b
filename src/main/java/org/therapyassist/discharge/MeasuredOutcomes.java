package org.therapyassist.discharge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalAttainment;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.web.Messages;

/**
 * The outcomes a discharge summary shows, from the outcomes module: each goal scaled for Goal Attainment Scaling with
 * its level at setting and at the last review (and what that level meant), the episode's GAS T-score, and every
 * outcome measure first vs last within the episode. Goals without scaling, and an episode whose measures were only
 * ever written on session records, fall back to {@link StoredRecordOutcomes}.
 */
@Component
@Primary
class MeasuredOutcomes implements ClinicalOutcomes {

    private final StoredRecordOutcomes stored;
    private final GoalScaling scaling;
    private final MeasureResults results;
    private final MeasureCatalogue catalogue;

    MeasuredOutcomes(StoredRecordOutcomes stored, GoalScaling scaling, MeasureResults results,
            MeasureCatalogue catalogue) {
        this.stored = stored;
        this.scaling = scaling;
        this.results = results;
        this.catalogue = catalogue;
    }

    @Override
    public Outcomes forEpisode(UUID organisationId, Episode episode) {
        Outcomes fallback = stored.forEpisode(organisationId, episode);
        Map<UUID, GoalScaling.ScaledGoal> scaled = scaling.forPatient(organisationId, episode.patientId()).stream()
                .filter(g -> episode.id().equals(g.episodeId()) && g.levels() != null)
                .collect(Collectors.toMap(GoalScaling.ScaledGoal::goalId, g -> g));
        List<Line> goals = new ArrayList<>();
        List<GoalAttainment.Scored> baseline = new ArrayList<>();
        List<GoalAttainment.Scored> latest = new ArrayList<>();
        for (int i = 0; i < episode.goals().size(); i++) {
            Episode.Goal goal = episode.goals().get(i);
            GoalScaling.ScaledGoal g = scaled.get(goal.id());
            if (g == null || g.latestLevel() == null) {
                goals.add(i < fallback.goals().size()
                        ? fallback.goals().get(i)
                        : new Line(goal.description(), null, null, Messages.text("discharge.outcome.not-reviewed")));
                continue;
            }
            int at = g.levels().baseline();
            int now = g.latestLevel();
            baseline.add(new GoalAttainment.Scored(g.levels().weight(), at));
            latest.add(new GoalAttainment.Scored(g.levels().weight(), now));
            goals.add(
                    new Line(goal.description(), Messages.text("discharge.outcome.gas", GoalAttainment.levelTitle(at)),
                            Messages.text("discharge.outcome.gas", GoalAttainment.levelTitle(now)),
                            cap(verdict(now) + ": " + g.levels().describe(now))));
        }
        if (!latest.isEmpty()) {
            BigDecimal before = GoalAttainment.tScore(baseline);
            BigDecimal after = GoalAttainment.tScore(latest);
            goals.add(new Line(
                    latest.size() == 1
                            ? Messages.text("discharge.outcome.t-score.one")
                            : Messages.text("discharge.outcome.t-score.many", String.valueOf(latest.size())),
                    before.toPlainString(), after.toPlainString(), tScoreMeaning(after)));
        }
        return new Outcomes(goals, measures(organisationId, episode, fallback.measures()));
    }

    private List<Line> measures(UUID organisationId, Episode episode, List<Line> fallback) {
        Map<String, List<MeasureResult>> byMeasure = new LinkedHashMap<>();
        for (MeasureResult r : results.forPatient(organisationId, episode.patientId())) {
            boolean inEpisode = episode.id().equals(r.episodeId()) || (r.episodeId() == null
                    && !r.effectiveOn().isBefore(episode.openedOn())
                    && (episode.closedOn() == null || !r.effectiveOn().isAfter(episode.closedOn())));
            if (inEpisode) {
                byMeasure.computeIfAbsent(r.measureKey(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byMeasure.isEmpty()) {
            return fallback;
        }
        List<Line> lines = new ArrayList<>();
        byMeasure.forEach((key, list) -> catalogue.find(organisationId, key).ifPresent(m -> {
            MeasureResult first = list.getFirst();
            MeasureResult last = list.getLast();
            lines.add(new Line(m.name() + " (" + m.unit() + ")", first.scoreText(), last.scoreText(),
                    cap(change(m, first, last, list.size())
                            + (last.interpretation() == null
                                    ? ""
                                    : Messages.text("discharge.outcome.now", last.interpretation())))));
        }));
        return lines;
    }

    static String change(Measure m, MeasureResult first, MeasureResult last, int count) {
        if (count < 2) {
            return Messages.text("discharge.outcome.measured-once");
        }
        BigDecimal diff = last.score().subtract(first.score());
        if (diff.signum() == 0) {
            return Messages.text("discharge.outcome.no-change");
        }
        boolean better = (diff.signum() > 0) == m.higherIsBetter();
        return Messages.text(better ? "discharge.outcome.improved" : "discharge.outcome.worse",
                diff.abs().stripTrailingZeros().toPlainString() + " " + m.unit());
    }

    /** The signed summary keeps 200 characters of a result; a long level description is shortened, not refused. */
    static String cap(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199).stripTrailing() + "…";
    }

    static String verdict(int level) {
        return Messages.text(level >= 1
                ? "discharge.outcome.better-than-expected"
                : level == 0 ? "discharge.outcome.as-expected" : "discharge.outcome.less-than-expected");
    }

    /** 50 means the goals were met as expected overall; about 10 points either side is one level better or worse. */
    static String tScoreMeaning(BigDecimal t) {
        int c = t.compareTo(BigDecimal.valueOf(50));
        return Messages.text(c == 0
                ? "discharge.outcome.t-score.as-expected"
                : c > 0 ? "discharge.outcome.t-score.better" : "discharge.outcome.t-score.less");
    }
}
