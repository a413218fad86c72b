package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.Objects;

/** From one time of day to a later one: a visit's window, a shift or a break. */
public record TimeWindow(LocalTime from, LocalTime to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A time window ends after it starts: " + from + "–" + to);
        }
    }

    public static TimeWindow of(String from, String to) {
        return new TimeWindow(LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Whether [start, end) shares any time with this window. */
    public boolean overlaps(LocalTime start, LocalTime end) {
        return start.isBefore(to) && end.isAfter(from);
    }

    public boolean contains(LocalTime start, LocalTime end) {
        return !start.isBefore(from) && !end.isAfter(to);
    }
}
