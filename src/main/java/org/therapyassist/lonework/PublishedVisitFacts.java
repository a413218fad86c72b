package org.therapyassist.lonework;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.visits.PublishedVisits;

/** Lone working's view of a visit, from the visits module's published copy (never the lead's working copy). */
@Component
class PublishedVisitFacts implements VisitFacts {

    private final PublishedVisits published;

    PublishedVisitFacts(PublishedVisits published) {
        this.published = published;
    }

    @Override
    public Optional<HomeVisit> find(UUID organisationId, UUID visitId) {
        return published.find(organisationId, visitId).map(v -> new HomeVisit(v.visitId(), v.organisationId(),
                v.teamId(), v.day(), v.patientId(), v.taskName(), v.workerIds(), v.start(), v.end(), v.address(),
                v.postcode(), v.publishedBy()));
    }
}
