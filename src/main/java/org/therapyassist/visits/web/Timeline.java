package org.therapyassist.visits.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.therapyassist.visits.DayBoard;
/**
 * The board's time line: from the earliest shift start to the latest end (08:00 to 18:00 when nobody is on shift),
 * on a scale of 0 to 1000 for the SVG each worker's row is drawn in (attributes, not styles, so the page keeps its
 * strict Content Security Policy).
 */
record Timeline(LocalTime from, LocalTime to) {

    static final int WIDTH = 1000;

    static Timeline of(DayBoard.Board board) {
        LocalTime from = LocalTime.of(8, 0);
        LocalTime to = LocalTime.of(18, 0);
        for (DayBoard.WorkerRow w : board.workers()) {
            if (w.shift() != null) {
                from = w.shift().startsAt().isBefore(from) ? w.shift().startsAt().withMinute(0) : from;
                to = w.shift().endsAt().isAfter(to) ? w.shift().endsAt() : to;
            }
        }
        return new Timeline(from, to);
    }

    static List<String> hours(DayBoard.Board board) {
        Timeline t = of(board);
        List<String> hours = new ArrayList<>();
        for (LocalTime h = t.from().withMinute(0); !h.isAfter(t.to()); h = h.plusHours(1)) {
            hours.add(h.toString());
            if (h.getHour() == 23) {
                break;
            }
        }
        return hours;
    }

    /** Where a time falls, 0–1000. */
    public int x(LocalTime time) {
        int span = to.toSecondOfDay() - from.toSecondOfDay();
        int at = Math.max(0, Math.min(span, time.toSecondOfDay() - from.toSecondOfDay()));
        return (int) Math.round(at * (double) WIDTH / span);
    }

    /** How wide a stretch of time is, 0–1000, at least 2 so a short visit still shows. */
    public int width(LocalTime start, LocalTime end) {
        return Math.max(2, x(end) - x(start));
    }

    /** The x of an hour label ("09:00"). */
    public int hourX(String hour) {
        return x(LocalTime.parse(hour));
    }
}
