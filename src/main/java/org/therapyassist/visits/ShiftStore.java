package org.therapyassist.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.platform.Time;

/** The visits module's shifts table: who works on a day, when, with which break, from which base. */
@Repository
class ShiftStore {

    /** A worker's shift as stored; {@code offFrom} is when they went off during the day (sick), if they did. */
    record ShiftRow(UUID staffId, LocalDate day, LocalTime startsAt, LocalTime endsAt, LocalTime breakFrom,
            LocalTime breakTo, String baseName, double baseLatitude, double baseLongitude, LocalTime offFrom) {
    }

    private final JdbcClient jdbc;

    ShiftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ShiftRow> shifts(UUID organisationId, Collection<UUID> staffIds, LocalDate day) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from visit_shift where organisation_id = :org and shift_day = :day "
                + "and staff_id in (:staff) order by starts_at, staff_id")
                .param("org", organisationId).param("day", day).param("staff", List.copyOf(staffIds))
                .query(ShiftStore::shift).list();
    }

    Optional<ShiftRow> shift(UUID organisationId, UUID staffId, LocalDate day) {
        return jdbc.sql("select * from visit_shift where organisation_id = ? and staff_id = ? and shift_day = ?")
                .params(organisationId, staffId, day).query(ShiftStore::shift).optional();
    }

    void saveShift(UUID organisationId, ShiftRow s, UUID by, Instant at) {
        int updated = jdbc.sql("update visit_shift set starts_at = ?, ends_at = ?, break_from = ?, break_to = ?, "
                + "base_name = ?, base_latitude = ?, base_longitude = ?, off_from = ?, changed_at = ?, changed_by = ? "
                + "where organisation_id = ? and staff_id = ? and shift_day = ?")
                .params(s.startsAt(), s.endsAt(), s.breakFrom(), s.breakTo(), s.baseName(), s.baseLatitude(),
                        s.baseLongitude(), s.offFrom(), Time.db(at), by, organisationId, s.staffId(), s.day())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into visit_shift (organisation_id, staff_id, shift_day, starts_at, ends_at, break_from, "
                    + "break_to, base_name, base_latitude, base_longitude, off_from, changed_at, changed_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(organisationId, s.staffId(), s.day(), s.startsAt(), s.endsAt(), s.breakFrom(),
                            s.breakTo(), s.baseName(), s.baseLatitude(), s.baseLongitude(), s.offFrom(), Time.db(at),
                            by)
                    .update();
        }
    }

    void removeShift(UUID organisationId, UUID staffId, LocalDate day) {
        jdbc.sql("delete from visit_shift where organisation_id = ? and staff_id = ? and shift_day = ?")
                .params(organisationId, staffId, day).update();
    }

    private static ShiftRow shift(ResultSet rs, int n) throws SQLException {
        return new ShiftRow(rs.getObject("staff_id", UUID.class), rs.getObject("shift_day", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getObject("break_from", LocalTime.class), rs.getObject("break_to", LocalTime.class),
                rs.getString("base_name"), rs.getDouble("base_latitude"), rs.getDouble("base_longitude"),
                rs.getObject("off_from", LocalTime.class));
    }
}
