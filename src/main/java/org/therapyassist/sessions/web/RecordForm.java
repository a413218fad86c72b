package org.therapyassist.sessions.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.GoalProgress;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordChanges;
import org.therapyassist.sessions.SessionRecordView;

/** The part of the session record form that recording and changing a draft share, read from and written to the page. */
record RecordForm(List<NewSessionRecord.Activity> activities, String patientResponse, Integer painBefore,
        Integer painAfter, BigDecimal tugSeconds, Integer chairStandCount, List<NewSessionRecord.GoalUpdate> goals,
        String note) {

    private static final int MAX_LINES = 40;

    /** Activity lines are numbered ({@code activity0}, {@code sets0}, …); goal progress is {@code goal-<goal id>}. */
    static RecordForm read(FormReader in) {
        List<NewSessionRecord.Activity> activities = new ArrayList<>();
        for (int i = 0; i < MAX_LINES; i++) {
            String name = in.text("activity" + i);
            UUID item = in.id("item" + i);
            if (name != null && !name.isBlank()) {
                Integer sets = in.integer("sets" + i, Messages.text("sessions.field.sets"));
                Integer reps = in.integer("reps" + i, Messages.text("sessions.field.reps"));
                activities.add(item == null
                        ? new NewSessionRecord.Activity(name, sets, reps)
                        : new NewSessionRecord.Activity(name, sets, reps, item, "yes".equals(in.text("done" + i)),
                                null));
            }
        }
        List<NewSessionRecord.GoalUpdate> goals = new ArrayList<>();
        for (String key : in.names()) {
            if (key.startsWith("goal-") && in.text(key) != null && !in.text(key).isBlank()) {
                goals.add(new NewSessionRecord.GoalUpdate(Text.uuidOrNull(key.substring(5)),
                        in.choice(key, GoalProgress.class), null));
            }
        }
        return new RecordForm(activities, in.text("patientResponse"), in.integer("painBefore",
                Messages.text("sessions.field.pain-before")),
                in.integer("painAfter", Messages.text("sessions.field.pain-after")),
                in.decimal("tugSeconds", Messages.text("sessions.field.tug-seconds")),
                in.integer("chairStandCount", Messages.text("sessions.field.chair-stand-count")), goals,
                in.text("note"));
    }

    /**
     * A new record: the delegation it is for, the day, the session, a "stop and contact" if there is one, and the
     * before-session checklist that let it go ahead.
     */
    record New(UUID delegationId, LocalDate performedOn, RecordForm session, String escalation,
            UUID preSessionCheckId) {

        static New read(FormReader in) {
            UUID delegationId = in.id("delegationId");
            LocalDate performedOn = in.date("performedOn", Messages.text("sessions.field.performed-on"));
            return new New(delegationId, performedOn, RecordForm.read(in), in.text("escalation"),
                    in.id("preSessionCheckId"));
        }

        NewSessionRecord command() {
            return new NewSessionRecord(delegationId, performedOn, session.activities(), session.patientResponse(),
                    session.painBefore(), session.painAfter(), session.tugSeconds(), session.chairStandCount(),
                    session.goals(), session.note(), escalation, preSessionCheckId);
        }
    }

    /** A change to a draft, against the version its author read. */
    record Changes(RecordForm session, Integer version) {

        static Changes read(FormReader in) {
            RecordForm session = RecordForm.read(in);
            return new Changes(session, in.integer("version", Messages.text("sessions.field.version")));
        }

        SessionRecordChanges command() {
            return new SessionRecordChanges(version, session.activities(), session.patientResponse(),
                    session.painBefore(),
                    session.painAfter(), session.tugSeconds(), session.chairStandCount(), session.goals(),
                    session.note());
        }
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
