package org.therapyassist.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.therapyassist.equipment.Loans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

/** Puts a patient's record together after one access check (which the patients module makes and audits). */
@Service
public class PatientRecordView {

    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final DelegationDesk delegations;
    private final SessionRecords records;
    private final Escalations escalations;
    private final Loans loans;
    private final org.therapyassist.groups.GroupHistory groups;
    private final org.therapyassist.outcomes.PatientOutcomes outcomes;

    PatientRecordView(PatientRecords patients, CarePlans carePlans, DelegationDesk delegations, SessionRecords records,
            Escalations escalations, Loans loans, org.therapyassist.groups.GroupHistory groups,
            org.therapyassist.outcomes.PatientOutcomes outcomes) {
        this.outcomes = outcomes;
        this.groups = groups;
        this.loans = loans;
        this.patients = patients;
        this.carePlans = carePlans;
        this.delegations = delegations;
        this.records = records;
        this.escalations = escalations;
    }

    public record Whole(Patient patient, List<Episode> episodes, List<DelegationView> delegations,
            List<SessionRecordView> records, List<Escalation> escalations, List<Loans.Loan> equipment,
            org.therapyassist.groups.GroupHistory.OfPatient groups,
            org.therapyassist.outcomes.PatientOutcomes.Section outcomes) {
    }

    public record TimelineEntry(Instant at, @Schema(allowableValues = {"episode-opened", "delegation",
            "delegation-response", "session-record", "countersigned", "amendment", "escalation", "escalation-reply",
            "group-attendance", "measure"}) String kind, UUID id, String summary, String by) {
    }

    @Transactional
    public Whole open(CurrentUser user, UUID patientId) {
        Patient patient = patients.open(user, patientId);
        UUID org = user.organisationId();
        return new Whole(patient, carePlans.episodesOf(org, patientId), delegations.forPatient(org, patientId),
                records.forPatient(org, patientId), escalations.forPatient(org, patientId), loans.forPatient(org, patientId),
                groups.forPatient(org, patientId), outcomes.section(org, patientId));
    }

    /** Everything that happened to the patient's record, newest first. */
    @Transactional
    public List<TimelineEntry> timeline(CurrentUser user, UUID patientId) {
        Whole whole = open(user, patientId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Episode e : whole.episodes()) {
            entries.add(new TimelineEntry(e.openedOn().atStartOfDay(org.therapyassist.platform.Time.LONDON).toInstant(),
                    "episode-opened", e.id(), e.category().title() + " episode opened: " + e.referralReason(),
                    e.leadTherapistName()));
        }
        for (DelegationView d : whole.delegations()) {
            entries.add(new TimelineEntry(d.createdAt(), "delegation", d.id(),
                    d.taskTypeName() + " delegated to " + d.workerName() + " (" + d.statusTitle().toLowerCase() + ")",
                    d.delegatorName()));
            if (d.respondedAt() != null) {
                entries.add(new TimelineEntry(d.respondedAt(), "delegation-response", d.id(),
                        d.workerName() + (d.declineReason() == null ? " accepted " : " declined (" + d.declineReasonTitle() + ") ")
                                + d.taskTypeName().toLowerCase(), d.workerName()));
            }
        }
        for (SessionRecordView r : whole.records()) {
            entries.add(new TimelineEntry(r.recordedAt(), "session-record", r.id(),
                    r.taskTypeName() + " session recorded" + (r.signed() ? " and signed" : " (draft)"), r.authorName()));
            if (r.countersignature() != null) {
                entries.add(new TimelineEntry(r.countersignature().at(), "countersigned", r.id(),
                        "Session record countersigned", r.countersignature().byName()));
            }
            r.amendments().forEach(a -> entries.add(new TimelineEntry(a.createdAt(), "amendment", r.id(),
                    "Amendment: " + a.reason(), a.authorName())));
        }
        for (Escalation e : whole.escalations()) {
            entries.add(new TimelineEntry(e.raisedAt(), "escalation", e.id(), "Escalation: " + e.concern(), e.raisedByName()));
            if (e.repliedAt() != null) {
                entries.add(new TimelineEntry(e.repliedAt(), "escalation-reply", e.id(), "Reply: " + e.reply(), e.repliedByName()));
            }
        }
        for (var a : whole.groups().attendance()) {
            entries.add(new TimelineEntry(a.recordedAt(), "group-attendance", a.recordId(), a.className() + " on "
                    + a.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)) + ": " + a.effectiveOutcome().title().toLowerCase(), a.leaderName()));
        }
        whole.outcomes().measures().forEach(m -> m.results().forEach(res -> entries.add(new TimelineEntry(res.recordedAt(),
                "measure", res.id(), m.measure().name() + ": " + res.scoreText()
                        + (res.interpretation() == null ? "" : " (" + res.interpretation() + ")"), res.performerName()))));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }
}
