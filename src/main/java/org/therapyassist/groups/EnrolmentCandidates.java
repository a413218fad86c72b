package org.therapyassist.groups;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CarePlans.TeamEpisode;
import org.therapyassist.groups.Enrolments.Candidate;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;

/**
 * Whom a class can be offered to: the open episodes of its team (from careplans, which owns them) whose patients are
 * not enrolled or waiting (this module's own rows), named by the patients module.
 */
@Component
class EnrolmentCandidates {

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final PatientRecords patients;
    private final PatientAccess access;

    EnrolmentCandidates(JdbcClient jdbc, CarePlans carePlans, PatientRecords patients, PatientAccess access) {
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.patients = patients;
        this.access = access;
    }

    /**
     * By name, at most {@link PageRequest#MAX_SIZE} before those the user may not see are left out; a patient with two
     * open episodes in the team is offered twice (each episode can be enrolled from).
     */
    List<Candidate> of(CurrentUser user, UUID classId, UUID teamId) {
        Set<UUID> taken = new HashSet<>(jdbc.sql("select patient_id from group_enrolment where class_id = ? "
                + "and status <> 'WITHDRAWN'")
                .param(classId).query(UUID.class).list());
        List<TeamEpisode> open = carePlans.openEpisodesOfTeam(user.organisationId(), teamId).stream()
                .filter(e -> !taken.contains(e.patientId())).toList();
        // The first MAX_SIZE episodes by name belong to at most MAX_SIZE patients, so no more names are needed.
        List<PatientSummary> byName = patients.summariesByName(user.organisationId(),
                open.stream().map(TeamEpisode::patientId).distinct().toList(), PageRequest.MAX_SIZE);
        Map<UUID, PatientSummary> named = new HashMap<>();
        byName.forEach(p -> named.put(p.id(), p));
        List<Candidate> all = GroupRules.inNameOrder(open, TeamEpisode::patientId, TeamEpisode::episodeId, byName)
                .stream()
                .limit(PageRequest.MAX_SIZE)
                .map(e -> new Candidate(e.episodeId(), e.patientId(), named.get(e.patientId()).name(),
                        EnrolmentQueries.digits(named.get(e.patientId())), e.referralReason(), e.openedOn()))
                .toList();
        var visible = access.visibleAmong(user, all.stream().map(Candidate::patientId).toList());
        return all.stream().filter(c -> visible.contains(c.patientId())).toList();
    }
}
