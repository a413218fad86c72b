package org.therapyassist.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;

/** A support worker's day: new requests to answer, tasks due today in order, and what is already done today. */
@Service
public class MyDay {

    private final DelegationRepository repository;
    private final DelegationViews views;
    private final PatientAccess access;
    private final TaskCatalogue catalogue;
    private final Clock clock;

    MyDay(DelegationRepository repository, DelegationViews views, PatientAccess access, TaskCatalogue catalogue,
            Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.views = views;
        this.access = access;
        this.clock = clock;
    }

    public record Day(LocalDate date, List<DelegationView> toAnswer, List<DelegationView> due,
            List<DelegationView> doneToday) {
    }

    /** A day's work is bounded: at most this many open delegations (far beyond one worker's caseload) are read. */
    static final int MAX_OPEN = 200;

    @Transactional
    public Day of(CurrentUser user) {
        LocalDate today = Time.today(clock);
        List<Delegation> open = repository.query(
                "organisation_id = ? and worker_id = ? and status in ('OFFERED', 'ACCEPTED') and starts_on <= ? "
                        + "and ends_on >= ? order by starts_on, id limit " + MAX_OPEN, user.organisationId(), user.staffId(),
                today.plusDays(7), today);
        List<Delegation> toAnswer = new ArrayList<>();
        List<Delegation> due = new ArrayList<>();
        List<Delegation> done = new ArrayList<>();
        for (Delegation d : open) {
            if (d.status() == Status.OFFERED) {
                toAnswer.add(d);
            } else if (d.dueOn(today)) {
                due.add(d);
            } else if (today.equals(d.activity().lastSessionOn())) {
                done.add(d);
            }
        }
        // Morning work first; within a slot, higher-risk work first, while a registrant is most reachable.
        Comparator<Delegation> order = Comparator.comparing((Delegation d) -> d.plan().timeOfDay().ordinal())
                .thenComparing(this::riskRank)
                .thenComparing(Delegation::createdAt);
        due.sort(order);
        toAnswer.sort(Comparator.comparing(Delegation::createdAt));
        List<Delegation> shown = new ArrayList<>(toAnswer);
        shown.addAll(due);
        shown.addAll(done);
        access.checkAll(user, shown.stream().map(Delegation::patientId).toList(), PatientAction.VIEW_WORKLIST);
        List<DelegationView> all = views.of(user.organisationId(), shown, today, false);
        return new Day(today, all.subList(0, toAnswer.size()), all.subList(toAnswer.size(), toAnswer.size() + due.size()),
                all.subList(toAnswer.size() + due.size(), all.size()));
    }

    private int riskRank(Delegation d) {
        return switch (catalogue.find(d.taskTypeCode()).map(TaskType::defaultRisk).orElse("LOW")) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }
}
