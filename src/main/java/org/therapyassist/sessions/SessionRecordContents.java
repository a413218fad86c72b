package org.therapyassist.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;

/**
 * What a session record says about the patient's care plan, checked before it is saved: goal progress only on this
 * patient's goals, programme lines only from the current programme, with what was prescribed copied from it.
 */
@Component
class SessionRecordContents {

    private final CarePlans carePlans;
    private final SessionRecordRepository repository;

    SessionRecordContents(CarePlans carePlans, SessionRecordRepository repository) {
        this.carePlans = carePlans;
        this.repository = repository;
    }

    /** The patient's goals, across their episodes, by id. */
    Map<UUID, String> goalsOf(CurrentUser user, UUID patientId) {
        return carePlans.goalDescriptions(user.organisationId(), List.of(patientId));
    }

    static void requireGoalsOfThisPatient(Map<UUID, String> goals, List<NewSessionRecord.GoalUpdate> updates) {
        for (int i = 0; i < updates.size(); i++) {
            if (!goals.containsKey(updates.get(i).goalId())) {
                throw new InvalidInputException(
                        Map.of("goalProgress[" + i + "].goalId", Messages.text("sessions.refusal.goal-unknown")));
            }
        }
    }

    static List<SessionRecord.Progress> progressOf(List<NewSessionRecord.GoalUpdate> updates) {
        return updates.stream()
                .map(g -> new SessionRecord.Progress(g.goalId(), g.progress(), Text.blankToNull(g.note())))
                .toList();
    }

    /**
     * Programme lines must be items of this delegation's episode that are still on the programme; what was prescribed
     * is copied from the programme itself, never taken from the request, so the signed record shows done against
     * prescribed as it stood on the day.
     */
    List<NewSessionRecord.Activity> withPrescriptions(CurrentUser user, DelegationView delegation,
            List<NewSessionRecord.Activity> activities) {
        if (activities.stream().noneMatch(NewSessionRecord.Activity::fromProgramme)) {
            return activities;
        }
        Map<UUID, String> prescribed = repository.prescriptions(user.organisationId(), delegation.episodeId());
        List<NewSessionRecord.Activity> out = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            NewSessionRecord.Activity a = activities.get(i);
            if (!a.fromProgramme()) {
                out.add(new NewSessionRecord.Activity(a.activity(), a.setsDone(), a.repetitionsDone()));
                continue;
            }
            if (!prescribed.containsKey(a.programmeItemId())) {
                throw new InvalidInputException(Map.of("activities[" + i + "].programmeItemId",
                        Messages.text("sessions.refusal.not-on-programme")));
            }
            boolean done = Boolean.TRUE.equals(a.done());
            out.add(new NewSessionRecord.Activity(a.activity(), done ? a.setsDone() : null,
                    done ? a.repetitionsDone() : null,
                    a.programmeItemId(), done, prescribed.get(a.programmeItemId())));
        }
        return List.copyOf(out);
    }
}
