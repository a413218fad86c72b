package org.therapyassist.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.platform.Stage;

/**
 * The delegated work due on a day, for planning it: which task, for which patient, delegated to whom, at what time of
 * day, needing which stage and competencies. Reads only; nothing here is shown to anybody without the planner's
 * access check.
 */
@Service
public class DueWork {

    /** At most this many delegations are read for one team's day: far beyond a community team's visits. */
    public static final int MOST = 2_000;

    private final DelegationRepository repository;
    private final TaskCatalogue catalogue;

    DueWork(DelegationRepository repository, TaskCatalogue catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
    }

    /** A delegation due on the day, as the planner needs it. */
    public record Due(UUID delegationId, UUID patientId, String taskTypeCode, String taskName, UUID workerId,
            TimeOfDay timeOfDay, Stage minimumStage, Set<String> competencies) {
    }

    /** Accepted delegations to these workers that are due on the day, by their frequency and dates. */
    @Transactional(readOnly = true)
    public List<Due> dueOn(UUID organisationId, Collection<UUID> workerIds, LocalDate day) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        return repository.query("organisation_id = ? and worker_id in (" + marks(workerIds) + ") and status = "
                + "'ACCEPTED' and starts_on <= ? and ends_on >= ? order by created_at, id limit " + MOST,
                params(organisationId, workerIds, day, day))
                .stream().filter(d -> d.dueOn(day))
                .map(d -> {
                    TaskType task = catalogue.find(d.taskTypeCode()).orElseThrow();
                    return new Due(d.id(), d.patientId(), d.taskTypeCode(), task.name(), d.workerId(),
                            d.plan().timeOfDay(), task.minimumStage(), task.requiredCompetencies());
                }).toList();
    }

    /** Of these delegations, those still accepted: a cancelled or ended one takes its visits off the plan. */
    @Transactional(readOnly = true)
    public Set<UUID> stillOpen(UUID organisationId, Collection<UUID> delegationIds) {
        if (delegationIds.isEmpty()) {
            return Set.of();
        }
        return repository.query("organisation_id = ? and id in (" + marks(delegationIds) + ")",
                params(organisationId, delegationIds)).stream()
                .filter(d -> d.status() == Status.ACCEPTED).map(Delegation::id).collect(Collectors.toSet());
    }

    /**
     * What the worker reads before a visit: the task's instructions, the risks, when to stop and whom to call; and
     * whether each session starts with the before-session checklist (the task asks for observations).
     */
    public record Brief(UUID delegationId, String instructions, String patientRisks, String escalationCriteria,
            String contactInstructions, boolean asksForObservations) {
    }

    /** The briefs of these delegations, whatever their state (a visit may outlive a cancellation by minutes). */
    @Transactional(readOnly = true)
    public Map<UUID, Brief> briefs(UUID organisationId, Collection<UUID> delegationIds) {
        Map<UUID, Brief> briefs = new HashMap<>();
        if (delegationIds.isEmpty()) {
            return briefs;
        }
        Map<UUID, ObservationLimits> limits = repository.observationLimits(organisationId, delegationIds);
        for (Delegation d : repository.query("organisation_id = ? and id in (" + marks(delegationIds) + ")",
                params(organisationId, delegationIds))) {
            briefs.put(d.id(), new Brief(d.id(), d.plan().instructions(), d.plan().patientRisks(),
                    d.plan().escalationCriteria(), d.plan().contactInstructions(),
                    limits.getOrDefault(d.id(), ObservationLimits.NONE).asksAny()));
        }
        return briefs;
    }

    /** "?, ?, ?": one placeholder per id, for the repository's positional parameters. */
    private static String marks(Collection<UUID> ids) {
        return ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    }

    /** The organisation, then the ids, then any further parameters, in the order the placeholders stand. */
    private static Object[] params(UUID organisationId, Collection<UUID> ids, Object... after) {
        List<Object> all = new ArrayList<>();
        all.add(organisationId);
        all.addAll(ids);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
