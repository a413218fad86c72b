package org.therapyassist.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.reporting.ContributionRules.Contact;
import org.therapyassist.reporting.ContributionRules.Contributions;
import org.therapyassist.reporting.ContributionRules.Kind;
import org.therapyassist.reporting.ContributionRules.MeasureInfo;
import org.therapyassist.reporting.ContributionRules.MeasureScore;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;

/**
 * Support workers' share of patient contacts and outcome change by who delivered, for a period and optionally one
 * team (the team of the member of staff who saw the patient). Reads signed session records, signed group registers
 * (with any corrected outcome) and current measure results — a read-only reporting view, like the team overview.
 */
@Service
public class ContributionReport {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final MeasureCatalogue measures;

    ContributionReport(JdbcClient jdbc, StaffDirectory staff, MeasureCatalogue measures) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.measures = measures;
    }

    @Schema(name = "ContributionReport")
    public record Report(LocalDate from, LocalDate to, Team team, Contributions contributions) {
    }

    @Transactional(readOnly = true)
    public Report of(CurrentUser user, LocalDate from, LocalDate to, UUID teamId) {
        if (!user.has(Role.TEAM_LEAD) && !user.isRegistrant()) {
            throw new NotAllowedException("reporting.contributions-not-allowed",
                    Messages.text("reporting.refusal.contributions-for-leads"));
        }
        Map<String, String> problems = ContributionRules.periodProblems(from, to);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID org = user.organisationId();
        Team team = null;
        if (teamId != null) {
            team = staff.teams(org).stream().filter(t -> t.id().equals(teamId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            Map.of("teamId", Messages.text("reporting.team.unknown"))));
        }
        List<Contact> contacts = new ArrayList<>();
        jdbc.sql("select author_id, patient_id, performed_on from session_record where organisation_id = ? "
                + "and status = 'SIGNED' and performed_on between ? and ?")
                .params(org, from, to)
                .query(rs -> {
                    contacts.add(new Contact(Kind.VISIT, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, LocalDate.class)));
                });
        // A register line counts as it stands after any amendment that corrected the outcome.
        jdbc.sql("select g.leader_id, a.patient_id, s.session_date from group_attendance a "
                + "join group_record g on g.id = a.record_id join group_session s on s.id = a.session_id "
                + "where a.organisation_id = ? and s.session_date between ? and ? "
                + "and coalesce((select m.corrected_outcome from group_record_amendment m where m.record_id = a.record_id "
                + "and m.patient_id = a.patient_id and m.corrected_outcome is not null "
                + "order by m.created_at desc limit 1), a.outcome) = 'ATTENDED'")
                .params(org, from, to)
                .query(rs -> {
                    contacts.add(new Contact(Kind.GROUP, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, LocalDate.class)));
                });
        List<MeasureScore> scores = new ArrayList<>();
        jdbc.sql("select m.performer_id, m.patient_id, m.effective_on, m.measure_key, m.score, m.session_record_id "
                + "from measure_result m where m.organisation_id = ? and m.effective_on between ? and ? "
                + "and not exists (select 1 from measure_result n where n.replaces_id = m.id)")
                .params(org, from, to)
                .query(rs -> {
                    UUID patient = rs.getObject(2, UUID.class);
                    LocalDate on = rs.getObject(3, LocalDate.class);
                    if (rs.getObject(6, UUID.class) == null) {
                        contacts.add(new Contact(Kind.ASSESSMENT, rs.getObject(1, UUID.class), patient, on));
                    }
                    scores.add(new MeasureScore(patient, rs.getString(4), rs.getDouble(5), on));
                });

        Set<UUID> staffIds = new HashSet<>();
        contacts.forEach(c -> staffIds.add(c.staffId()));
        Map<UUID, StaffMember> members = staff.byIds(org, staffIds);
        List<Contact> inScope = teamId == null
                ? contacts
                : contacts.stream()
                        .filter(c -> members.containsKey(c.staffId())
                                && teamId.equals(members.get(c.staffId()).teamId()))
                        .toList();
        Map<String, MeasureInfo> info = new HashMap<>();
        for (Measure m : measures.all(org)) {
            info.put(m.key(), new MeasureInfo(m.name(), m.unit(), m.higherIsBetter()));
        }
        Contributions result = ContributionRules.compute(inScope,
                id -> members.containsKey(id) && members.get(id).jobRole().registered(), scores, info);
        return new Report(from, to, team, result);
    }
}
