package org.therapyassist.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/**
 * The community team's homes and shifts: every community patient lives in Northgate, with believable coordinates
 * around the town centre (the fictional town sits where a West Yorkshire mill town would), and the three community
 * support workers (Tom Reid, Aisha Khan, Ben Hughes) work 08:30 to 16:30 with a half-hour lunch from the Northgate
 * community base, today and for the next two weeks. The day's visits are made from the delegations when the board
 * is first opened.
 */
@Component
class VisitsDemo {

    /** The Northgate community base, where the community team's equipment store is too. */
    static final double BASE_LATITUDE = 53.74600;
    static final double BASE_LONGITUDE = -1.59900;

    private static final String[] STREETS = {"Moor Lane", "Mill Street", "Chapel Road", "Beck Side", "Weavers Close",
            "Canal View", "Heather Bank", "Station Road", "Low Green", "Quarry Hill", "Ash Grove",
            "Wellington Terrace"};

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitsDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write() {
        List<UUID> orgs = jdbc.sql("select organisation_id from staff_member where username = 'lead.demo'")
                .query(UUID.class).list();
        if (orgs.isEmpty()) {
            return;
        }
        UUID org = orgs.getFirst();
        UUID team = jdbc.sql("select id from team where organisation_id = ? and name = 'Community rehab'").param(org)
                .query(UUID.class).optional().orElse(null);
        if (team == null) {
            return;
        }
        Random random = new Random(20261207L);
        List<UUID> patients = jdbc.sql("select distinct p.id, p.nhs_number from patient p join episode e "
                + "on e.patient_id = p.id where e.organisation_id = ? and e.team_id = ? order by p.nhs_number")
                .params(org, team).query((rs, n) -> rs.getObject(1, UUID.class)).list();
        for (UUID patient : patients) {
            // Within about 3 km of the base: a town's round, 5 to 15 minutes apart by car.
            BigDecimal latitude = BigDecimal.valueOf(BASE_LATITUDE + (random.nextDouble() - 0.5) * 0.05)
                    .setScale(5, RoundingMode.HALF_UP);
            BigDecimal longitude = BigDecimal.valueOf(BASE_LONGITUDE + (random.nextDouble() - 0.5) * 0.08)
                    .setScale(5, RoundingMode.HALF_UP);
            String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)]
                    + ", Northgate";
            String postcode = "NG" + (1 + random.nextInt(6)) + " " + (1 + random.nextInt(9))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            jdbc.sql("update patient set address = ?, postcode = ?, home_latitude = ?, home_longitude = ? "
                    + "where id = ?").params(address, postcode, latitude, longitude, patient).update();
            jdbc.sql("update episode set location = ? where patient_id = ? and team_id = ?")
                    .params(address + ", " + postcode, patient, team).update();
        }
        UUID lead = jdbc.sql("select id from staff_member where username = 'lead.demo'").query(UUID.class).single();
        List<UUID> workers = jdbc.sql("select id from staff_member where organisation_id = ? and username in "
                + "('tom.ap', 'aisha.sw', 'ben.ssw') order by username").param(org).query(UUID.class).list();
        LocalDate today = Time.today(clock);
        for (int d = 0; d < 14; d++) {
            for (UUID worker : workers) {
                jdbc.sql("insert into visit_shift (organisation_id, staff_id, shift_day, starts_at, ends_at, "
                        + "break_from, break_to, base_name, base_latitude, base_longitude, changed_at, changed_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(org, worker, today.plusDays(d), LocalTime.of(8, 30), LocalTime.of(16, 30),
                                LocalTime.of(12, 30), LocalTime.of(13, 0), "Northgate community base",
                                BASE_LATITUDE, BASE_LONGITUDE, Time.db(clock.instant()), lead)
                        .update();
            }
        }
    }
}
