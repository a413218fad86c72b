package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.induction.Induction;
import org.therapyassist.induction.InductionProgress;

/** New starters whose induction is behind the usual 12-week pace. */
@Component
class InductionReminders implements ReminderSource {

    private final Induction induction;

    InductionReminders(Induction induction) {
        this.induction = induction;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return induction.overview(organisationId, day).stream()
                .filter(s -> s.progress().behind())
                .map(s -> new Due(s.staffId(), "INDUCTION_BEHIND", "induction:" + s.planId(),
                        s.startsOn().plusWeeks(InductionProgress.USUAL_WEEKS),
                        "Your induction is behind: " + progress(s) + " Talk to your assessor about what is left.",
                        "Induction for " + s.name() + " is behind: " + progress(s)))
                .toList();
    }

    private static String progress(Induction.Summary s) {
        return s.progress().done() + " of " + s.progress().total() + " items signed off after " + s.progress().weeks()
                + (s.progress().weeks() == 1 ? " week." : " weeks.");
    }
}
