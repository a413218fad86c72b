package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What a session record says, as one SHA-256, so that the same record sent again (a client retrying after a lost
 * answer, without an Idempotency-Key) is recognised. Spacing at either end of the text does not count, nor the order
 * of goal updates, nor how a decimal is written (12.0 and 12 are one TUG time).
 */
final class RepeatedRecords {

    private RepeatedRecords() {
    }

    static String contentOf(UUID delegationId, LocalDate performedOn, List<NewSessionRecord.Activity> activities,
            String patientResponse, Integer painBefore, Integer painAfter, BigDecimal tugSeconds, Integer chairStands,
            List<NewSessionRecord.GoalUpdate> goals, String note, String escalation) {
        StringBuilder s = new StringBuilder();
        add(s, delegationId);
        add(s, performedOn);
        for (NewSessionRecord.Activity a : activities) {
            add(s, "activity");
            add(s, strip(a.activity()));
            add(s, a.setsDone());
            add(s, a.repetitionsDone());
            add(s, a.programmeItemId());
            add(s, a.done());
        }
        add(s, strip(patientResponse));
        add(s, painBefore);
        add(s, painAfter);
        add(s, tugSeconds == null ? null : tugSeconds.stripTrailingZeros().toPlainString());
        add(s, chairStands);
        goals.stream().sorted(Comparator.comparing((NewSessionRecord.GoalUpdate g) -> g.goalId().toString()))
                .forEach(g -> {
                    add(s, "goal");
                    add(s, g.goalId());
                    add(s, g.progress());
                    add(s, strip(g.note()));
                });
        add(s, strip(note));
        add(s, strip(escalation));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    static String contentOf(NewSessionRecord r) {
        return contentOf(r.delegationId(), r.performedOn(), r.activities(), r.patientResponse(), r.painBefore(),
                r.painAfter(), r.tugSeconds(), r.chairStandCount(), r.goalProgress(), r.note(), r.escalation());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Length-prefixed, so that no two different records run together into the same text. */
    private static void add(StringBuilder s, Object value) {
        String text = value == null ? "\u0000" : value.toString();
        s.append(text.length()).append(':').append(text).append(';');
    }
}
