package org.therapyassist.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Equipment in the demo service: a store for each team with realistic counted stock (every figure written through the
 * ledger, so balances equal the sum of movements), hoists, slings, wheelchairs and beds with inspections in date, due
 * soon and overdue, one asset quarantined and one waiting to be cleaned, and loans at patients' homes, two overdue.
 */
@Component
class EquipmentDemo {

    private final JdbcClient jdbc;
    private final Clock clock;

    EquipmentDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record StoreSpec(String team, String name, String kind, Object[][] stock) {
    }

    // Item code, quantity received, reorder level, reorder quantity.
    private static final List<StoreSpec> STORES = List.of(
            new StoreSpec("Stroke ward", "Ward 7 therapy store", "WARD", new Object[][]{
                    {"WALKING_FRAME", 8, 3, 6}, {"WHEELED_FRAME", 4, 2, 4}, {"WALKING_STICK", 10, 4, 10},
                    {"PERCHING_STOOL", 2, 1, 2}, {"PRESSURE_CUSHION", 3, 2, 4}}),
            new StoreSpec("MSK outpatients", "Outpatient gym store", "WARD", new Object[][]{
                    {"ELBOW_CRUTCHES", 6, 4, 8}, {"WALKING_STICK", 12, 4, 10}, {"WALKING_FRAME", 2, 2, 4}}),
            new StoreSpec("Community rehab", "Northgate community base", "COMMUNITY_BASE", new Object[][]{
                    {"WALKING_FRAME", 12, 4, 8}, {"THREE_WHEELED_WALKER", 3, 2, 4}, {"COMMODE", 4, 2, 4},
                    {"TOILET_FRAME", 6, 3, 6}, {"RAISED_TOILET_SEAT", 5, 3, 6}, {"BATH_BOARD", 2, 2, 4},
                    {"GRAB_RAIL", 10, 5, 10}, {"PERCHING_STOOL", 4, 2, 4}}));

    void write() {
        LocalDate today = Time.today(clock);
        List<UUID> orgs = jdbc.sql("select organisation_id from staff_member where username = 'lead.demo'")
                .query(UUID.class).list();
        if (orgs.isEmpty() || jdbc.sql("select count(*) from equipment_store").query(Long.class).single() > 0) {
            return;
        }
        UUID org = orgs.getFirst();
        Map<String, UUID> staff = jdbc.sql("select username, id from staff_member where organisation_id = ?").param(org)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, UUID> teams = jdbc.sql("select name, id from team where organisation_id = ?").param(org)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        UUID sam = staff.get("sw.demo");
        examiners(org, staff, today);
        Map<String, UUID> stores = new HashMap<>();
        for (StoreSpec spec : STORES) {
            UUID store = Ids.newId();
            stores.put(spec.team(), store);
            jdbc.sql("insert into equipment_store (id, organisation_id, team_id, name, kind) values (?, ?, ?, ?, ?)")
                    .params(store, org, teams.get(spec.team()), spec.name(), spec.kind()).update();
            for (Object[] line : spec.stock()) {
                String item = (String) line[0];
                jdbc.sql(
                        "insert into equipment_stock_level (store_id, item_code, reorder_level, reorder_quantity) values (?, ?, ?, ?)")
                        .params(store, item, line[2], line[3]).update();
                // Counted in before the first loan (70 days ago), so no balance was ever below nought.
                move(org, store, item, "AVAILABLE", (Integer) line[1], "RECEIVE", "Opening stock count", null, sam,
                        today.minusDays(90));
            }
        }
        UUID community = stores.get("Community rehab");
        UUID ward = stores.get("Stroke ward");
        // A few counts and write-offs, as a real ledger has.
        move(org, community, "GRAB_RAIL", "AVAILABLE", -1, "WRITE_OFF", "Bent in transit", null, staff.get("ben.ssw"),
                today.minusDays(20));
        move(org, ward, "WALKING_STICK", "AVAILABLE", -2, "ADJUST", "Monthly count found 8", null, sam,
                today.minusDays(9));
        move(org, community, "BATH_BOARD", "AVAILABLE", -1, "WRITE_OFF", "Cracked; condemned", null,
                staff.get("ben.ssw"), today.minusDays(5));

        asset(org, ward, "MOBILE_HOIST", "HST-0001", "MH-22817", "AVAILABLE", today.plusMonths(4));
        asset(org, ward, "MOBILE_HOIST", "HST-0002", "MH-22904", "AVAILABLE", today.minusDays(6)); // LOLER overdue
        asset(org, ward, "STANDING_HOIST", "HST-0003", "SH-1042", "AVAILABLE", today.plusDays(12)); // due soon
        asset(org, ward, "SLING", "SLG-0011", "SL-M-311", "AVAILABLE", today.plusMonths(2));
        asset(org, ward, "SLING", "SLG-0012", "SL-L-118", "QUARANTINED", today.plusMonths(3)); // frayed stitching
        asset(org, ward, "WHEELCHAIR", "WCH-0101", "WC-5521", "AVAILABLE", null);
        asset(org, community, "WHEELCHAIR", "WCH-0102", "WC-5530", "NEEDS_CLEANING", null);
        asset(org, community, "MOBILE_HOIST", "HST-0004", "MH-23110", "AVAILABLE", today.plusDays(20));
        asset(org, community, "PROFILING_BED", "BED-0201", "PB-8801", "AVAILABLE", today.plusMonths(7));
        jdbc.sql(
                "insert into equipment_fault (id, organisation_id, asset_id, item_code, description, reported_by, reported_at, status) "
                        + "select ?, ?, id, item_code, ?, ?, ?, 'OPEN' from equipment_asset where asset_label = 'SLG-0012' and organisation_id = ?")
                .params(Ids.newId(), org, "Stitching frayed at the leg loop; taken out of use", sam,
                        ts(today.minusDays(2)), org)
                .update();

        // Loans at home: community patients with open episodes in the community team.
        List<UUID> patients = jdbc
                .sql("select e.patient_id from episode e where e.organisation_id = ? and e.team_id = ? "
                        + "and e.status = 'OPEN' order by e.opened_on desc, e.patient_id limit 6")
                .params(org, teams.get("Community rehab")).query(UUID.class).list();
        UUID ot = staff.get("ot.demo");
        UUID ben = staff.get("ben.ssw");
        Object[][] loans = {
                {"WALKING_FRAME", 1, "Height set to 84 cm", "Step into the frame, keep it flat on the floor", ben, 28,
                        21},
                {"TOILET_FRAME", 1, "Width adjusted to the toilet", "Carer shown how to check the legs are locked", ben,
                        14, null},
                {"RAISED_TOILET_SEAT", 1, "5 cm seat with brackets", "Check brackets each week", ot, 40, null},
                {"PERCHING_STOOL", 1, "Seat height 64 cm", "Use at the kitchen worktop; feet flat", ot, 10, null},
                {"THREE_WHEELED_WALKER", 1, "Handles at wrist height", "Brakes on before sitting", ben, 70, 56},
                {"COMMODE", 1, null, "Brakes on; lid down when not in use", ot, 5, 30}};
        for (int i = 0; i < loans.length && i < patients.size(); i++) {
            Object[] l = loans[i];
            UUID loan = Ids.newId();
            LocalDate issued = today.minusDays((Integer) l[5]);
            LocalDate returnBy = l[6] == null ? null : issued.plusDays((Integer) l[6]);
            jdbc.sql(
                    "insert into equipment_loan (id, organisation_id, patient_id, store_id, item_code, quantity, adjustments, "
                            + "instructions, issued_by, issued_at, expected_return_on, review_on, status) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ON_LOAN')")
                    .params(loan, org, patients.get(i), community, l[0], l[1], l[2], l[3], l[4], ts(issued), returnBy,
                            issued.plusWeeks(6))
                    .update();
            move(org, community, (String) l[0], "AVAILABLE", -(Integer) l[1], "ISSUE", null, loan, (UUID) l[4], issued);
            // Lent during the patient's episode, and to a patient already on the system.
            jdbc.sql("update episode set opened_on = ? where patient_id = ? and team_id = ? and opened_on > ?")
                    .params(issued.minusDays(3), patients.get(i), teams.get("Community rehab"), issued.minusDays(3))
                    .update();
            jdbc.sql("update patient set created_at = ? where id = ? and created_at > ?")
                    .params(ts(issued.minusDays(4)), patients.get(i), ts(issued.minusDays(4))).update();
        }
        // One frame back from a home visit, waiting to be cleaned.
        move(org, community, "WALKING_FRAME", "QUARANTINE", 1, "RETURN", null, null, ben, today.minusDays(1));
    }

