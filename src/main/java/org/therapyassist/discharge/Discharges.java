package org.therapyassist.discharge;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/** Writing, signing and amending discharge summaries; signing closes the episode of care. */
@Service
public class Discharges {

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final EpisodeClosure closure;
    private final Loans loans;
    private final PatientAccess access;
    private final DischargeSummaries summaries;
    private final Clock clock;

    Discharges(JdbcClient jdbc, CarePlans carePlans, EpisodeClosure closure, Loans loans, PatientAccess access,
            DischargeSummaries summaries, Clock clock) {
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.closure = closure;
        this.loans = loans;
        this.access = access;
        this.summaries = summaries;
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
            return summaries.require(user.organisationId(), id);
        }
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed", Messages.text("discharge.refusal.episode-closed"));
        }
        jdbc.sql(
                "insert into discharge_summary (id, organisation_id, episode_id, patient_id, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(id, user.organisationId(), episodeId, episode.patientId(), Time.db(clock.instant()),
                        user.staffId())
                .update();
        return summaries.require(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary update(CurrentUser user, UUID id, DischargeCommands.Details command) {
        DischargeSummary summary = editable(user, id);
        int expected = command.version() == null ? summary.version() : command.version();
        int updated = jdbc
                .sql("update discharge_summary set advice_given = ?, follow_up = ?, gp_name = ?, version = version + 1 "
                        + "where organisation_id = ? and id = ? and status = 'DRAFT' and version = ?")
                .params(Text.blankToNull(command.adviceGiven()), Text.blankToNull(command.followUp()),
                        Text.blankToNull(command.gpName()), user.organisationId(), id, expected)
                .update();
        if (updated == 0) {
            throw changed();
        }
        return summaries.require(user.organisationId(), id);
    }

    /** Says what happens to one item still at the patient's home; a later choice for the same item replaces it. */
    @Transactional
    public DischargeSummary planEquipment(CurrentUser user, UUID id, DischargeCommands.PlanItem command) {
        DischargeSummary summary = editable(user, id);
        DischargeRules.requirePlanDetails(command.plan(), command.note());
        Loans.Loan loan = loans.require(user.organisationId(), command.loanId());
        if (!loan.patientId().equals(summary.patientId())) {
            throw new InvalidInputException(Map.of("loanId", Messages.text("discharge.plan-item.loan.unknown")));
        }
        jdbc.sql("delete from discharge_equipment where discharge_id = ? and loan_id = ?").params(id, loan.id())
                .update();
        jdbc.sql(
                "insert into discharge_equipment (discharge_id, loan_id, organisation_id, item_name, plan, note) values (?, ?, ?, ?, ?, ?)")
                .params(id, loan.id(), user.organisationId(), DischargeSummaries.itemName(loan), command.plan().name(),
                        Text.blankToNull(command.note()))
                .update();
        touch(user, id);
        return summaries.require(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary addDiscussion(CurrentUser user, UUID id, DischargeCommands.NewDiscussion command) {
        editable(user, id);
        if (command.heldOn().isAfter(Time.today(clock))) {
            throw new InvalidInputException(
                    Map.of("heldOn", Messages.text("discharge.discussion.held-on.future")));
        }
        jdbc.sql(
                "insert into discharge_discussion (id, organisation_id, discharge_id, kind, held_on, participants, agreed, "
                        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, command.kind().name(), command.heldOn(),
                        command.participants().strip(), command.agreed().strip(), user.staffId(),
                        Time.db(clock.instant()))
                .update();
        touch(user, id);
        return summaries.require(user.organisationId(), id);
    }

    /**
     * Signs the summary: checks it is complete, freezes the goals and measures as they stand, and closes the episode.
     * Exactly one of two people signing at once wins.
     */
    @Transactional
    public DischargeSummary sign(CurrentUser user, UUID id, Integer version) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = summaries.require(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.SIGN_DISCHARGE, id);
        DischargeRules.requireSignable(summary);
        int expected = version == null ? summary.version() : version;
        int updated = jdbc.sql(
                "update discharge_summary set status = 'SIGNED', signed_at = ?, signed_by = ?, version = version + 1 "
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
        // Items returned before signing need no plan; drop any plan left for them so the signed list is what is at
        // home.
        for (DischargeSummary.EquipmentLine e : summary.equipment()) {
            if (!e.stillOnLoan()) {
                jdbc.sql("delete from discharge_equipment where discharge_id = ? and loan_id = ?")
                        .params(id, e.loanId()).update();
            }
        }
        closure.close(user.organisationId(), summary.episodeId(), Time.today(clock));
        return summaries.require(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary amend(CurrentUser user, UUID id, DischargeCommands.NewAmendment command) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = summaries.require(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.AMEND_DISCHARGE, id);
        if (!summary.signed()) {
            throw new ConflictException("discharge.not-signed",
                    Messages.text("discharge.refusal.amend-draft"));
        }
        jdbc.sql(
                "insert into discharge_amendment (id, organisation_id, discharge_id, reason, text, author_id, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, command.reason().strip(), command.text().strip(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        return summaries.require(user.organisationId(), id);
    }

    @Transactional
    public DischargeSummary open(CurrentUser user, UUID id) {
        DischargeSummary summary = summaries.require(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.VIEW_RECORD, id);
        return summary;
    }

    /** The discharge letter for the GP and the patient, in English or Welsh; only a signed summary has one. */
    @Transactional
    public byte[] letter(CurrentUser user, UUID id, Locale language) {
        DischargeSummary summary = open(user, id);
        if (!summary.signed()) {
            throw new ConflictException("discharge.not-signed", Messages.text("discharge.refusal.not-signed"));
        }
        return DischargeLetterPdf.render(summary, language);
    }

    /** Summaries of one patient (draft and signed), newest first; the caller has already checked access. */
    @Transactional(readOnly = true)
    public List<DischargeSummary> forPatient(UUID organisationId, UUID patientId) {
        return jdbc.sql(
                "select id from discharge_summary where organisation_id = ? and patient_id = ? order by created_at desc")
                .params(organisationId, patientId).query(UUID.class).list().stream()
                .map(i -> summaries.require(organisationId, i)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idForEpisode(UUID organisationId, UUID episodeId) {
        return jdbc.sql("select id from discharge_summary where organisation_id = ? and episode_id = ?")
                .params(organisationId, episodeId).query(UUID.class).optional();
    }

    private DischargeSummary editable(CurrentUser user, UUID id) {
        DischargeRules.requireRegistrant(user);
        DischargeSummary summary = summaries.require(user.organisationId(), id);
        access.check(user, summary.patientId(), PatientAction.WRITE_DISCHARGE, id);
        DischargeRules.requireDraft(summary);
        return summary;
    }

    /** Any change to the draft moves its version on, so a signature is always given to the summary as last seen. */
    private void touch(CurrentUser user, UUID id) {
        jdbc.sql(
                "update discharge_summary set version = version + 1 where organisation_id = ? and id = ? and status = 'DRAFT'")
                .params(user.organisationId(), id).update();
    }

    private void snapshot(CurrentUser user, UUID id, int position, String kind, ClinicalOutcomes.Line line) {
        jdbc.sql(
                "insert into discharge_outcome_line (id, organisation_id, discharge_id, position, kind, label, first_value, "
                        + "last_value, result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, position, kind, cut(line.label(), 500),
                        cut(line.first(), 100),
                        cut(line.last(), 100), cut(line.result(), 200))
                .update();
    }

    private static ConflictException changed() {
        return new ConflictException("discharge.changed",
                Messages.text("discharge.refusal.changed"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
