package org.therapyassist.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.therapyassist.platform.Stage;

/**
 * A worker available on the day: where they start and finish (their base), their shift and breaks, their framework
 * stage and the competencies they hold with the last day each is in date (the sign-off's expiry, as in
 * {@code competence.CompetencySignOff}).
 */
public record Worker(UUID id, String name, Location base, TimeWindow shift, List<TimeWindow> breaks, Stage stage,
        List<HeldCompetency> competencies) {

    /** A competency signed off and in date up to and including {@code expiresOn}. */
    public record HeldCompetency(String code, LocalDate expiresOn) {

        public HeldCompetency {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expiresOn, "expiresOn");
        }

        public boolean inDateOn(LocalDate day) {
            return !expiresOn.isBefore(day);
        }
    }

    public Worker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(stage, "stage");
        breaks = List.copyOf(breaks);
        competencies = List.copyOf(competencies);
        for (TimeWindow b : breaks) {
            if (!shift.contains(b.from(), b.to())) {
                throw new IllegalArgumentException("A break lies within the shift: " + b + " outside " + shift);
            }
        }
    }

    /** The sign-off for a competency that is in date on the day, if any. */
    public Optional<HeldCompetency> inDate(String code, LocalDate day) {
        return competencies.stream().filter(c -> c.code().equals(code) && c.inDateOn(day)).findFirst();
    }

    /** The latest expiry held for a competency, in date or not: to say when it lapsed. */
    public Optional<LocalDate> lastExpiry(String code) {
        return competencies.stream().filter(c -> c.code().equals(code)).map(HeldCompetency::expiresOn)
                .max(LocalDate::compareTo);
    }
}
