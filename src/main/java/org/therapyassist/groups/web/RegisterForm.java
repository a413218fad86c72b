package org.therapyassist.groups.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.therapyassist.groups.GroupRules;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.Messages;

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
                        name == null
                                ? Messages.text("groups.field.outcome.choose")
                                : Messages.text("groups.field.outcome.choose-for", name));
            }
            lines.add(new GroupRules.Line(patient, outcome, Text.blankToNull(in.text("note-" + patient))));
            String measure = Text.blankToNull(in.text("measure-" + patient));
            String value = Text.blankToNull(in.text("measureValue-" + patient));
            String field = "measure-" + patient;
            if (measure == null && value != null) {
                in.reject(field, Messages.text("groups.field.measure.which"));
            } else if (measure != null && value == null) {
                in.reject(field, Messages.text("groups.field.measure.result"));
            } else if (measure != null) {
                var number = in.decimal("measureValue-" + patient, Messages.text("groups.field.result.label"), field);
                if (number != null) {
                    measures.add(new Registers.MeasureEntry(patient, measure, number));
                }
            }
        }
        return new RegisterForm(in.text("groupNote"), lines, measures,
                in.integer("version", Messages.text("groups.field.version.label")));
    }

    Registers.SaveRegister register() {
        return new Registers.SaveRegister(groupNote, lines, version, measures);
    }
}
