package org.therapyassist.fhir;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;

/**
 * The people caring for a patient in one episode as a UK Core CareTeam (with the episode's id), or a staff team of the
 * service (with the team's id, {@link #ofTeam}). An episode's team: the lead therapist, and
 * each registrant who delegated to and support worker who took on the episode's work (accepted or completed
 * delegations; an offer not taken up, declined or withdrawn, involved no one), each with the period they were
 * involved. Roles are text: no code system holds these roles as the service names them.
 */
final class CareTeamResources {

    static final String LEAD = "Lead therapist";
    static final String DELEGATING = "Delegating registrant";
    static final String SUPPORT_WORKER = "Support worker";

    private CareTeamResources() {
    }

    /** Open episode → active; closed → inactive. */
    static CareTeamStatus status(String episodeStatus) {
        return switch (episodeStatus) {
            case "OPEN" -> CareTeamStatus.ACTIVE;
            case "CLOSED" -> CareTeamStatus.INACTIVE;
            default -> throw new IllegalStateException("Unknown episode state " + episodeStatus);
        };
    }

    /** Whether a delegation in this state involved its two people in the patient's care. */
    static boolean involved(String delegationState) {
        return "ACCEPTED".equals(delegationState) || "COMPLETED".equals(delegationState);
    }

    private record Member(UUID id, String name, String role, LocalDate from, LocalDate to) {

        Member widen(LocalDate start, LocalDate end) {
            return new Member(id, name, role, start.isBefore(from) ? start : from, end.isAfter(to) ? end : to);
        }
    }

    static CareTeam of(Episode episode, List<DelegationView> delegations, StaffLookup.Organisation organisation) {
        CareTeam resource = new CareTeam();
        resource.setId(episode.id().toString());
        resource.getMeta().addProfile(UkCore.CARE_TEAM_PROFILE);
        resource.setStatus(status(episode.status()));
        resource.setName(episode.teamName() == null ? "Care team" : episode.teamName());
        resource.setSubject(References.to("Patient", episode.patientId(), null));
        resource.setPeriod(period(episode.openedOn(), episode.closedOn()));
        resource.addManagingOrganization(References.organisation(organisation));
        if (episode.leadTherapistId() != null) {
            var lead = resource.addParticipant();
            lead.addRole().setText(LEAD);
            lead.setMember(References.to("Practitioner", episode.leadTherapistId(), episode.leadTherapistName()));
        }
        Map<String, Member> members = new LinkedHashMap<>();
        for (DelegationView d : delegations) {
            if (d.episodeId().equals(episode.id()) && involved(d.status())) {
                add(members, new Member(d.delegatorId(), d.delegatorName(), DELEGATING, d.startsOn(), d.endsOn()));
                add(members, new Member(d.workerId(), d.workerName(), SUPPORT_WORKER, d.startsOn(), d.endsOn()));
            }
        }
        for (Member m : members.values()) {
            var participant = resource.addParticipant();
            participant.addRole().setText(m.role());
            participant.setMember(References.to("Practitioner", m.id(), m.name()));
            participant.setPeriod(period(m.from(), m.to()));
        }
        return resource;
    }

    private static void add(Map<String, Member> members, Member m) {
        members.merge(m.id() + m.role(), m, (a, b) -> a.widen(b.from(), b.to()));
    }

    private static Period period(LocalDate from, LocalDate to) {
        Period period = new Period().setStartElement(new DateTimeType(from.toString()));
        if (to != null) {
            period.setEndElement(new DateTimeType(to.toString()));
        }
        return period;
    }

    /**
     * A staff team of the service (the team a referral is for: a ServiceRequest's {@code performer}) as a CareTeam
     * with the team's id: no patient, its enabled members with their job roles, managed by the organisation.
     */
    static CareTeam ofTeam(Team team, List<StaffMember> members, StaffLookup.Organisation organisation) {
        CareTeam resource = new CareTeam();
        resource.setId(team.id().toString());
        resource.getMeta().addProfile(UkCore.CARE_TEAM_PROFILE);
        resource.setStatus(CareTeamStatus.ACTIVE);
        resource.setName(team.name());
        resource.addManagingOrganization(References.organisation(organisation));
        for (StaffMember m : members) {
            var participant = resource.addParticipant();
            participant.addRole().setText(m.jobRole().title());
            participant.setMember(References.to("Practitioner", m.id(), m.displayName()));
        }
        return resource;
    }
}
