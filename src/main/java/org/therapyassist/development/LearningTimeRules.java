package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ring-fenced learning time per month: agreed hours against booked, taken and cancelled. Pure, tested alone. */
public final class LearningTimeRules {

    public enum SessionStatus { BOOKED, TAKEN, CANCELLED }

    public record AgreementPoint(LocalDate agreedFrom, BigDecimal hoursPerMonth) {
    }

    public record SessionPoint(LocalDate on, BigDecimal hours, SessionStatus status) {
    }

    /** One month: hours agreed, still booked, taken, and cancelled (protected time that was lost). */
    @Schema(name = "LearningTimeMonth")
    public record Month(@Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2026-11") YearMonth month,
            BigDecimal agreed, BigDecimal booked, BigDecimal taken, BigDecimal cancelled, int cancelledSessions) {

        /** Taken as a share of agreed, 0–100 (100 when nothing was agreed). */
        public int takenPercent() {
            if (agreed.signum() == 0) {
                return 100;
            }
            return taken.multiply(BigDecimal.valueOf(100)).divide(agreed, 0, RoundingMode.HALF_UP)
                    .min(BigDecimal.valueOf(100)).intValue();
        }
    }

    private LearningTimeRules() {
    }

    /** The hours agreed for a month: the latest agreement that started on or before the month's last day. */
    public static BigDecimal agreedFor(YearMonth month, List<AgreementPoint> agreements) {
        return agreements.stream().filter(a -> !a.agreedFrom().isAfter(month.atEndOfMonth()))
                .max(Comparator.comparing(AgreementPoint::agreedFrom))
                .map(AgreementPoint::hoursPerMonth).orElse(BigDecimal.ZERO);
    }

    /** The given number of months up to and including {@code last}, oldest first. */
    public static List<Month> months(YearMonth last, int count, List<AgreementPoint> agreements,
            List<SessionPoint> sessions) {
        List<Month> months = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            BigDecimal booked = BigDecimal.ZERO;
            BigDecimal taken = BigDecimal.ZERO;
            BigDecimal cancelled = BigDecimal.ZERO;
            int cancelledSessions = 0;
            for (SessionPoint s : sessions) {
                if (!YearMonth.from(s.on()).equals(m)) {
                    continue;
                }
                switch (s.status()) {
                    case BOOKED -> booked = booked.add(s.hours());
                    case TAKEN -> taken = taken.add(s.hours());
                    case CANCELLED -> {
                        cancelled = cancelled.add(s.hours());
                        cancelledSessions++;
                    }
                }
            }
            months.add(new Month(m, agreedFor(m, agreements), booked, taken, cancelled, cancelledSessions));
        }
        return months;
    }
}
