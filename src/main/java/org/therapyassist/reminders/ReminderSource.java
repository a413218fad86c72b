package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something the daily reminder job should tell a member of staff (and their team leads) about. Each source is one
 * small Spring bean; a new kind of reminder (training renewals, say) is one more implementation, in any module.
 */
public interface ReminderSource {

    /**
     * What is due on the day for the organisation. The subject must name the thing and its due date (for example
     * {@code signoff:<id>}), so the same reminder is written only once however often the job runs.
     */
    List<Due> dueOn(UUID organisationId, LocalDate day);

    /**
     * What is due, told to the person it is about ({@code toThem}: "Your sign-off for …") and to their leads
     * ({@code toLeads}, naming them where it says {@link #PERSON}: "Sam Whitaker's sign-off for …").
     */
    record Due(UUID aboutStaffId, String kind, String subjectRef, LocalDate dueOn, String toThem, String toLeads) {

        public static final String PERSON = "{person}";

        /** The sentence addressed to this recipient. */
        public String messageFor(UUID recipient, String personName) {
            return recipient.equals(aboutStaffId) ? toThem : toLeads.replace(PERSON, personName);
        }
    }
}
