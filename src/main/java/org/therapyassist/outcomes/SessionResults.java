package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.MeasureResults.NewResult;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.SessionRemeasured;

/**
 * The pain, TUG and chair-stand readings of a session record kept as measure results, with the session as their
 * source so nobody enters them twice; a draft's changed readings correct the results they became. Each is recorded
 * through {@link MeasureResults} like any other result, so the same permission, scoring and audit apply.
 */
@Component
class SessionResults {

    private final MeasureResults results;
    private final MeasureResultQueries queries;

    SessionResults(MeasureResults results, MeasureResultQueries queries) {
        this.results = results;
        this.queries = queries;
    }

    /** The session record the readings came with, and what the sessions module already read for it. */
    record Session(UUID sessionRecordId, UUID delegationId, UUID delegatedBy, UUID patientId, LocalDate patientBornOn,
            LocalDate on) {
    }

    /** Values from a session record, kept as results with the session as their source (no second entry). */
    @Transactional
    void fromSession(CurrentUser user, Session session, Integer painBefore, Integer painAfter, BigDecimal tug,
            Integer chairStands) {
        if (painBefore != null) {
            results.insertFromSession(user, session, new NewResult(MeasureLibrary.PAIN, null, session.delegationId(),
                    session.on(), List.of(BigDecimal.valueOf(painBefore)), null, null, "Before the session"));
        }
        if (painAfter != null) {
            results.insertFromSession(user, session, new NewResult(MeasureLibrary.PAIN, null, session.delegationId(),
                    session.on(), List.of(BigDecimal.valueOf(painAfter)), null, null, "After the session"));
        }
        if (tug != null) {
            results.insertFromSession(user, session, new NewResult(MeasureLibrary.TUG, null, session.delegationId(),
                    session.on(), List.of(tug.setScale(1, RoundingMode.HALF_UP)), null, null, null));
        }
        if (chairStands != null) {
            results.insertFromSession(user, session, new NewResult(MeasureLibrary.CHAIR_STAND, null,
                    session.delegationId(), session.on(), List.of(BigDecimal.valueOf(chairStands)), null,
                    queries.lastNormGroup(user.organisationId(), session.patientId()), null));
        }
    }

    /**
     * A draft session record's readings changed before it was signed: each changed reading corrects the result it
     * became (the first stays in the record beside the correction), a new one is added, and one already in the chart
     * cannot be taken away by clearing the box.
     */
    @Transactional
    List<MeasureResult> reviseFromSession(CurrentUser user, SessionRemeasured change) {
        var before = change.before();
        var after = change.after();
        List<MeasureResult> out = new ArrayList<>();
        reviseOne(user, change, "painBefore", MeasureLibrary.PAIN, "Before the session", number(before.painBefore()),
                number(after.painBefore()), out);
        reviseOne(user, change, "painAfter", MeasureLibrary.PAIN, "After the session", number(before.painAfter()),
                number(after.painAfter()), out);
        reviseOne(user, change, "tugSeconds", MeasureLibrary.TUG, null,
                before.tugSeconds() == null ? null : before.tugSeconds().setScale(1, RoundingMode.HALF_UP),
                after.tugSeconds() == null ? null : after.tugSeconds().setScale(1, RoundingMode.HALF_UP), out);
        reviseOne(user, change, "chairStandCount", MeasureLibrary.CHAIR_STAND, null, number(before.chairStandCount()),
                number(after.chairStandCount()), out);
        return out;
    }

    private void reviseOne(CurrentUser user, SessionRemeasured change, String field, String key,
            String note, BigDecimal was, BigDecimal now, List<MeasureResult> out) {
        if (was == null ? now == null : now != null && was.compareTo(now) == 0) {
            return;
        }
        if (now == null) {
            throw new InvalidInputException(Map.of(field, Messages.text("outcomes.field.session.remove")));
        }
        NormGroup norms = key.equals(MeasureLibrary.CHAIR_STAND)
                ? queries.lastNormGroup(user.organisationId(), change.patientId())
                : null;
        NewResult result = new NewResult(key, null, change.delegationId(), change.performedOn(), List.of(now), null,
                norms, note);
        UUID earlier = was == null
                ? null
                : queries.currentFromSession(user.organisationId(), change.sessionRecordId(), key, note).orElse(null);
        out.add(results.insert(user, change.patientId(), result, change.sessionRecordId(), earlier,
                earlier == null ? null : "Changed on the draft session record before it was signed", false));
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
