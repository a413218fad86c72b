package org.therapyassist.groups.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.therapyassist.groups.GroupRules;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormReader;

/**
 * The register as posted: a line per enrolled patient ({@code patient-<id>}, {@code outcome-<id>}, {@code note-<id>},
 * and a measure taken, {@code measure-<id>} and {@code measureValue-<id>}), the group's note and the session's version.
 */
record RegisterForm(String groupNote, List<GroupRules.Line> lines, List<Registers.MeasureEntry> measures,
        Integer version) {

    static RegisterForm read(FormReader in) {
        List<GroupRules.Line> lines = new ArrayList<>();
        List<Registers.MeasureEntry> measures = new ArrayList<>();
        for (String key : in.names()) {
            UUID patient = key.startsWith("patient-") ? in.id(key) : null;
            if (patient == null) {
                continue;
            }
            Outcome outcome = in.choice("outcome-" + patient, Outcome.class);
            if (outcome == null) {
                // The name is only for the message, so the error summary says whose attendance is missing.
                String name = Text.blankToNull(in.text("name-" + patient));
                in.reject("outcome-" + patient,
                        "Choose attended, did not attend or cancelled" + (name == null ? "" : " for " + name));
            }
            lines.add(new GroupRules.Line(patient, outcome, Text.blankToNull(in.text("note-" + patient))));
            String measure = Text.blankToNull(in.text("measure-" + patient));
            String value = Text.blankToNull(in.text("measureValue-" + patient));
            String field = "measure-" + patient;
            if (measure == null && value != null) {
                in.reject(field, "Choose which measure the result is for");
            } else if (measure != null && value == null) {
                in.reject(field, "Enter the result of the measure");
            } else if (measure != null) {
                var number = in.decimal("measureValue-" + patient, "Result", field);
                if (number != null) {
                    measures.add(new Registers.MeasureEntry(patient, measure, number));
                }
            }
        }
        return new RegisterForm(in.text("groupNote"), lines, measures, in.integer("version", "Version"));
    }

    Registers.SaveRegister register() {
        return new Registers.SaveRegister(groupNote, lines, version, measures);
    }
}
