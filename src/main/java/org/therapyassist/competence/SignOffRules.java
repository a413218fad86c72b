package org.therapyassist.competence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;

/** Who may sign off what, and for how long: pure rules, tested without a database. */
public final class SignOffRules {

    /** An assessor may sign off a sign-off dated up to this long ago (paper evidence brought in late). */
    static final int MAX_DAYS_BACKDATED = 90;

    private SignOffRules() {
    }

    public static void requireAssessor(StaffMember assessor, StaffMember subject) {
        if (!assessor.isRegistrant()) {
            throw new NotAllowedException("signoff.assessor-not-registered",
                    Messages.text("competence.refusal.assessor-not-registered"));
        }
        if (assessor.id().equals(subject.id())) {
            throw new NotAllowedException("signoff.own-competency", Messages.text("competence.refusal.own-competency"));
        }
    }

    /** The expiry to record: the one given, or the competency's validity from the sign-off date; never longer. */
    public static LocalDate expiry(LocalDate signedOn, LocalDate requestedExpiry, int validityMonths, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (signedOn.isAfter(today)) {
            errors.put("signedOn", Messages.text("competence.sign-off.signed-on.future"));
        } else if (signedOn.isBefore(today.minusDays(MAX_DAYS_BACKDATED))) {
            errors.put("signedOn", Messages.text("competence.sign-off.signed-on.too-old", MAX_DAYS_BACKDATED));
        }
        LocalDate longest = signedOn.plusMonths(validityMonths);
        LocalDate expiry = requestedExpiry == null ? longest : requestedExpiry;
        if (!expiry.isAfter(signedOn)) {
            errors.put("expiresOn", Messages.text("competence.sign-off.expires-on.before"));
        } else if (expiry.isAfter(longest)) {
            errors.put("expiresOn", Messages.text("competence.sign-off.expires-on.too-late", validityMonths));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return expiry;
    }
}
