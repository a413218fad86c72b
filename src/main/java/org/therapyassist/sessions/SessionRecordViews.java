package org.therapyassist.sessions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegatedTasks;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Turns session records into views with the patient, the people's names, the task and its stop criteria, the goals
 * and the escalations raised, each asked of its owning module once per list rather than once per record.
 */
@Component
class SessionRecordViews {

    private final StaffDirectory staff;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final DelegatedTasks tasks;
    private final Escalations escalations;
    private final PreSessionChecks checks;

    SessionRecordViews(StaffDirectory staff, PatientRecords patients, CarePlans carePlans, DelegatedTasks tasks,
            Escalations escalations, PreSessionChecks checks) {
        this.checks = checks;
        this.staff = staff;
        this.patients = patients;
        this.carePlans = carePlans;
        this.tasks = tasks;
        this.escalations = escalations;
    }

    List<SessionRecordView> of(UUID org, List<SessionRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Set<UUID> staffIds = new HashSet<>();
        Set<UUID> patientIds = new HashSet<>();
        records.forEach(r -> {
            staffIds.add(r.authorId());
            staffIds.add(r.reviewerId());
            patientIds.add(r.patientId());
            if (r.countersignature() != null) {
                staffIds.add(r.countersignature().by());
            }
            r.amendments().forEach(a -> staffIds.add(a.authorId()));
        });
        Map<UUID, StaffMember> names = staff.byIds(org, staffIds);
        Map<UUID, PatientSummary> people = patients.summaries(org, patientIds);
        // One read each for the goals and the tasks of the whole list, whatever its length (an inbox of records to
        // countersign read each patient's episodes and each record's delegation one by one).
        Map<UUID, String> goals = records.stream().anyMatch(r -> !r.goalProgress().isEmpty())
                ? carePlans.goalDescriptions(org, patientIds)
                : Map.of();
        Map<UUID, DelegatedTasks.TaskSummary> summaries = tasks.summariesOf(org,
                records.stream().map(SessionRecord::delegationId).toList());
        List<UUID> ids = records.stream().map(SessionRecord::id).toList();
        Map<UUID, List<Escalation>> raised = escalations.withRecords(org, ids);
        Map<UUID, UUID> checked = checks.ofRecords(org, ids);
        return records.stream().map(r -> of(r, summaries.get(r.delegationId()), people.get(r.patientId()),
                id -> name(names, id), goals, raised.getOrDefault(r.id(), List.of()), checked.get(r.id()))).toList();
    }

    /** One record's view from what the caller already has in hand (a record just written needs no lookups). */
    static SessionRecordView of(SessionRecord r, DelegatedTasks.TaskSummary task, PatientSummary patient,
            Function<UUID, String> names, Map<UUID, String> goals, List<Escalation> raised, UUID preSessionCheckId) {
        return new SessionRecordView(r.id(), r.delegationId(), task.taskTypeName(), patient,
                r.authorId(), names.apply(r.authorId()), r.authorBand(), r.reviewerId(), names.apply(r.reviewerId()),
                r.performedOn(), r.recordedAt(), r.patientResponse(), r.painBefore(), r.painAfter(), r.tugSeconds(),
                r.chairStandCount(), r.note(), r.status().name(), r.requiresCountersign(), r.signedAt(),
                r.awaitingCountersign(), r.activities(),
                r.goalProgress().stream().map(p -> new SessionRecordView.GoalLine(p.goalId(),
                        goals.getOrDefault(p.goalId(), Messages.text("sessions.goal.fallback")), p.progress().name(),
                        p.progress().title(), p.note()))
                        .toList(),
                r.countersignature() == null
                        ? null
                        : new SessionRecordView.Countersign(r.countersignature().by(),
                                names.apply(r.countersignature().by()), r.countersignature().at(),
                                r.countersignature().note()),
                r.amendments().stream().map(a -> new SessionRecordView.AmendmentLine(a.id(), names.apply(a.authorId()),
                        a.createdAt(), a.reason(), a.text())).toList(),
                r.version(), task.stopCriteria(), List.copyOf(raised), preSessionCheckId);
    }

    private static String name(Map<UUID, StaffMember> names, UUID id) {
        StaffMember s = names.get(id);
        return s == null ? "Unknown" : s.displayName();
    }
}
