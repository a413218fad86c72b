package org.therapyassist.fhir;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.therapyassist.delegation.DelegationView;

/**
 * A delegation as a UK Core Task: the delegating registrant is the requester, the support worker the owner, the task
 * type the code, the instructions the description, the delegation's dates the restriction period, and the status
 * follows the delegation's states (see {@link #status}; the table is in docs/architecture.md).
 */
final class TaskResources {

    private TaskResources() {
    }

    /**
     * Offered → requested; accepted → accepted until the first session is recorded, then in-progress; declined →
     * rejected; cancelled → cancelled; completed (ended at review) → completed.
     */
    static TaskStatus status(String state, int sessions) {
        return switch (state) {
            case "OFFERED" -> TaskStatus.REQUESTED;
            case "ACCEPTED" -> sessions > 0 ? TaskStatus.INPROGRESS : TaskStatus.ACCEPTED;
            case "DECLINED" -> TaskStatus.REJECTED;
            case "CANCELLED" -> TaskStatus.CANCELLED;
            case "COMPLETED" -> TaskStatus.COMPLETED;
            default -> throw new IllegalStateException("Unknown delegation state " + state);
        };
    }

    static Task of(DelegationView d) {
        Task task = new Task();
        task.setId(d.id().toString());
        task.getMeta().addProfile(UkCore.TASK_PROFILE);
        task.setStatus(status(d.status(), d.sessionsCount()));
        task.getBusinessStatus().setText(d.statusTitle());
        if (d.declineReasonTitle() != null) {
            task.getStatusReason().setText(d.declineReasonTitle());
        }
        task.setIntent(TaskIntent.ORDER);
        task.getCode().setText(d.taskTypeName());
        task.setDescription(d.instructions());
        task.setFor(References.to("Patient", d.patient().id(), null));
        task.setAuthoredOn(Date.from(d.createdAt()));
        Instant changed = d.closedAt() != null ? d.closedAt() : d.respondedAt();
        if (changed != null && !changed.isBefore(d.createdAt())) {
            task.setLastModified(Date.from(changed));
        }
        task.setRequester(References.to("Practitioner", d.delegatorId(), d.delegatorName()));
        task.setOwner(References.to("Practitioner", d.workerId(), d.workerName()));
        task.getRestriction().setPeriod(new Period().setStartElement(new DateTimeType(d.startsOn().toString()))
                .setEndElement(new DateTimeType(d.endsOn().toString())));
        return task;
    }
}
