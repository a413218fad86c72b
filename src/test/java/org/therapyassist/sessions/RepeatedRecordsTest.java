package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepeatedRecordsTest {

    static final UUID DELEGATION = UUID.fromString("01a24d61-d9b3-7567-940b-8391d0176991");
    static final UUID GOAL_A = UUID.fromString("01a24d61-d9b3-7567-940b-000000000001");
    static final UUID GOAL_B = UUID.fromString("01a24d61-d9b3-7567-940b-000000000002");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static NewSessionRecord record(String response, Integer painAfter, BigDecimal tug,
            List<NewSessionRecord.GoalUpdate> goals,
            String escalation) {
        return new NewSessionRecord(DELEGATION, DAY, List.of(new NewSessionRecord.Activity("Sit to stand", 3, 8)),
                response,
                2, painAfter, tug, null, goals, "Note", escalation);
    }

    @Test
    void h53_theSameRecordSentAgainHasTheSameContentHoweverItIsSpacedOrOrdered() {
        var goals = List.of(new NewSessionRecord.GoalUpdate(GOAL_A, GoalProgress.PROGRESSING, null),
                new NewSessionRecord.GoalUpdate(GOAL_B, GoalProgress.NO_CHANGE, "Slow"));
        String first = RepeatedRecords.contentOf(record("Tolerated well", 3, new BigDecimal("12.0"), goals, null));
        assertThat(
                RepeatedRecords.contentOf(record("  Tolerated well ", 3, new BigDecimal("12"), goals.reversed(), " ")))
                .isEqualTo(first);
    }

    @Test
    void anythingTheRecordSaysDifferentlyMakesItAnotherRecord() {
        String first = RepeatedRecords.contentOf(record("Tolerated well", 3, null, List.of(), null));
        assertThat(RepeatedRecords.contentOf(record("Tolerated well.", 3, null, List.of(), null))).isNotEqualTo(first);
        assertThat(RepeatedRecords.contentOf(record("Tolerated well", 4, null, List.of(), null))).isNotEqualTo(first);
        assertThat(RepeatedRecords.contentOf(record("Tolerated well", null, null, List.of(), null)))
                .isNotEqualTo(first);
        assertThat(RepeatedRecords.contentOf(record("Tolerated well", 3, new BigDecimal("12"), List.of(), null)))
                .isNotEqualTo(first);
        assertThat(RepeatedRecords.contentOf(record("Tolerated well", 3, null, List.of(), "Dizzy")))
                .isNotEqualTo(first);
        assertThat(RepeatedRecords.contentOf(record("Tolerated well", 3, null,
                List.of(new NewSessionRecord.GoalUpdate(GOAL_A, GoalProgress.PROGRESSING, null)), null)))
                .isNotEqualTo(first);
    }
}
