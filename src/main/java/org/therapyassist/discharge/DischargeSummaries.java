package org.therapyassist.discharge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.equipment.Loans;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;

/**
 * Reads a discharge summary whole: its own rows (equipment plans, discussions, amendments, the outcomes frozen at
 * signing) with the patient, the episode, the loans, the outcomes so far, open delegations and people's names asked of
 * the modules that own them. Callers check access; this only reads.
 */
@Component
class DischargeSummaries {

    /**
     * The patient comes from the patients module, the episode from careplans and people's names from the staff
     * directory ({@link #require}).
     */
    private static final String SELECT = "select d.* from discharge_summary d ";

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final PatientRecords patients;
    private final Loans loans;
    private final ClinicalOutcomes outcomes;
    private final DelegationDesk delegations;
    private final StaffDirectory staff;

    DischargeSummaries(JdbcClient jdbc, CarePlans carePlans, PatientRecords patients, Loans loans,
            ClinicalOutcomes outcomes, DelegationDesk delegations, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.patients = patients;
        this.loans = loans;
        this.outcomes = outcomes;
        this.delegations = delegations;
        this.staff = staff;
    }

    /** The summary as it stands: live equipment, outcomes and open delegations while a draft, frozen once signed. */
    DischargeSummary require(UUID organisationId, UUID id) {
        Row row = jdbc.sql(SELECT + "where d.organisation_id = ? and d.id = ?").params(organisationId, id)
                .query(DischargeSummaries::row).optional()
                .orElseThrow(() -> new NotFoundException("discharge.not-found",
                        Messages.text("discharge.refusal.not-found")));
        boolean signed = "SIGNED".equals(row.status);
        Episode episode = carePlans.require(organisationId, row.episodeId);
        Patient patient = patients.require(organisationId, row.patientId);
        List<DischargeSummary.EquipmentLine> equipment = equipmentOf(organisationId, id, row.patientId, signed);
        List<UUID> people = new ArrayList<>(Arrays.asList(row.createdBy, row.signedBy));
        List<By<DischargeSummary.Discussion>> discussionRows = jdbc.sql("select x.* from discharge_discussion x "
                + "where x.organisation_id = ? and x.discharge_id = ? order by x.held_on, x.recorded_at")
                .params(organisationId, id)
                .query((rs, n) -> new By<>(new DischargeSummary.Discussion(rs.getObject("id", UUID.class),
                        DiscussionKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                        rs.getString("participants"), rs.getString("agreed"), null,
                        Time.instant(rs.getObject("recorded_at", OffsetDateTime.class))),
                        rs.getObject("recorded_by", UUID.class)))
                .list();
        List<By<DischargeSummary.Amendment>> amendmentRows = jdbc.sql("select a.* from discharge_amendment a "
                + "where a.organisation_id = ? and a.discharge_id = ? order by a.created_at")
                .params(organisationId, id)
                .query((rs, n) -> new By<>(
                        new DischargeSummary.Amendment(rs.getObject("id", UUID.class), rs.getString("reason"),
                                rs.getString("text"), null,
                                Time.instant(rs.getObject("created_at", OffsetDateTime.class))),
                        rs.getObject("author_id", UUID.class)))
                .list();
        discussionRows.forEach(r -> people.add(r.by()));
        amendmentRows.forEach(r -> people.add(r.by()));
        Map<UUID, String> names = staff.names(organisationId, people.stream().filter(Objects::nonNull).toList());
        List<DischargeSummary.Discussion> discussions = discussionRows.stream()
                .map(r -> new DischargeSummary.Discussion(
                        r.row().id(), r.row().kind(), r.row().heldOn(), r.row().participants(), r.row().agreed(),
                        names.get(r.by()),
                        r.row().recordedAt()))
                .toList();
        List<DischargeSummary.Amendment> amendments = amendmentRows.stream().map(r -> new DischargeSummary.Amendment(
                r.row().id(), r.row().reason(), r.row().text(), names.get(r.by()), r.row().createdAt())).toList();
        ClinicalOutcomes.Outcomes result = signed
                ? snapshotOf(organisationId, id)
                : outcomes.forEpisode(organisationId, episode);
        List<String> open = signed
                ? List.of()
                : delegations.forPatient(organisationId, row.patientId).stream()
                        .filter(d -> row.episodeId.equals(d.episodeId())
                                && ("OFFERED".equals(d.status()) || "ACCEPTED".equals(d.status())))
                        .map(d -> d.taskTypeName() + " (" + d.workerName() + ")").toList();
        return new DischargeSummary(id, row.episodeId, row.patientId, patient.displayName(),
                patient.nhsNumber().value(),
                patient.dateOfBirth(), patient.address(), patient.postcode(), episode.teamName(),
                episode.leadTherapistName(), episode.referralReason(),
                episode.openedOn(), episode.closedOn(), row.adviceGiven, row.followUp, row.gpName,
                DischargeSummary.Status.valueOf(row.status), names.get(row.createdBy), row.signedAt,
                row.signedBy == null ? null : names.get(row.signedBy), List.copyOf(equipment), discussions, result,
                amendments, open, row.version);
    }

