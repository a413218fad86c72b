package org.therapyassist.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The per-task tables some commands carry: which task a support worker needs for a measure or a kind of equipment. */
final class TaskTables {

    private TaskTables() {
    }

    /**
     * Which task's stage and competencies a support worker needs for each measure (DOMAIN.md §3 and §4): the TUG,
     * chair stand and 10-metre walk from any stage with 3.07; the Berg, Elderly Mobility Scale and 6-minute walk from
     * the senior stage with 3.18; a pain score by anyone looking after the patient. The PSFS and a service's own
     * measures are for registrants.
     */
    static Map<String, String> measures() {
        Map<String, String> tasks = new LinkedHashMap<>();
        tasks.put("TUG", "TUG_MEASUREMENT");
        tasks.put("CHAIR_STAND_30S", "CHAIR_STAND_MEASUREMENT");
        tasks.put("WALK_10M", "TEN_METRE_WALK_MEASUREMENT");
        tasks.put("BERG", "BERG_MEASUREMENT");
        tasks.put("EMS", "ELDERLY_MOBILITY_MEASUREMENT");
        tasks.put("WALK_6MIN", "SIX_MINUTE_WALK_MEASUREMENT");
        tasks.put("PAIN_NRS", Need.NO_TASK);
        return tasks;
    }

    /**
     * Which task a support worker needs for each kind of equipment lent (DOMAIN.md §3): a walking aid, with its height
     * set and its use taught, from the senior stage with 3.03; minor equipment (toilet frames, commodes, perching
     * stools, bath boards) with 3.12. Hoists, slings, wheelchairs, beds and pressure care are lent by registrants and
     * equipment leads.
     */
    static Map<String, String> equipmentKinds() {
        Map<String, String> tasks = new LinkedHashMap<>();
        tasks.put("WALKING_AID", "WALKING_AID");
        tasks.put("TOILETING", "EQUIPMENT_TEACHING");
        tasks.put("KITCHEN", "EQUIPMENT_TEACHING");
        tasks.put("BATHING", "EQUIPMENT_TEACHING");
        return tasks;
    }
}
