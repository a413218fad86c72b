package org.therapyassist.development.web;

import java.time.LocalDate;
import org.therapyassist.competence.CompetencySignOff;
import org.therapyassist.competence.SignOffs;

/** The staff page's sign-offs and sign-off requests, each with its state and what the reader may do with it. */
final class SignOffLines {

    /** Sign-offs are "due soon" this many days before they expire, as on the gap analysis. */
    static final int DUE_SOON_DAYS = 60;

    private SignOffLines() {
    }

    /**
     * @param expired
     *            past its expiry date and not withdrawn
     * @param dueSoon
     *            in date, expiring within {@link #DUE_SOON_DAYS} days
     * @param withdraw
     *            the reader may withdraw it: an assessor, while it is in date and not withdrawn
     */
    record SignOff(CompetencySignOff signOff, boolean expired, boolean dueSoon, boolean withdraw) {

        static SignOff of(CompetencySignOff s, LocalDate today, StaffActions can) {
            boolean expired = !s.revoked() && s.expiresOn().isBefore(today);
            boolean inDate = !s.revoked() && !s.expiresOn().isBefore(today);
            return new SignOff(s, expired, inDate && s.expiresOn().isBefore(today.plusDays(DUE_SOON_DAYS)),
                    can.assess() && inDate);
        }
    }

    /**
     * @param refuse
     *            the reader may refuse it with feedback: an assessor, while it waits
     */
    record Request(SignOffs.Request request, boolean refuse) {

        static Request of(SignOffs.Request r, StaffActions can) {
            return new Request(r, can.assess() && "REQUESTED".equals(r.status()));
        }
    }
}
