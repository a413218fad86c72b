package org.therapyassist.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.TaskCatalogue;
import org.therapyassist.delegation.TaskType;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;
import org.therapyassist.visits.DayReader.Context;

/**
 * Published days after the fact: visits a lapsed or withdrawn competency pulls back to re-plan (and the lead who
 * published the day told of them), and the access to patients that past visits gave their workers, ended.
 */
@Service
public class LapsedVisits {

    private final DayReader reader;
    private final VisitStore store;
    private final StaffDirectory staff;
    private final CareRelationships relationships;
    private final PatientAccess access;
    private final PatientRecords patients;
    private final TaskCatalogue tasks;

    LapsedVisits(DayReader reader, VisitStore store, StaffDirectory staff, CareRelationships relationships,
            PatientAccess access, PatientRecords patients, TaskCatalogue tasks) {
        this.reader = reader;
        this.store = store;
        this.staff = staff;
        this.relationships = relationships;
        this.access = access;
        this.patients = patients;
        this.tasks = tasks;
    }

    /**
     * For the lapse check, with no user: takes off the published plan (and the working copy) every visit whose worker
     * no longer holds a competency it needs in date on the visit's day, or is below its stage, and lists it "to
     * re-plan" with the reason. How many were pulled back.
     */
    @Transactional
    public int pullBackLapsed(UUID organisationId, UUID teamId, LocalDate day) {
        Team team = staff.teams(organisationId).stream().filter(t -> t.id().equals(teamId)).findFirst().orElse(null);
        if (team == null) {
            return 0;
        }
        Context context = reader.context(organisationId, null, team, day, false);
        DayPlan published = new DayPlan(day, store.assignments(teamId, day, VisitStore.Copy.PUBLISHED), List.of());
        DayPlan kept = Replanning.pullBackLapsed(published, context.problem());
        int pulled = 0;
        for (Unassigned u : kept.unassigned()) {
            if (u.code().equals("visits.reason.to-replan")) {
                store.withdraw(u.visitId());
                store.setPinned(u.visitId(), false);
                store.setReason(u.visitId(), u.code(), u.reason());
                pulled++;
            }
        }
        if (pulled > 0) {
            store.changed(teamId, day);
        }
        return pulled;
    }

    /**
     * Ends the care relationships published visits gave their workers, for the days before {@code today} (looking
     * back a week, as the job runs every hour): a worker sent once keeps no access to the patient afterwards.
     */
    @Transactional
    public int endPastVisits(LocalDate today) {
        int ended = 0;
        for (VisitStore.DayRow d : store.publishedDaysFrom(today.minusDays(7))) {
            if (!d.day().isBefore(today)) {
                continue;
            }
            UUID org = store.organisationOfDay(d.teamId(), d.day());
            for (Assignment a : store.assignments(d.teamId(), d.day(), VisitStore.Copy.PUBLISHED)) {
                relationships.ended(org, DayReader.visitSource(a));
                ended++;
            }
        }
        return ended;
    }

    /** A visit pulled back to re-plan, as the lead who published its day is told of it. */
    public record ToReplan(UUID visitId, UUID teamId, LocalDate day, PatientSummary patient, String taskName,
            String reason) {
    }

    /** At most this many visits to re-plan are listed: far beyond what lapses between publishing and the day. */
    public static final int TO_REPLAN_SHOWN = 50;

    /** The visits pulled back to re-plan on the days this person published, from today on, soonest first. */
    @Transactional
    public List<ToReplan> toReplan(CurrentUser user) {
        if (user.staffId() == null) {
            return List.of();
        }
        List<VisitStore.Row> rows = store.toReplan(user.organisationId(), user.staffId(), reader.today(),
                TO_REPLAN_SHOWN);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> patientIds = rows.stream().map(VisitStore.Row::patientId).distinct().toList();
        access.checkAll(user, patientIds, PatientAction.VIEW_WORKLIST);
        Map<UUID, PatientSummary> summaries = patients.summaries(user.organisationId(), patientIds);
        return rows.stream().map(r -> new ToReplan(r.id(), r.teamId(), r.day(), summaries.get(r.patientId()),
                tasks.find(r.taskTypeCode()).map(TaskType::name).orElse(r.taskTypeCode()), r.reason())).toList();
    }

    /** The published days from a date on, as (organisation, team, day), for the lapse check. */
    @Transactional(readOnly = true)
    public List<PublishedDay> publishedDaysFrom(LocalDate from) {
        return store.publishedDaysFrom(from).stream()
                .map(d -> new PublishedDay(store.organisationOfDay(d.teamId(), d.day()), d.teamId(), d.day()))
                .toList();
    }

    /** A team's published day. */
    public record PublishedDay(UUID organisationId, UUID teamId, LocalDate day) {
    }
}
