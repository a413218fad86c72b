package org.therapyassist.visits;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.delegation.TaskCatalogue;
import org.therapyassist.delegation.TaskType;
import org.therapyassist.delegation.VisitCover;
import org.therapyassist.patients.PatientHomes;

/**
 * The visits as published to the workers: what a worker's phone shows and what lone working watches over. Only the
 * published copy is read here, never the lead's working copy. Reads only; callers check access to the patients.
 */
@Service
public class PublishedVisits implements VisitCover {

    private final VisitStore store;
    private final PatientHomes homes;
    private final TaskCatalogue tasks;

    PublishedVisits(VisitStore store, PatientHomes homes, TaskCatalogue tasks) {
        this.store = store;
        this.homes = homes;
        this.tasks = tasks;
    }

    /** A published visit: who goes (two for a double-up), when, where, and who published the day. */
    public record PublishedVisit(UUID visitId, UUID organisationId, UUID teamId, LocalDate day, UUID patientId,
            UUID delegationId, String taskTypeCode, String taskName, List<UUID> workerIds, LocalTime start,
            LocalTime end, String address, String postcode, UUID publishedBy) {
    }

    /** The visit, when it is on a published plan. */
    @Transactional(readOnly = true)
    public Optional<PublishedVisit> find(UUID organisationId, UUID visitId) {
        return store.visit(organisationId, visitId).filter(r -> !r.cancelled())
                .flatMap(r -> of(List.of(r)).stream().findFirst());
    }

    /** A worker's published visits on a day, in order of start. */
    @Transactional(readOnly = true)
    public List<PublishedVisit> ofWorker(UUID organisationId, UUID workerId, LocalDate day) {
        return of(store.publishedFor(organisationId, workerId, day));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean covers(UUID organisationId, UUID delegationId, UUID workerId, LocalDate day) {
        return store.publishedCovers(organisationId, delegationId, workerId, day);
    }

    private List<PublishedVisit> of(List<VisitStore.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Assignment>> published = store.publishedOf(rows.stream().map(VisitStore.Row::id).toList());
        Map<UUID, PatientHomes.Home> where = homes.of(rows.getFirst().organisationId(),
                rows.stream().map(VisitStore.Row::patientId).toList());
        return rows.stream().filter(r -> published.containsKey(r.id())).map(r -> {
            List<Assignment> slots = published.get(r.id());
            PatientHomes.Home home = where.get(r.patientId());
            UUID publishedBy = store.findDay(r.teamId(), r.day()).map(VisitStore.DayRow::publishedBy).orElse(null);
            return new PublishedVisit(r.id(), r.organisationId(), r.teamId(), r.day(), r.patientId(),
                    r.delegationId(), r.taskTypeCode(), tasks.find(r.taskTypeCode()).map(TaskType::name)
                            .orElse(r.taskTypeCode()),
                    slots.stream().map(Assignment::workerId).toList(), slots.getFirst().start(),
                    slots.getFirst().end(), home == null ? null : home.address(),
                    home == null ? null : home.postcode(), publishedBy);
        }).toList();
    }
}
