package org.therapyassist.delegation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.web.Messages;

/**
 * The task a delegation is for, as records written against it show it (session records, escalations): its name and
 * its "stop and contact" criteria. Other modules ask here rather than reading the delegation table; a delegation
 * that cannot be found still reads as "Delegated task" so an old record never fails to show.
 */
@Service
public class DelegatedTasks {

    /** The task's name and its "stop and contact" criteria, as a record made against the delegation shows them. */
    public record TaskSummary(String taskTypeName, String stopCriteria) {
    }

    private final DelegationRepository repository;
    private final TaskCatalogue catalogue;
    private final JdbcClient jdbc;

    DelegatedTasks(DelegationRepository repository, TaskCatalogue catalogue, JdbcClient jdbc) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    /** Open means offered and not yet answered, or accepted and not yet ended: work that is still someone's. */
    private static final String OPEN = "status in ('OFFERED', 'ACCEPTED')";

    /**
     * How many open delegations each of these patients has (patients with none are left out), for caseload lists.
     * Reads no clinical detail; access is the caller's to check.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> openCountsByPatient(UUID organisationId, Collection<UUID> patientIds) {
        Map<UUID, Integer> out = new HashMap<>();
        if (patientIds.isEmpty()) {
            return out;
        }
        for (List<UUID> chunk : chunks(List.copyOf(Set.copyOf(patientIds)))) {
            jdbc.sql("select patient_id, count(*) from delegation where organisation_id = :org and " + OPEN
                    + " and patient_id in (:ids) group by patient_id")
                    .param("org", organisationId).param("ids", chunk)
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
        }
        return out;
    }

    /** The patients with open delegations to this worker: a support worker's own patients. */
    @Transactional(readOnly = true)
    public Set<UUID> patientsDelegatedTo(UUID organisationId, UUID workerId) {
        return Set.copyOf(
                jdbc.sql("select distinct patient_id from delegation where organisation_id = ? and worker_id = ? "
                        + "and " + OPEN).params(organisationId, workerId).query(UUID.class).list());
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return out;
    }

    /** The task names of several delegations at once (for lists of things recorded against them). */
    @Transactional(readOnly = true)
    public Map<UUID, String> taskNamesOf(UUID organisationId, Collection<UUID> delegationIds) {
        Map<UUID, String> out = new HashMap<>();
        repository.taskTypeCodes(organisationId, Set.copyOf(delegationIds))
                .forEach((id, code) -> out.put(id, catalogue.find(code).map(TaskType::name)
                        .orElseGet(() -> Messages.text("delegation.task.fallback"))));
        return out;
    }

    /**
     * The summaries of many delegations in one read (a list of records made against several): each missing one is the
     * fallback, as {@link #summaryOf} gives.
     */
    @Transactional(readOnly = true)
    public Map<UUID, TaskSummary> summariesOf(UUID organisationId, Collection<UUID> delegationIds) {
        Map<UUID, TaskSummary> out = new HashMap<>();
        List<UUID> ids = List.copyOf(new HashSet<>(delegationIds));
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            repository.query("organisation_id = ? and id in (" + String.join(", ", Collections.nCopies(chunk.size(),
                    "?")) + ")", concat(organisationId, chunk)).forEach(d -> out.put(d.id(), summary(d)));
        }
        ids.forEach(id -> out.putIfAbsent(id, new TaskSummary(Messages.text("delegation.task.fallback"), null)));
        return out;
    }

    private TaskSummary summary(Delegation d) {
        return new TaskSummary(catalogue.find(d.taskTypeCode()).map(TaskType::name)
                .orElseGet(() -> Messages.text("delegation.task.fallback")), d.plan().escalationCriteria());
    }

    private static Object[] concat(UUID first, List<UUID> rest) {
        Object[] params = new Object[rest.size() + 1];
        params[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            params[i + 1] = rest.get(i);
        }
        return params;
    }

    @Transactional(readOnly = true)
    public TaskSummary summaryOf(UUID organisationId, UUID delegationId) {
        return repository.find(organisationId, delegationId)
                .map(d -> new TaskSummary(
                        catalogue.find(d.taskTypeCode()).map(TaskType::name)
                                .orElseGet(() -> Messages.text("delegation.task.fallback")),
                        d.plan().escalationCriteria()))
                .orElse(new TaskSummary(Messages.text("delegation.task.fallback"), null));
    }
}
