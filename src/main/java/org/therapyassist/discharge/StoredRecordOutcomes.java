package org.therapyassist.discharge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

/**
 * Default outcomes: each goal with the latest progress recorded against it on a signed session record (or its care
 * plan status when none was), and Timed Up and Go, 30-second chair stand and pain (before the session) first vs last
 * across the signed records within the episode's dates.
 */
@Component
public class StoredRecordOutcomes implements ClinicalOutcomes {

    private final SessionRecords sessions;

    StoredRecordOutcomes(SessionRecords sessions) {
        this.sessions = sessions;
    }

    @Override
    public Outcomes forEpisode(UUID organisationId, Episode episode) {
        List<SessionRecordView> records = sessions.forPatient(organisationId, episode.patientId()).stream()
                .filter(SessionRecordView::signed)
                .filter(r -> !r.performedOn().isBefore(episode.openedOn())
                        && (episode.closedOn() == null || !r.performedOn().isAfter(episode.closedOn())))
                .sorted(Comparator.comparing(SessionRecordView::performedOn)
                        .thenComparing(SessionRecordView::recordedAt))
                .toList();
        List<Line> goals = new ArrayList<>();
        for (Episode.Goal goal : episode.goals()) {
            String latest = null;
            for (SessionRecordView r : records) {
                for (SessionRecordView.GoalLine g : r.goalProgress()) {
                    if (goal.id().equals(g.goalId())) {
                        latest = g.progressTitle();
                    }
                }
            }
            goals.add(new Line(goal.description(), null, null, latest != null ? latest : statusTitle(goal.status())));
        }
        List<Line> measures = new ArrayList<>();
        measure(records, Messages.text("discharge.outcome.tug"),
                r -> r.tugSeconds() == null ? null : r.tugSeconds().doubleValue(),
                true)
                .ifPresent(measures::add);
        measure(records, Messages.text("discharge.outcome.chair-stand"),
                r -> r.chairStandCount() == null ? null : r.chairStandCount().doubleValue(), false)
                .ifPresent(measures::add);
        measure(records, Messages.text("discharge.outcome.pain"),
                r -> r.painBefore() == null ? null : r.painBefore().doubleValue(), true)
                .ifPresent(measures::add);
        return new Outcomes(goals, measures);
    }

    private static Optional<Line> measure(List<SessionRecordView> ordered, String label,
            Function<SessionRecordView, Double> value, boolean lowerIsBetter) {
        List<Double> values = ordered.stream().map(value).filter(v -> v != null).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double first = values.getFirst();
        double last = values.getLast();
        return Optional
                .of(new Line(label, format(first), format(last), change(first, last, values.size(), lowerIsBetter)));
    }

    /** The change in words, as a clinician would say it; better or worse depends on which way the measure runs. */
    static String change(double first, double last, int count, boolean lowerIsBetter) {
        if (count < 2) {
            return Messages.text("discharge.outcome.measured-once");
        }
        double delta = last - first;
        if (Math.abs(delta) < 0.05) {
            return Messages.text("discharge.outcome.no-change");
        }
        boolean better = lowerIsBetter ? delta < 0 : delta > 0;
        return Messages.text(better ? "discharge.outcome.improved" : "discharge.outcome.worse",
                format(Math.abs(delta)));
    }

    static String format(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String statusTitle(String status) {
        return switch (status == null ? "" : status) {
            case "ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "ACTIVE" -> Messages.text(
                    "discharge.outcome.status." + status);
            default -> status == null
                    ? Messages.text("discharge.outcome.status.none")
                    : status.substring(0, 1) + status.substring(1).toLowerCase().replace('_', ' ');
        };
    }

}
