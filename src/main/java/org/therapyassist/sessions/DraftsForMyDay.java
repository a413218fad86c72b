package org.therapyassist.sessions;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.delegation.SessionDrafts;

/** Tells My day (delegation module) which of a worker's records are still unsigned drafts. */
@Component
class DraftsForMyDay implements SessionDrafts {

    private final SessionRecordRepository repository;

    DraftsForMyDay(SessionRecordRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Draft> draftsBy(UUID organisationId, UUID authorId) {
        return repository.draftsBy(organisationId, authorId);
    }
}
