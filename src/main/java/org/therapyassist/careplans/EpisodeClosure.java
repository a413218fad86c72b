package org.therapyassist.careplans;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.web.Messages;

/**
 * Closes an episode of care when its discharge summary is signed. The caller (discharge) has already checked and
 * audited access to the patient; the team's caseload relationship ends with the episode.
 */
@Service
public class EpisodeClosure {

    private final JdbcClient jdbc;
    private final CareRelationships relationships;

    EpisodeClosure(JdbcClient jdbc, CareRelationships relationships) {
        this.jdbc = jdbc;
        this.relationships = relationships;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void close(UUID organisationId, UUID episodeId, LocalDate on) {
        int updated = jdbc.sql("update episode set status = 'CLOSED', closed_on = ?, version = version + 1 "
                + "where organisation_id = ? and id = ? and status = 'OPEN'")
                .params(on, organisationId, episodeId).update();
        if (updated == 0) {
            throw new ConflictException("episode.closed", Messages.text("careplans.refusal.episode-already-closed"));
        }
        relationships.ended(organisationId, episodeId);
    }
}
