package org.therapyassist.discharge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.EpisodeClosure;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Text;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.Patient;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;

/** Writing, signing and amending discharge summaries; signing closes the episode of care. */
@Service
public class Discharges {

    /**
     * The patient comes from the patients module, the episode from careplans and people's names from the staff
     * directory ({@link #view}).
     */
    private static final String SELECT = "select d.* from discharge_summary d ";

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final EpisodeClosure closure;
    private final Loans loans;
    private final ClinicalOutcomes outcomes;
    private final PatientAccess access;
    private final DelegationDesk delegations;
    private final Clock clock;
    private final StaffDirectory staff;
    private final PatientRecords patients;

    Discharges(JdbcClient jdbc, CarePlans carePlans, EpisodeClosure closure, Loans loans, ClinicalOutcomes outcomes,
            PatientAccess access, DelegationDesk delegations, Clock clock, StaffDirectory staff, PatientRecords patients) {
        this.staff = staff;
        this.patients = patients;
        this.delegations = delegations;
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.closure = closure;
        this.loans = loans;
        this.outcomes = outcomes;
        this.access = access;
        this.clock = clock;
    }

    /** Starts the summary for an open episode, or returns the one already started. */
    @Transactional
    public DischargeSummary start(CurrentUser user, UUID episodeId) {
        DischargeRules.requireRegistrant(user);
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        Optional<UUID> existing = idForEpisode(user.organisationId(), episodeId);
        UUID id = existing.orElseGet(Ids::newId);
        access.check(user, episode.patientId(), PatientAction.WRITE_DISCHARGE, id);
        if (existing.isPresent()) {
            return view(user.organisationId(), id);
        }
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed", "This episode of care is closed.");
        }
        jdbc.sql("insert into discharge_summary (id, organisation_id, episode_id, patient_id, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(id, user.organisationId(), episodeId, episode.patientId(), Time.db(clock.instant()), user.staffId())
                .update();
        return view(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary update(CurrentUser user, UUID id, DischargeCommands.Details command) {
        DischargeSummary summary = editable(user, id);
        int expected = command.version() == null ? summary.version() : command.version();
        int updated = jdbc.sql("update discharge_summary set advice_given = ?, follow_up = ?, gp_name = ?, version = version + 1 "
                        + "where organisation_id = ? and id = ? and status = 'DRAFT' and version = ?")
                .params(Text.blankToNull(command.adviceGiven()), Text.blankToNull(command.followUp()),
                        Text.blankToNull(command.gpName()), user.organisationId(), id, expected)
                .update();
        if (updated == 0) {
            throw changed();
        }
        return view(user.organisationId(), id);
    }

    /** Says what happens to one item still at the patient's home; a later choice for the same item replaces it. */
    @Transactional
    public DischargeSummary planEquipment(CurrentUser user, UUID id, DischargeCommands.PlanItem command) {
        DischargeSummary summary = editable(user, id);
        DischargeRules.requirePlanDetails(command.plan(), command.note());
        Loans.Loan loan = loans.require(user.organisationId(), command.loanId());
        if (!loan.patientId().equals(summary.patientId())) {
            throw new InvalidInputException(Map.of("loanId", "That item was not lent to this patient"));
        }
        jdbc.sql("delete from discharge_equipment where discharge_id = ? and loan_id = ?").params(id, loan.id()).update();
        jdbc.sql("insert into discharge_equipment (discharge_id, loan_id, organisation_id, item_name, plan, note) values (?, ?, ?, ?, ?, ?)")
                .params(id, loan.id(), user.organisationId(), itemName(loan), command.plan().name(), Text.blankToNull(command.note()))
                .update();
        touch(user, id);
        return view(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary addDiscussion(CurrentUser user, UUID id, DischargeCommands.NewDiscussion command) {
        editable(user, id);
        if (command.heldOn().isAfter(Time.today(clock))) {
            throw new InvalidInputException(Map.of("heldOn", "The date of the discussion must be today or in the past"));
        }
        jdbc.sql("insert into discharge_discussion (id, organisation_id, discharge_id, kind, held_on, participants, agreed, "
                        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, command.kind().name(), command.heldOn(),
                        command.participants().strip(), command.agreed().strip(), user.staffId(), Time.db(clock.instant()))
                .update();
        touch(user, id);
        return view(user.organisationId(), id);
    }

    /**
     * Signs the summary: checks it is complete, freezes the goals and measures as they stand, and closes the episode.
     * Exactly one of two people signing at once wins.
     */
    @Transactional
    public DischargeSummary sign(CurrentUser user, UUID id, Integer version) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = view(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.SIGN_DISCHARGE, id);
        DischargeRules.requireSignable(summary);
        int expected = version == null ? summary.version() : version;
        int updated = jdbc.sql("update discharge_summary set status = 'SIGNED', signed_at = ?, signed_by = ?, version = version + 1 "
                        + "where organisation_id = ? and id = ? and status = 'DRAFT' and version = ?")
                .params(Time.db(clock.instant()), user.staffId(), user.organisationId(), id, expected).update();
        if (updated == 0) {
            throw changed();
        }
        int position = 0;
        for (ClinicalOutcomes.Line line : summary.outcomes().goals()) {
            snapshot(user, id, ++position, "GOAL", line);
        }
        for (ClinicalOutcomes.Line line : summary.outcomes().measures()) {
            snapshot(user, id, ++position, "MEASURE", line);
        }
        // Items returned before signing need no plan; drop any plan left for them so the signed list is what is at home.
        for (DischargeSummary.EquipmentLine e : summary.equipment()) {
            if (!e.stillOnLoan()) {
                jdbc.sql("delete from discharge_equipment where discharge_id = ? and loan_id = ?").params(id, e.loanId()).update();
            }
        }
        closure.close(user.organisationId(), summary.episodeId(), Time.today(clock));
        return view(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary amend(CurrentUser user, UUID id, DischargeCommands.NewAmendment command) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = view(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.AMEND_DISCHARGE, id);
        if (!summary.signed()) {
            throw new ConflictException("discharge.not-signed", "Change the draft itself; amendments are for signed summaries.");
        }
        jdbc.sql("insert into discharge_amendment (id, organisation_id, discharge_id, reason, text, author_id, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, command.reason().strip(), command.text().strip(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        return view(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary open(CurrentUser user, UUID id) {
        DischargeSummary summary = view(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.VIEW_RECORD, id);
        return summary;
    }

    /** The discharge letter for the GP and the patient; only a signed summary has one. */
    @Transactional
    public byte[] letter(CurrentUser user, UUID id) {
        DischargeSummary summary = open(user, id);
        if (!summary.signed()) {
            throw new ConflictException("discharge.not-signed", "The letter is ready once the summary is signed.");
        }
        return DischargeLetterPdf.render(summary);
    }

    /** Summaries of one patient (draft and signed), newest first; the caller has already checked access. */
    @Transactional(readOnly = true)
    public List<DischargeSummary> forPatient(UUID organisationId, UUID patientId) {
        return jdbc.sql("select id from discharge_summary where organisation_id = ? and patient_id = ? order by created_at desc")
                .params(organisationId, patientId).query(UUID.class).list().stream().map(i -> view(organisationId, i)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idForEpisode(UUID organisationId, UUID episodeId) {
        return jdbc.sql("select id from discharge_summary where organisation_id = ? and episode_id = ?")
                .params(organisationId, episodeId).query(UUID.class).optional();
    }

    private DischargeSummary editable(CurrentUser user, UUID id) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = view(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.WRITE_DISCHARGE, id);
        DischargeRules.requireDraft(summary);
        return summary;
    }

    /** Any change to the draft moves its version on, so a signature is always given to the summary as last seen. */
    private void touch(CurrentUser user, UUID id) {
        jdbc.sql("update discharge_summary set version = version + 1 where organisation_id = ? and id = ? and status = 'DRAFT'")
                .params(user.organisationId(), id).update();
    }

    private void snapshot(CurrentUser user, UUID id, int position, String kind, ClinicalOutcomes.Line line) {
        jdbc.sql("insert into discharge_outcome_line (id, organisation_id, discharge_id, position, kind, label, first_value, "
                        + "last_value, result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, position, kind, cut(line.label(), 500), cut(line.first(), 100),
                        cut(line.last(), 100), cut(line.result(), 200))
                .update();
    }

    private static ConflictException changed() {
        return new ConflictException("discharge.changed",
                "This discharge summary changed or was signed while you were looking at it. Reload and try again.");
    }

    private static String itemName(Loans.Loan loan) {
        return loan.itemName() + (loan.assetLabel() == null ? "" : " " + loan.assetLabel())
                + (loan.quantity() > 1 ? " × " + loan.quantity() : "");
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private DischargeSummary view(UUID organisationId, UUID id) {
        Row row = jdbc.sql(SELECT + "where d.organisation_id = ? and d.id = ?").params(organisationId, id)
                .query(Discharges::row).optional()
                .orElseThrow(() -> new NotFoundException("discharge.not-found", "There is no such discharge summary."));
        boolean signed = "SIGNED".equals(row.status);
        Episode episode = carePlans.require(organisationId, row.episodeId);
        Patient patient = patients.require(organisationId, row.patientId);
        Map<UUID, String[]> plans = new HashMap<>();
        Map<UUID, String> planNames = new HashMap<>();
        jdbc.sql("select loan_id, plan, note, item_name from discharge_equipment where organisation_id = ? and discharge_id = ?")
                .params(organisationId, id).query(rs -> {
                    UUID loan = rs.getObject(1, UUID.class);
                    plans.put(loan, new String[] {rs.getString(2), rs.getString(3)});
                    planNames.put(loan, rs.getString(4));
                });
        List<DischargeSummary.EquipmentLine> equipment = new ArrayList<>();
        if (signed) {
            for (Loans.Loan loan : loans.forPatient(organisationId, row.patientId)) {
                String[] plan = plans.get(loan.id());
                if (plan != null) {
                    equipment.add(new DischargeSummary.EquipmentLine(loan.id(), planNames.get(loan.id()),
                            loan.issuedAt().atZone(Time.LONDON).toLocalDate(),
                            true, EquipmentPlan.valueOf(plan[0]), plan[1]));
                }
            }
        } else {
            for (Loans.Loan loan : loans.forPatient(organisationId, row.patientId)) {
                String[] plan = plans.get(loan.id());
                boolean onLoan = loan.status() == Loans.Status.ON_LOAN;
                if (onLoan || plan != null) {
                    equipment.add(new DischargeSummary.EquipmentLine(loan.id(), itemName(loan),
                            loan.issuedAt().atZone(Time.LONDON).toLocalDate(), onLoan,
                            plan == null ? null : EquipmentPlan.valueOf(plan[0]), plan == null ? null : plan[1]));
                }
            }
        }
        List<UUID> people = new ArrayList<>(java.util.Arrays.asList(row.createdBy, row.signedBy));
        List<By<DischargeSummary.Discussion>> discussionRows = jdbc.sql("select x.* from discharge_discussion x "
                        + "where x.organisation_id = ? and x.discharge_id = ? order by x.held_on, x.recorded_at")
                .params(organisationId, id)
                .query((rs, n) -> new By<>(new DischargeSummary.Discussion(rs.getObject("id", UUID.class),
                        DiscussionKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                        rs.getString("participants"), rs.getString("agreed"), null,
                        Time.instant(rs.getObject("recorded_at", OffsetDateTime.class))), rs.getObject("recorded_by", UUID.class)))
                .list();
        List<By<DischargeSummary.Amendment>> amendmentRows = jdbc.sql("select a.* from discharge_amendment a "
                        + "where a.organisation_id = ? and a.discharge_id = ? order by a.created_at")
                .params(organisationId, id)
                .query((rs, n) -> new By<>(new DischargeSummary.Amendment(rs.getObject("id", UUID.class), rs.getString("reason"),
                        rs.getString("text"), null, Time.instant(rs.getObject("created_at", OffsetDateTime.class))),
                        rs.getObject("author_id", UUID.class)))
                .list();
        discussionRows.forEach(r -> people.add(r.by()));
        amendmentRows.forEach(r -> people.add(r.by()));
        Map<UUID, String> names = staff.names(organisationId, people.stream().filter(java.util.Objects::nonNull).toList());
        List<DischargeSummary.Discussion> discussions = discussionRows.stream().map(r -> new DischargeSummary.Discussion(
                r.row().id(), r.row().kind(), r.row().heldOn(), r.row().participants(), r.row().agreed(), names.get(r.by()),
                r.row().recordedAt())).toList();
        List<DischargeSummary.Amendment> amendments = amendmentRows.stream().map(r -> new DischargeSummary.Amendment(
                r.row().id(), r.row().reason(), r.row().text(), names.get(r.by()), r.row().createdAt())).toList();
        ClinicalOutcomes.Outcomes result = signed ? snapshotOf(organisationId, id) : outcomes.forEpisode(organisationId, episode);
        List<String> open = signed ? List.of() : delegations.forPatient(organisationId, row.patientId).stream()
                .filter(d -> row.episodeId.equals(d.episodeId()) && ("OFFERED".equals(d.status()) || "ACCEPTED".equals(d.status())))
                .map(d -> d.taskTypeName() + " (" + d.workerName() + ")").toList();
        return new DischargeSummary(id, row.episodeId, row.patientId, patient.displayName(), patient.nhsNumber().value(),
                patient.dateOfBirth(), patient.address(), patient.postcode(), episode.teamName(), episode.leadTherapistName(), episode.referralReason(),
                episode.openedOn(), episode.closedOn(), row.adviceGiven, row.followUp, row.gpName,
                DischargeSummary.Status.valueOf(row.status), names.get(row.createdBy), row.signedAt,
                row.signedBy == null ? null : names.get(row.signedBy), List.copyOf(equipment), discussions, result, amendments, open, row.version);
    }

    private ClinicalOutcomes.Outcomes snapshotOf(UUID organisationId, UUID id) {
        List<ClinicalOutcomes.Line> goals = new ArrayList<>();
        List<ClinicalOutcomes.Line> measures = new ArrayList<>();
        jdbc.sql("select kind, label, first_value, last_value, result from discharge_outcome_line "
                        + "where organisation_id = ? and discharge_id = ? order by position")
                .params(organisationId, id).query(rs -> {
                    var line = new ClinicalOutcomes.Line(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    ("GOAL".equals(rs.getString(1)) ? goals : measures).add(line);
                });
        return new ClinicalOutcomes.Outcomes(goals, measures);
    }

    /** A row as stored, with the member of staff who wrote it (named from the staff directory). */
    private record By<T>(T row, UUID by) {
    }

    private record Row(UUID episodeId, UUID patientId, String adviceGiven, String followUp, String gpName, String status, UUID createdBy,
            java.time.Instant signedAt, UUID signedBy, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("episode_id", UUID.class), rs.getObject("patient_id", UUID.class), rs.getString("advice_given"), rs.getString("follow_up"),
                rs.getString("gp_name"), rs.getString("status"), rs.getObject("created_by", UUID.class),
                Time.instant(rs.getObject("signed_at", OffsetDateTime.class)), rs.getObject("signed_by", UUID.class),
                rs.getInt("version"));
    }
}
