package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;

/**
 * A support worker's day: new requests to answer, tasks due today in order, records waiting for their signature, and
 * what is done today. A visit recorded only as an unsigned draft is not "done": it waits for the signature.
 */
@Service
public class MyDay {

    private final DelegationRepository repository;
    private final DelegationViews views;
    private final PatientAccess access;
    private final TaskCatalogue catalogue;
    private final ObjectProvider<SessionDrafts> drafts;
    private final Clock clock;

    MyDay(DelegationRepository repository, DelegationViews views, PatientAccess access, TaskCatalogue catalogue,
            ObjectProvider<SessionDrafts> drafts, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.views = views;
        this.access = access;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Schema(name = "MyDay")
    public record Day(LocalDate date, List<DelegationView> toAnswer, List<DelegationView> due,
            List<WaitingForSignature> awaitingSignature, List<DelegationView> doneToday) {
    }

    /** A session record the worker saved but has not signed: it can be changed, then must be signed. */
    public record WaitingForSignature(UUID sessionRecordId, LocalDate performedOn, Instant recordedAt,
            UUID delegationId,
            String taskTypeName, PatientSummary patient) {
    }

    /** A day's work is bounded: at most this many open delegations (far beyond one worker's caseload) are read. */
    static final int MAX_OPEN = 200;

    @Transactional
    public Day of(CurrentUser user) {
        LocalDate today = Time.today(clock);
        List<SessionDrafts.Draft> unsigned = drafts.stream()
                .flatMap(d -> d.draftsBy(user.organisationId(), user.staffId()).stream())
                .sorted(Comparator.comparing(SessionDrafts.Draft::performedOn)
                        .thenComparing(SessionDrafts.Draft::recordedAt))
                .toList();
        Set<UUID> draftedToday = unsigned.stream().filter(d -> d.performedOn().equals(today))
                .map(SessionDrafts.Draft::delegationId).collect(Collectors.toSet());
        List<Delegation> open = repository.query(
                "organisation_id = ? and worker_id = ? and status in ('OFFERED', 'ACCEPTED') and starts_on <= ? "
                        + "and ends_on >= ? order by starts_on, id limit " + MAX_OPEN,
                user.organisationId(), user.staffId(),
                today.plusDays(7), today);
        List<Delegation> toAnswer = new ArrayList<>();
        List<Delegation> due = new ArrayList<>();
        List<Delegation> done = new ArrayList<>();
        for (Delegation d : open) {
            if (d.status() == Status.OFFERED) {
                toAnswer.add(d);
            } else if (d.dueOn(today)) {
                due.add(d);
            } else if (today.equals(d.activity().lastSessionOn()) && !draftedToday.contains(d.id())) {
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
        List<Delegation> ofDrafts = delegationsOf(user, unsigned, open);
        List<UUID> patients = new ArrayList<>(shown.stream().map(Delegation::patientId).toList());
        ofDrafts.forEach(d -> patients.add(d.patientId()));
        access.checkAll(user, patients, PatientAction.VIEW_WORKLIST);
        List<DelegationView> all = views.of(user.organisationId(), shown, today, false);
        Map<UUID, DelegationView> draftViews = new HashMap<>();
        views.of(user.organisationId(), ofDrafts, today, false).forEach(v -> draftViews.put(v.id(), v));
        List<WaitingForSignature> waiting = unsigned.stream().filter(d -> draftViews.containsKey(d.delegationId()))
                .map(d -> {
                    DelegationView v = draftViews.get(d.delegationId());
                    return new WaitingForSignature(d.sessionRecordId(), d.performedOn(), d.recordedAt(), v.id(),
                            v.taskTypeName(), v.patient());
                }).toList();
        return new Day(today, all.subList(0, toAnswer.size()),
                all.subList(toAnswer.size(), toAnswer.size() + due.size()),
                waiting, all.subList(toAnswer.size() + due.size(), all.size()));
    }

    /**
     * How many tasks offered to this worker wait for their answer (the count in their header): the same tasks as
     * {@link Day#toAnswer()}, counted without reading any patient.
     */
    @Transactional(readOnly = true)
    public long toAnswerCount(CurrentUser user) {
        if (user.staffId() == null) {
            return 0;
        }
        LocalDate today = Time.today(clock);
        return repository.count("organisation_id = ? and worker_id = ? and status = 'OFFERED' and starts_on <= ? "
                + "and ends_on >= ?", user.organisationId(), user.staffId(), today.plusDays(7), today);
    }

    /** The delegations the drafts were recorded against, whether or not they are still open. */
    private List<Delegation> delegationsOf(CurrentUser user, List<SessionDrafts.Draft> unsigned,
            List<Delegation> open) {
        Map<UUID, Delegation> found = new LinkedHashMap<>();
        Map<UUID, Delegation> byId = new HashMap<>();
        open.forEach(d -> byId.put(d.id(), d));
        for (SessionDrafts.Draft draft : unsigned) {
            if (!found.containsKey(draft.delegationId())) {
                Delegation d = byId.get(draft.delegationId());
                if (d == null) {
                    d = repository.find(user.organisationId(), draft.delegationId()).orElse(null);
                }
                if (d != null) {
                    found.put(d.id(), d);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private int riskRank(Delegation d) {
        return switch (catalogue.find(d.taskTypeCode()).map(TaskType::defaultRisk).orElse("LOW")) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }
}
