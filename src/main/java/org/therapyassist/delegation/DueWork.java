package org.therapyassist.delegation;

import java.time.LocalDate;
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
        String in = workerIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        Object[] params = new Object[workerIds.size() + 3];
        params[0] = organisationId;
        int i = 1;
        for (UUID id : workerIds) {
            params[i++] = id;
        }
        params[i++] = day;
        params[i] = day;
        return repository.query("organisation_id = ? and worker_id in (" + in + ") and status = 'ACCEPTED' "
                + "and starts_on <= ? and ends_on >= ? order by created_at, id limit " + MOST, params)
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
        String in = delegationIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        Object[] params = new Object[delegationIds.size() + 1];
        params[0] = organisationId;
        int i = 1;
        for (UUID id : delegationIds) {
            params[i++] = id;
        }
        return repository.query("organisation_id = ? and id in (" + in + ")", params).stream()
                .filter(d -> d.status() == Status.ACCEPTED).map(Delegation::id).collect(Collectors.toSet());
    }

    /** What the worker reads before a visit: the task's instructions, the risks, when to stop and whom to call. */
    public record Brief(UUID delegationId, String instructions, String patientRisks, String escalationCriteria,
            String contactInstructions) {
    }

    /** The briefs of these delegations, whatever their state (a visit may outlive a cancellation by minutes). */
    @Transactional(readOnly = true)
    public Map<UUID, Brief> briefs(UUID organisationId, Collection<UUID> delegationIds) {
        Map<UUID, Brief> briefs = new HashMap<>();
        if (delegationIds.isEmpty()) {
            return briefs;
        }
        String in = delegationIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        Object[] params = new Object[delegationIds.size() + 1];
        params[0] = organisationId;
        int i = 1;
        for (UUID id : delegationIds) {
            params[i++] = id;
        }
        for (Delegation d : repository.query("organisation_id = ? and id in (" + in + ")", params)) {
            briefs.put(d.id(), new Brief(d.id(), d.plan().instructions(), d.plan().patientRisks(),
                    d.plan().escalationCriteria(), d.plan().contactInstructions()));
        }
        return briefs;
    }
}
