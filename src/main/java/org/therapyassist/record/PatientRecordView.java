package org.therapyassist.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.equipment.Loans;
import org.therapyassist.groups.GroupHistory;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.PatientOutcomes;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

/** Puts a patient's record together after one access check (which the patients module makes and audits). */
@Service
public class PatientRecordView {

    /** Dates inside timeline lines, in the reader's language ("3 Nov 2026", "3 Tach 2026"). */
    private static final Formats FORMATS = new Formats();

    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final DelegationDesk delegations;
    private final SessionRecords records;
    private final Escalations escalations;
    private final Loans loans;
    private final GroupHistory groups;
    private final PatientOutcomes outcomes;
    private final MeasureResults measures;

    PatientRecordView(PatientRecords patients, CarePlans carePlans, DelegationDesk delegations, SessionRecords records,
            Escalations escalations, Loans loans, GroupHistory groups,
            PatientOutcomes outcomes, MeasureResults measures) {
        this.measures = measures;
        this.outcomes = outcomes;
        this.groups = groups;
        this.loans = loans;
        this.patients = patients;
        this.carePlans = carePlans;
        this.delegations = delegations;
        this.records = records;
        this.escalations = escalations;
    }

    /**
     * The patient page: the newest of each part ({@link #SHOWN}) with how many there are in all; the patient page keeps
     * to these, the timeline and the API page through the rest.
     */
    public record Whole(Patient patient, List<Episode> episodes, List<DelegationView> delegations,
            List<SessionRecordView> records, List<Escalation> escalations, List<Loans.Loan> equipment,
            GroupHistory.OfPatient groups,
            PatientOutcomes.Section outcomes,
            long episodeCount, long delegationCount, long recordCount, long escalationCount) {
    }

    /** How many of each part the patient page shows. */
    public static final int SHOWN = 20;
    /** How far back the merged timeline can be paged; older entries are in each part's own list. */
    public static final int TIMELINE_DEPTH = 2_000;

    public record TimelineEntry(Instant at, @Schema(allowableValues = {
            "episode-opened", "delegation",
            "delegation-response", "session-record", "countersigned", "amendment", "escalation", "escalation-reply",
            "group-attendance", "measure"}) String kind, UUID id, String summary, String by) {
    }

    @Transactional
    public Whole open(CurrentUser user, UUID patientId) {
        Patient patient = patients.open(user, patientId);
        UUID org = user.organisationId();
        PageRequest shown = PageRequest.first(SHOWN);
        var episodes = carePlans.episodesOf(org, patientId, shown);
        var sessions = records.forPatient(org, patientId, shown);
        return new Whole(patient, episodes.items(), delegations.newestForPatient(org, patientId, SHOWN),
                sessions.items(),
                escalations.newestForPatient(org, patientId, SHOWN), loans.forPatient(org, patientId, shown).items(),
                groups.forPatient(org, patientId), outcomes.section(org, patientId), episodes.total(),
                delegations.countForPatient(org, patientId), sessions.total(),
                escalations.countForPatient(org, patientId));
    }

    /**
     * Everything that happened to the patient's record, newest first, a page at a time. Each part gives its newest
     * entries up to the end of the page asked for (a part's entries never come after its own latest event), so the
     * page is exact; the timeline goes back {@link #TIMELINE_DEPTH} entries.
     */
    @Transactional
    public Page<TimelineEntry> timeline(CurrentUser user, UUID patientId, PageRequest page) {
        long needed = page.offset() + page.size();
        if (needed > TIMELINE_DEPTH) {
            throw new InvalidInputException(Map.of("page", Messages.text("record.timeline.too-deep", TIMELINE_DEPTH)));
        }
        Patient patient = patients.open(user, patientId);
        UUID org = user.organisationId();
        int limit = (int) needed + 1;
        List<TimelineEntry> entries = new ArrayList<>();
        for (Episode e : carePlans.newestEpisodes(org, patient.id(), limit)) {
            entries.add(new TimelineEntry(e.openedOn().atStartOfDay(Time.LONDON).toInstant(),
                    "episode-opened", e.id(),
                    Messages.text("record.timeline.episode-opened", e.category().title(), e.referralReason()),
                    e.leadTherapistName()));
        }
        for (DelegationView d : delegations.newestForPatient(org, patientId, limit)) {
            entries.add(new TimelineEntry(d.createdAt(), "delegation", d.id(),
                    Messages.text("record.timeline.delegated", d.taskTypeName(), d.workerName(),
                            d.statusTitle().toLowerCase()),
                    d.delegatorName()));
            if (d.respondedAt() != null) {
                entries.add(new TimelineEntry(d.respondedAt(), "delegation-response", d.id(),
                        d.declineReason() == null
                                ? Messages.text("record.timeline.accepted", d.workerName(),
                                        d.taskTypeName().toLowerCase())
                                : Messages.text("record.timeline.declined", d.workerName(), d.declineReasonTitle(),
                                        d.taskTypeName().toLowerCase()),
                        d.workerName()));
            }
        }
        for (SessionRecordView r : records.newestForPatient(org, patientId, limit)) {
            entries.add(new TimelineEntry(r.recordedAt(), "session-record", r.id(),
                    Messages.text(r.signed() ? "record.timeline.session.signed" : "record.timeline.session.draft",
                            r.taskTypeName()),
                    r.authorName()));
            if (r.countersignature() != null) {
                entries.add(new TimelineEntry(r.countersignature().at(), "countersigned", r.id(),
                        Messages.text("record.timeline.countersigned"), r.countersignature().byName()));
            }
            r.amendments().forEach(a -> entries.add(new TimelineEntry(a.createdAt(), "amendment", r.id(),
                    Messages.text("record.timeline.amendment", a.reason()), a.authorName())));
        }
        for (Escalation e : escalations.newestForPatient(org, patientId, limit)) {
            entries.add(new TimelineEntry(e.raisedAt(), "escalation", e.id(),
                    Messages.text("record.timeline.escalation", e.concern()),
                    e.raisedByName()));
            if (e.repliedAt() != null) {
                entries.add(new TimelineEntry(e.repliedAt(), "escalation-reply", e.id(),
                        Messages.text("record.timeline.reply", e.reply()),
                        e.repliedByName()));
            }
        }
        for (var a : groups.newestRecorded(org, patientId, limit)) {
            entries.add(
                    new TimelineEntry(a.recordedAt(), "group-attendance", a.recordId(),
                            Messages.text("record.timeline.group", a.className(),
                                    FORMATS.date(a.date()), a.effectiveOutcome().title().toLowerCase()),
                            a.leaderName()));
        }
        for (var res : measures.newestRecorded(org, patientId, limit)) {
            entries.add(new TimelineEntry(res.recordedAt(), "measure", res.id(),
                    res.measureName() + ": " + res.scoreText()
                            + (res.interpretation() == null ? "" : " (" + res.interpretation() + ")"),
                    res.performerName()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::kind)
                .thenComparing(TimelineEntry::id));
        int from = (int) Math.min(page.offset(), entries.size());
        int to = (int) Math.min(needed, entries.size());
        // The whole count is not worked out (it would read every part whole): -1, and the API leaves X-Total-Count out.
        return new Page<>(entries.subList(from, to), page.page(), page.size(), entries.size() > needed, -1);
    }
}