    /**
     * A draft lists what is still at the patient's home, and anything already given a plan; a signed summary lists only
     * the planned items, under the names they had when signed.
     */
    private List<DischargeSummary.EquipmentLine> equipmentOf(UUID organisationId, UUID id, UUID patientId,
            boolean signed) {
        Map<UUID, String[]> plans = new HashMap<>();
        Map<UUID, String> planNames = new HashMap<>();
        jdbc.sql(
                "select loan_id, plan, note, item_name from discharge_equipment where organisation_id = ? and discharge_id = ?")
                .params(organisationId, id).query(rs -> {
                    UUID loan = rs.getObject(1, UUID.class);
                    plans.put(loan, new String[]{rs.getString(2), rs.getString(3)});
                    planNames.put(loan, rs.getString(4));
                });
        List<DischargeSummary.EquipmentLine> equipment = new ArrayList<>();
        if (signed) {
            for (Loans.Loan loan : loans.forPatient(organisationId, patientId)) {
                String[] plan = plans.get(loan.id());
                if (plan != null) {
                    equipment.add(new DischargeSummary.EquipmentLine(loan.id(), planNames.get(loan.id()),
                            loan.issuedAt().atZone(Time.LONDON).toLocalDate(),
                            true, EquipmentPlan.valueOf(plan[0]), plan[1]));
                }
            }
        } else {
            for (Loans.Loan loan : loans.forPatient(organisationId, patientId)) {
                String[] plan = plans.get(loan.id());
                boolean onLoan = loan.status() == Loans.Status.ON_LOAN;
                if (onLoan || plan != null) {
                    equipment.add(new DischargeSummary.EquipmentLine(loan.id(), itemName(loan),
                            loan.issuedAt().atZone(Time.LONDON).toLocalDate(), onLoan,
                            plan == null ? null : EquipmentPlan.valueOf(plan[0]), plan == null ? null : plan[1]));
                }
            }
        }
        return equipment;
    }

    /** How an item is named on the summary: the item, its asset label if tracked, and how many if more than one. */
    static String itemName(Loans.Loan loan) {
        return loan.itemName() + (loan.assetLabel() == null ? "" : " " + loan.assetLabel())
                + (loan.quantity() > 1 ? " × " + loan.quantity() : "");
    }

    private ClinicalOutcomes.Outcomes snapshotOf(UUID organisationId, UUID id) {
        List<ClinicalOutcomes.Line> goals = new ArrayList<>();
        List<ClinicalOutcomes.Line> measures = new ArrayList<>();
        jdbc.sql("select kind, label, first_value, last_value, result from discharge_outcome_line "
                + "where organisation_id = ? and discharge_id = ? order by position")
                .params(organisationId, id).query(rs -> {
                    var line = new ClinicalOutcomes.Line(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5));
                    ("GOAL".equals(rs.getString(1)) ? goals : measures).add(line);
                });
        return new ClinicalOutcomes.Outcomes(goals, measures);
    }

    /** A row as stored, with the member of staff who wrote it (named from the staff directory). */
    private record By<T>(T row, UUID by) {
    }

    private record Row(UUID episodeId, UUID patientId, String adviceGiven, String followUp, String gpName,
            String status, UUID createdBy,
            Instant signedAt, UUID signedBy, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("episode_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("advice_given"), rs.getString("follow_up"),
                rs.getString("gp_name"), rs.getString("status"), rs.getObject("created_by", UUID.class),
                Time.instant(rs.getObject("signed_at", OffsetDateTime.class)), rs.getObject("signed_by", UUID.class),
                rs.getInt("version"));
    }
}
