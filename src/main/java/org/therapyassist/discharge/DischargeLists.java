package org.therapyassist.discharge;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** The discharges list: drafts waiting to be signed, signed summaries with their letters. */
@Service
public class DischargeLists {

    private final JdbcClient jdbc;
    private final PatientAccess access;
    private final PatientRecords patients;
    private final StaffDirectory staff;

    DischargeLists(JdbcClient jdbc, PatientAccess access, PatientRecords patients, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.access = access;
        this.patients = patients;
        this.staff = staff;
    }

    /** One line of the discharges list: whose, which state, who wrote and who signed it. */
    @Schema(name = "DischargeListItem")
    public record Listed(UUID id, UUID patientId, String patientName, String nhsNumber,
            DischargeSummary.Status status, String createdByName, Instant createdAt, String signedByName,
            Instant signedAt) {
    }

    /**
     * Discharge summaries in one state, a page at a time: drafts oldest first (the longest waiting to be signed at
     * the top), signed ones newest first (their letters). {@code mine} keeps those the reader wrote or signed;
     * otherwise those written by anyone in the reader's team. Patients the reader may not open are left out; the
     * patients on the page are audited as seen.
     */
    @Transactional
    public Page<Listed> list(CurrentUser user, DischargeSummary.Status status, boolean mine, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(user.organisationId(), status.name()));
        String who;
        if (mine) {
            who = "(created_by = ? or signed_by = ?)";
            params.add(user.staffId());
            params.add(user.staffId());
        } else {
            List<UUID> team = user.teamId() == null
                    ? List.of()
                    : staff.teamMembers(user.organisationId(), user.teamId()).stream().map(StaffMember::id).toList();
            if (team.isEmpty()) {
                return Page.empty(page);
            }
            who = "created_by in (" + String.join(", ", Collections.nCopies(team.size(), "?")) + ")";
            params.addAll(team);
        }
        record Found(UUID id, UUID patientId, UUID createdBy, Instant createdAt, UUID signedBy, Instant signedAt) {
        }
        Page<Found> found = PagedQuery.of(jdbc, page,
                "select id, patient_id, created_by, created_at, signed_by, signed_at from discharge_summary "
                        + "where organisation_id = ? and status = ? and " + who,
                status == DischargeSummary.Status.DRAFT ? "created_at, id" : "signed_at desc, id",
                (rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), Time.instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getObject(5, UUID.class), Time.instant(rs.getObject(6, OffsetDateTime.class))),
                params.toArray());
        Set<UUID> visible = access.visibleAmong(user, found.items().stream().map(Found::patientId).toList());
        List<Found> shown = found.items().stream().filter(f -> visible.contains(f.patientId())).toList();
        access.checkAll(user, shown.stream().map(Found::patientId).distinct().toList(), PatientAction.VIEW_WORKLIST);
        Map<UUID, PatientSummary> people = patients.summaries(user.organisationId(),
                shown.stream().map(Found::patientId).toList());
        Set<UUID> writers = new HashSet<>();
        shown.forEach(f -> {
            writers.add(f.createdBy());
            if (f.signedBy() != null) {
                writers.add(f.signedBy());
            }
        });
        Map<UUID, String> names = staff.names(user.organisationId(), writers);
        List<Listed> items = shown.stream().map(f -> {
            PatientSummary p = people.get(f.patientId());
            return new Listed(f.id(), f.patientId(), p == null ? "" : p.name(), p == null ? "" : p.nhsNumber(), status,
                    names.get(f.createdBy()), f.createdAt(), f.signedBy() == null ? null : names.get(f.signedBy()),
                    f.signedAt());
        }).toList();
        return new Page<>(items, found.page(), found.size(), found.hasMore(), found.total());
    }
}
