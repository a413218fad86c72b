package org.therapyassist.sessions.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.sessions.GoalProgress;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordView;

/** The part of the session record form that recording and changing a draft share, read from and written to the page. */
record RecordForm(List<NewSessionRecord.Activity> activities, String patientResponse, Integer painBefore,
        Integer painAfter, BigDecimal tugSeconds, Integer chairStandCount, List<NewSessionRecord.GoalUpdate> goals,
        String note) {

    private static final int MAX_LINES = 40;

    static RecordForm read(MultiValueMap<String, String> f, FormErrors errors) {
        List<NewSessionRecord.Activity> activities = new ArrayList<>();
        for (int i = 0; i < MAX_LINES; i++) {
            String name = f.getFirst("activity" + i);
            UUID item = Text.uuidOrNull(f.getFirst("item" + i));
            if (name != null && !name.isBlank()) {
                Integer sets = errors.integer("sets" + i, "Sets", f.getFirst("sets" + i));
                Integer reps = errors.integer("reps" + i, "Repetitions", f.getFirst("reps" + i));
                activities.add(item == null ? new NewSessionRecord.Activity(name, sets, reps)
                        : new NewSessionRecord.Activity(name, sets, reps, item, "yes".equals(f.getFirst("done" + i)), null));
            }
        }
        List<NewSessionRecord.GoalUpdate> goals = new ArrayList<>();
        for (String key : f.keySet()) {
            String progress = f.getFirst(key);
            if (key.startsWith("goal-") && progress != null && !progress.isBlank()) {
                goals.add(new NewSessionRecord.GoalUpdate(Text.uuidOrNull(key.substring(5)),
                        errors.choice(key, GoalProgress.class, progress), null));
            }
        }
        return new RecordForm(activities, f.getFirst("patientResponse"),
                errors.integer("painBefore", "Pain before", f.getFirst("painBefore")),
                errors.integer("painAfter", "Pain after", f.getFirst("painAfter")),
                errors.decimal("tugSeconds", "TUG time", f.getFirst("tugSeconds")),
                errors.integer("chairStandCount", "Chair stands", f.getFirst("chairStandCount")), goals, f.getFirst("note"));
    }

    /**
     * A record's values as the form's fields: programme lines in the programme's order (ticked if done), the other
     * activities after them, then the rest.
     */
    static Map<String, String> valuesOf(SessionRecordView r, List<UUID> programme) {
        Map<String, String> v = new HashMap<>();
        v.put("performedOnDay", "" + r.performedOn().getDayOfMonth());
        v.put("performedOnMonth", "" + r.performedOn().getMonthValue());
        v.put("performedOnYear", "" + r.performedOn().getYear());
        int other = programme.size();
        for (NewSessionRecord.Activity a : r.activities()) {
            int line = a.fromProgramme() ? programme.indexOf(a.programmeItemId()) : other++;
            if (line < 0) {
                line = other++;
            } else if (a.fromProgramme() && Boolean.TRUE.equals(a.done())) {
                v.put("done" + line, "yes");
            }
            v.put("activity" + line, a.activity());
            put(v, "sets" + line, a.setsDone());
            put(v, "reps" + line, a.repetitionsDone());
        }
        v.put("patientResponse", r.patientResponse());
        put(v, "painBefore", r.painBefore());
        put(v, "painAfter", r.painAfter());
        put(v, "tugSeconds", r.tugSeconds() == null ? null : r.tugSeconds().stripTrailingZeros().toPlainString());
        put(v, "chairStandCount", r.chairStandCount());
        r.goalProgress().forEach(g -> v.put("goal-" + g.goalId(), g.progress()));
        put(v, "note", r.note());
        return v;
    }

    private static void put(Map<String, String> v, String key, Object value) {
        if (value != null) {
            v.put(key, value.toString());
        }
    }
}
