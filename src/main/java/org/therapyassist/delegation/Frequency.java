package org.therapyassist.delegation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.therapyassist.platform.web.Messages;

/** How often a delegated task is done, and so whether it is due on a given day. */
public enum Frequency {
    DAILY, WEEKDAYS, TWICE_WEEKLY, WEEKLY, ONCE;

    /** The words shown to people, in the request's language. */
    public String title() {
        return Messages.text("delegation.frequency." + name());
    }

    /**
     * Due on {@code day} given the last session date and how many sessions were recorded in the week of that session.
     * A task already done today is never due again today.
     */
    public boolean dueOn(LocalDate day, LocalDate lastSessionOn, int sessionsInWeekOfLast, int sessionsTotal) {
        if (day.equals(lastSessionOn)) {
            return false;
        }
        int doneThisWeek = lastSessionOn != null && weekOf(lastSessionOn).equals(weekOf(day))
                ? sessionsInWeekOfLast
                : 0;
        return switch (this) {
            case DAILY -> true;
            case WEEKDAYS -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            case TWICE_WEEKLY -> doneThisWeek < 2;
            case WEEKLY -> doneThisWeek < 1;
            case ONCE -> sessionsTotal == 0;
        };
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
