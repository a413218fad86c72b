package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.CurrentUser;

/** Stores and stock for equipment tests: the demo has no equipment of its own, so each test makes what it needs. */
public final class EquipmentTestData {

    private EquipmentTestData() {
    }

    public static UUID store(JdbcClient jdbc, CurrentUser user, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                "insert into equipment_store (id, organisation_id, team_id, name, kind) values (?, ?, ?, ?, 'COMMUNITY_BASE')")
                .params(id, user.organisationId(), user.teamId(), name + " " + id.toString().substring(0, 8)).update();
        return id;
    }

    public static void reorderLevel(JdbcClient jdbc, UUID storeId, String itemCode, int level, int quantity) {
        jdbc.sql(
                "insert into equipment_stock_level (store_id, item_code, reorder_level, reorder_quantity) values (?, ?, ?, ?)")
                .params(storeId, itemCode, level, quantity).update();
    }

    public static void nextInspectionDue(JdbcClient jdbc, UUID assetId, LocalDate due) {
        jdbc.sql("update equipment_asset set next_inspection_due = ?, version = version + 1 where id = ?")
                .params(due, assetId).update();
    }

    /** An external examiner on the organisation's list, added by a team lead: every inspection names one. */
    public static UUID examiner(Examiners examiners, CurrentUser teamLead) {
        return examiners.addExternal(teamLead, new Examiners.NewExternal("A. Examiner", "Lift Safe Ltd", null)).id();
    }

    /** A label nobody else has used. */
    public static String label(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
