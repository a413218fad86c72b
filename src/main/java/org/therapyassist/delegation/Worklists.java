package org.therapyassist.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;

/**
 * What a registrant's delegations ask of them: declined ones to deal with, reviews that have come due, offers not yet
 * answered and open ones relying on evidence that has since lapsed. The inbox reads it; the delegation use cases that
 * clear each part are in {@link DelegationDesk}.
 */
@Service
public class Worklists {

    /** The parts of a registrant's worklist; a worklist can be read whole or one part at a time. */
    public enum WorkPart {
        DECLINED, REVIEWS_DUE, AWAITING_RESPONSE, LAPSED_COMPETENCY
    }

    /** The parts of a worklist read, each a page; a part not asked for is null. */
    public record Worklist(Page<DelegationView> declined, Page<DelegationView> reviewsDue,
            Page<DelegationView> awaitingResponse, Page<DelegationView> lapsedCompetency) {
        public List<UUID> patientIds() {
            List<UUID> ids = new ArrayList<>();
            Stream.of(declined, reviewsDue, awaitingResponse, lapsedCompetency)
                    .filter(Objects::nonNull)
                    .forEach(p -> p.items().forEach(d -> ids.add(d.patient().id())));
            return ids;
        }
    }

    private final DelegationRepository repository;
    private final DelegationViews views;
    private final CompetencyRegister competencies;
    private final JdbcClient jdbc;
    private final Clock clock;

    Worklists(DelegationRepository repository, DelegationViews views, CompetencyRegister competencies, JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.views = views;
        this.competencies = competencies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Declined delegations the registrant has not yet dealt with, accepted ones whose review date has come, offers not
     * yet answered and open ones relying on lapsed evidence: each part a page (the same page of each), or only the
     * parts asked for (the others are null).
     */
    @Transactional(readOnly = true)
    public Worklist worklistOf(UUID organisationId, UUID delegatorId, Set<WorkPart> parts, PageRequest page) {
        LocalDate today = Time.today(clock);
        Page<DelegationView> declined = !parts.contains(WorkPart.DECLINED)
                ? null
                : views(organisationId,
                        repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'DECLINED' "
                                + "and closed_at is null", "responded_at, id", organisationId, delegatorId),
                        today, false);
        Page<DelegationView> reviews = !parts.contains(WorkPart.REVIEWS_DUE)
                ? null
                : views(organisationId,
                        repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'ACCEPTED' "
                                + "and review_on <= ?", "review_on, id", organisationId, delegatorId, today),
                        today, false);
        Page<DelegationView> awaiting = !parts.contains(WorkPart.AWAITING_RESPONSE)
                ? null
                : views(organisationId,
                        repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'OFFERED'",
                                "created_at, id", organisationId, delegatorId),
                        today, false);
        Page<DelegationView> lapsed = !parts.contains(WorkPart.LAPSED_COMPETENCY)
                ? null
                : views(organisationId, relyingOnLapsedEvidence(organisationId, delegatorId, today, page), today, true);
        return new Worklist(declined, reviews, awaiting, lapsed);
    }

    private Page<DelegationView> views(UUID organisationId, Page<Delegation> found, LocalDate today, boolean lapsed) {
        return new Page<>(views.of(organisationId, found.items(), today, lapsed), found.page(), found.size(),
                found.hasMore(),
                found.total());
    }

    /**
     * Open delegations whose competency evidence has since expired or been revoked: the delegation check stops new
     * ones at once, and these are put in front of the delegator to review.
     */
    private Page<Delegation> relyingOnLapsedEvidence(UUID organisationId, UUID delegatorId, LocalDate today,
            PageRequest page) {
        Map<UUID, Set<UUID>> evidence = new HashMap<>();
        jdbc.sql(
                "select e.delegation_id, e.signoff_id from delegation_evidence e join delegation d on d.id = e.delegation_id "
                        + "where d.organisation_id = ? and d.delegator_id = ? and d.status in ('OFFERED', 'ACCEPTED')")
                .params(organisationId, delegatorId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        Set<UUID> lapsed = competencies.lapsedAmong(organisationId,
                evidence.values().stream().flatMap(Set::stream).toList(), today);
        List<UUID> affected = evidence.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lapsed::contains)).map(Map.Entry::getKey).toList();
        if (affected.isEmpty()) {
            return Page.empty(page);
        }
        // The ids are the delegator's open delegations only; the page's rows are read in one query, in SQL order.
        String ids = affected.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return repository.page(page, "organisation_id = ? and id in (" + ids + ")", "created_at, id", organisationId);
    }
}