    private void move(UUID org, UUID store, String item, String bin, int quantity, String kind, String reason,
            UUID loan,
            UUID actor, LocalDate day) {
        if (jdbc.sql(
                "update equipment_balance set on_hand = on_hand + ? where store_id = ? and item_code = ? and bin = ?")
                .params(quantity, store, item, bin).update() == 0) {
            jdbc.sql(
                    "insert into equipment_balance (organisation_id, store_id, item_code, bin, on_hand) values (?, ?, ?, ?, ?)")
                    .params(org, store, item, bin, quantity).update();
        }
        jdbc.sql(
                "insert into equipment_movement (id, organisation_id, store_id, item_code, bin, quantity, kind, reason, loan_id, "
                        + "actor_id, happened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), org, store, item, bin, quantity, kind, reason, loan, actor, ts(day)).update();
    }

    private void asset(UUID org, UUID store, String item, String label, String serial, String status,
            LocalDate inspectionDue) {
        jdbc.sql(
                "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, serial_number, status, "
                        + "next_inspection_due) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), org, item, store, label, serial, status, inspectionDue).update();
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(10, 30).toInstant(ZoneOffset.UTC));
    }

    /**
     * The competent people for thorough examinations: Ravi Sharma, a senior support worker in MSK outpatients named
     * equipment lead by the team lead, and the insurer's engineer who examines the hoists and slings.
     */
    private void examiners(UUID org, Map<String, UUID> staff, LocalDate today) {
        UUID lead = staff.get("lead.demo");
        var named = Time.db(today.minusMonths(8).atStartOfDay(Time.LONDON).toInstant());
        if (staff.containsKey("ravi.ssw")) {
            jdbc.sql("insert into equipment_examiner (id, organisation_id, kind, staff_id, name, named_by, named_at) "
                    + "values (?, ?, 'EQUIPMENT_LEAD', ?, 'Ravi Sharma', ?, ?)")
                    .params(Ids.newId(), org, staff.get("ravi.ssw"), lead, named).update();
        }
        jdbc.sql(
                "insert into equipment_examiner (id, organisation_id, kind, name, company, reference, named_by, named_at) "
                        + "values (?, ?, 'EXTERNAL', 'Jo Ellis', 'Northgate Lifting Services', 'SAFed member, engineer 4471', ?, ?)")
                .params(Ids.newId(), org, lead, named).update();
    }
}
