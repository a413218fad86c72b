package org.therapyassist.induction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

/**
 * Reads rotations with their handover checklists: the rotation tables, then the names of the people and teams from
 * the staff directory, a fixed number of queries per list or page.
 */
@Component
@Transactional(readOnly = true)
class RotationRecords {

    private final JdbcClient jdbc;
    private final StaffNames names;

    RotationRecords(JdbcClient jdbc, StaffNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The rotations matching the condition (and its order, if any); the first parameter is the organisation. */
    List<Rotation> list(String where, Object... params) {
        return complete((UUID) params[0],
                jdbc.sql("select r.* from rotation r where " + where).params(params).query(RotationRecords::rotation)
                        .list());
    }

    /** A page of the rotations matching the condition; the first parameter is the organisation. */
    Page<Rotation> page(PageRequest page, String where, String orderBy, Object... params) {
        Page<Rotation> rows = PagedQuery.of(jdbc, page, "select r.*", "from rotation r where " + where, orderBy,
                RotationRecords::rotation, params);
        return new Page<>(complete((UUID) params[0], rows.items()), rows.page(), rows.size(), rows.hasMore(),
                rows.total());
    }

    /** The rotations with their handover checklists and the names of people and teams, in two queries for the lot. */
    private List<Rotation> complete(UUID organisationId, List<Rotation> rotations) {
        if (rotations.isEmpty()) {
            return rotations;
        }
        Map<UUID, List<StaffNames.Awaiting<Rotation.HandoverItem>>> items = new LinkedHashMap<>();
        jdbc.sql("select h.rotation_id, h.id, h.title, h.ticked_by, h.ticked_at from rotation_handover_item h "
                + "where h.organisation_id = :org and h.rotation_id in (:ids) order by h.position")
                .param("org", organisationId).param("ids", rotations.stream().map(Rotation::id).toList())
                .query(rs -> {
                    UUID id = rs.getObject(2, UUID.class);
                    String title = rs.getString(3);
                    UUID by = rs.getObject(4, UUID.class);
                    Instant at = Time.instant(rs.getObject(5, OffsetDateTime.class));
                    items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(StaffNames
                            .awaiting(found -> new Rotation.HandoverItem(id, title, by, found.person(by), at), by));
                });
        return names.complete(organisationId, rotations.stream().map(r -> {
            List<StaffNames.Awaiting<Rotation.HandoverItem>> handover = items.getOrDefault(r.id(), List.of());
            UUID[] people = Stream.concat(Stream.of(r.staffId()), handover.stream().flatMap(i -> i.people().stream()))
                    .toArray(UUID[]::new);
            return StaffNames.awaiting(found -> new Rotation(r.id(), r.staffId(), found.person(r.staffId()),
                    r.fromTeamId(), found.team(r.fromTeamId()), r.toTeamId(), found.team(r.toTeamId()), r.startsOn(),
                    r.endsOn(), r.status(), r.version(),
                    handover.stream().map(i -> i.complete().apply(found)).toList()), people, r.fromTeamId(),
                    r.toTeamId());
        }).toList());
    }

    private static Rotation rotation(ResultSet rs, int n) throws SQLException {
        return new Rotation(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class), null,
                rs.getObject("from_team_id", UUID.class), null, rs.getObject("to_team_id", UUID.class), null,
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                Rotation.Status.valueOf(rs.getString("status")), rs.getInt("version"), List.of());
    }
}
