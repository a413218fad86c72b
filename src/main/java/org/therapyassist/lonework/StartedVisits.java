package org.therapyassist.lonework;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.visits.VisitProgress;

/** Tells the visits module which visits are under way: a worker has tapped Arrived, so a re-plan leaves them be. */
@Component
class StartedVisits implements VisitProgress {

    private final JdbcClient jdbc;

    StartedVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> started(UUID organisationId, Collection<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct visit_id from lone_work_check_in where organisation_id = :org "
                + "and visit_id in (:visits)").param("org", organisationId).param("visits", List.copyOf(visitIds))
                .query(UUID.class).list());
    }
}
