package org.therapyassist.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.therapyassist.delegation.DueWork;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;
/** Makes a day's visits from the delegations due, the first time the day is read and each time it is planned. */
@Component
class VisitMaker {

    private final VisitStore store;
    private final DueWork due;
    private final PatientHomes homes;
    private final Clock clock;

    VisitMaker(VisitStore store, DueWork due, PatientHomes homes, Clock clock) {
        this.store = store;
        this.due = due;
        this.homes = homes;
        this.clock = clock;
    }

    /**
     * Adds a visit for each home-visit delegation now due that has none yet, and cancels the visits whose delegation
     * has been cancelled or ended since (they leave the plan, and the published day once published again).
     */
    void refresh(UUID org, Team team, LocalDate day, List<StaffMember> members) {
        List<VisitStore.Row> existing = store.visits(team.id(), day);
        Set<UUID> delegations = existing.stream().map(VisitStore.Row::delegationId).collect(Collectors.toSet());
        Set<UUID> open = due.stillOpen(org, delegations);
        Instant now = clock.instant();
        boolean changed = false;
        for (VisitStore.Row row : existing) {
            if (!row.cancelled() && !open.contains(row.delegationId())) {
                store.cancel(row.id(), now, "visits.reason.delegation-closed",
                        Messages.text("visits.reason.delegation-closed"));
                changed = true;
            }
        }
        List<DueWork.Due> dueNow = due.dueOn(org, members.stream().map(StaffMember::id).toList(),
                day);
        Map<UUID, PatientHomes.Home> homesById = homes.of(org,
                dueNow.stream().map(DueWork.Due::patientId).collect(Collectors.toSet()));
        for (DueWork.Due d : dueNow) {
            if (delegations.contains(d.delegationId()) || !VisitDefaults.isHomeVisit(d.taskTypeCode())) {
                continue;
            }
            // A home staff visit only in pairs gets two workers, whatever the task.
            PatientHomes.Home home = homesById.get(d.patientId());
            boolean twoGo = VisitDefaults.doubleUp(d.taskTypeCode()) || home != null && home.pairsOnly();
            TimeWindow window = VisitDefaults.window(d.timeOfDay());
            store.insertVisit(new VisitStore.Row(Ids.newId(), org, team.id(), day, d.delegationId(),
                    d.patientId(), d.taskTypeCode(), (int) VisitDefaults.duration(d.taskTypeCode()).toMinutes(),
                    window.from(), window.to(), twoGo, d.workerId(), false, null,
                    null, null, 0), now);
            changed = true;
        }
        if (changed) {
            store.changed(team.id(), day);
        }
    }
}
