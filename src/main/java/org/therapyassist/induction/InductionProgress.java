package org.therapyassist.induction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.therapyassist.platform.web.Messages;

/**
 * Where a new starter stands (whole weeks since the start) against the usual 12 weeks. Items are expected to be signed
 * off evenly over the weeks: fewer done than the days so far suggest is behind, and so is anyone unfinished after 12.
 */
public record InductionProgress(int weeks, int done, int total, int percent, int expectedByNow, boolean behind,
        boolean complete) {

    public static final int USUAL_WEEKS = 12;

    public static InductionProgress of(LocalDate startsOn, int done, int total, LocalDate today) {
        long days = Math.max(0, ChronoUnit.DAYS.between(startsOn, today));
        int weeks = (int) (days / 7);
        long usualDays = USUAL_WEEKS * 7L;
        int expected = (int) (total * Math.min(days, usualDays) / usualDays);
        boolean complete = total > 0 && done >= total;
        int percent = total == 0 ? 0 : done * 100 / total;
        return new InductionProgress(weeks, done, total, percent, expected, !complete && done < expected, complete);
    }

    /** Plain words for a tag: complete, behind or on track. */
    public String status() {
        return Messages.text(complete
                ? "induction.progress.complete"
                : behind ? "induction.progress.behind" : "induction.progress.on-track");
    }
}
