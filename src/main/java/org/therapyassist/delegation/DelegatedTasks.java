package org.therapyassist.delegation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    DelegatedTasks(DelegationRepository repository, TaskCatalogue catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
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
