package org.therapyassist.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapyassist.development.LearningTimeRules.AgreementPoint;
import org.therapyassist.development.LearningTimeRules.Month;
import org.therapyassist.development.LearningTimeRules.SessionPoint;
import org.therapyassist.development.LearningTimeRules.SessionStatus;

class LearningTimeRulesTest {

    static BigDecimal h(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sixMonthsOfPlannedAgainstTakenOldestFirst() {
        var agreements = List.of(new AgreementPoint(LocalDate.of(2026, 1, 1), h("6.0")),
                new AgreementPoint(LocalDate.of(2026, 9, 1), h("8.0")));
        var sessions = List.of(new SessionPoint(LocalDate.of(2026, 8, 5), h("3.0"), SessionStatus.TAKEN),
                new SessionPoint(LocalDate.of(2026, 8, 14), h("1.5"), SessionStatus.CANCELLED),
                new SessionPoint(LocalDate.of(2026, 9, 2), h("4.0"), SessionStatus.TAKEN),
                new SessionPoint(LocalDate.of(2026, 11, 30), h("2.0"), SessionStatus.BOOKED),
                new SessionPoint(LocalDate.of(2026, 4, 30), h("9.0"), SessionStatus.TAKEN));
        List<Month> months = LearningTimeRules.months(YearMonth.of(2026, 11), 6, agreements, sessions);

        assertThat(months).extracting(Month::month).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7),
                YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        Month august = months.get(2);
        assertThat(august.agreed()).isEqualByComparingTo("6.0");
        assertThat(august.taken()).isEqualByComparingTo("3.0");
        assertThat(august.cancelled()).isEqualByComparingTo("1.5");
        assertThat(august.cancelledSessions()).isEqualTo(1);
        assertThat(august.takenPercent()).isEqualTo(50);
        assertThat(months.get(3).agreed()).isEqualByComparingTo("8.0");
        assertThat(months.get(5).booked()).isEqualByComparingTo("2.0");
        assertThat(months.get(5).taken()).isEqualByComparingTo("0");
    }

    @Test
    void noAgreementMeansNothingPlanned() {
        assertThat(LearningTimeRules.agreedFor(YearMonth.of(2026, 3),
                List.of(new AgreementPoint(LocalDate.of(2026, 4, 1), h("6")))))
                .isEqualByComparingTo("0");
        assertThat(new Month(YearMonth.of(2026, 3), h("0"), h("0"), h("0"), h("0"), 0).takenPercent()).isEqualTo(100);
    }

    @Test
    void anAgreementStartingMidMonthCountsForThatMonth() {
        assertThat(LearningTimeRules.agreedFor(YearMonth.of(2026, 4),
                List.of(new AgreementPoint(LocalDate.of(2026, 4, 15), h("7.5")))))
                .isEqualByComparingTo("7.5");
    }
}
