package org.therapyassist.delegation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Turns delegations into views with patient, staff and task names, in a fixed number of queries per list. */
@Component
class DelegationViews {

    private final CompetencyRegister competencies;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final TaskCatalogue catalogue;
    private final CarePlans carePlans;
    private final DelegationRepository repository;

    DelegationViews(PatientRecords patients, StaffDirectory staff, TaskCatalogue catalogue, CarePlans carePlans,
            DelegationRepository repository, CompetencyRegister competencies) {
        this.competencies = competencies;
        this.patients = patients;
        this.staff = staff;
        this.catalogue = catalogue;
        this.carePlans = carePlans;
        this.repository = repository;
    }

    List<DelegationView> of(UUID org, List<Delegation> list, LocalDate today) {
        return of(org, list, today, list.size() == 1);
    }

    List<DelegationView> of(UUID org, List<Delegation> list, LocalDate today, boolean withEvidence) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<UUID> staffIds = new HashSet<>();
        Set<UUID> episodeIds = new HashSet<>();
        list.forEach(d -> {
            staffIds.add(d.delegatorId());
            staffIds.add(d.workerId());
            if (d.episodeId() != null) {
                episodeIds.add(d.episodeId());
            }
        });
        Map<UUID, PatientSummary> people = patients.summaries(org, list.stream().map(Delegation::patientId).toList());
        Map<UUID, StaffMember> names = staff.byIds(org, staffIds);
        Map<UUID, String> locations = carePlans.locations(org, episodeIds);
        Map<String, String> titles = withEvidence ? competencies.catalogue() : Map.of();
        Map<UUID, ObservationLimits> limits = repository.observationLimits(org,
                list.stream().map(Delegation::id).toList());
        return list.stream().map(d -> view(d, people.get(d.patientId()), names, locations, today,
                limits.getOrDefault(d.id(), ObservationLimits.NONE),
                withEvidence
                        ? repository.evidence(org, d.id()).stream()
                                .map(e -> new DelegationView.Evidence(e.competencyCode(), e.signOffId(), e.expiresOn(),
                                        titles.getOrDefault(e.competencyCode(), "")))
                                .toList()
                        : List.of()))
                .toList();
    }

    private DelegationView view(Delegation d, PatientSummary patient, Map<UUID, StaffMember> names,
            Map<UUID, String> locations, LocalDate today, ObservationLimits limits,
            List<DelegationView.Evidence> evidence) {
        TaskType task = catalogue.find(d.taskTypeCode()).orElseThrow();
        var p = d.plan();
        String location = d.episodeId() != null && locations.containsKey(d.episodeId())
                ? locations.get(d.episodeId())
                : patient.address() + ", " + patient.postcode();
        return new DelegationView(d.id(), patient, d.episodeId(), location, task.code(), task.name(),
                task.defaultRisk(),
                task.measure(), d.delegatorId(), name(names, d.delegatorId()), d.delegatorRegistration(), d.workerId(),
                name(names, d.workerId()), p.instructions(), p.frequency().name(), p.frequency().title(),
                p.timeOfDay().title(), p.startsOn(), p.endsOn(), p.escalationCriteria(), p.patientRisks(),
                p.consent().name(), p.consentNote(), p.supervision().name(), p.supervision().title(),
                p.contactInstructions(), d.reviewOn(), d.status().name(), d.status().title(),
                d.declineReason() == null ? null : d.declineReason().name(),
                d.declineReason() == null ? null : d.declineReason().title(), d.declineNote(), d.respondedAt(),
                d.createdAt(), d.closedAt(), d.closeNote(), d.activity().lastSessionOn(), d.activity().sessionsCount(),
                d.dueOn(today), d.reviewDue(today), evidence, limits, d.version());
    }

    private static String name(Map<UUID, StaffMember> names, UUID id) {
        StaffMember s = names.get(id);
        return s == null ? "Unknown" : s.displayName();
    }
}
