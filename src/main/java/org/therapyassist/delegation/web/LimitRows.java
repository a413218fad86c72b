package org.therapyassist.delegation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.therapyassist.delegation.Observation;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import java.util.ArrayList;
import java.util.Locale;

/** The delegate form's observations: a tick per observation the registrant may ask for, with its limits beside it. */
final class LimitRows {

    private LimitRows() {
    }

    /** One tick on the form per observation the registrant may ask for, with the limits beside it. */
    record LimitRow(String value, String label, String hint, boolean checked, List<LimitInput> inputs) {
    }

    record LimitInput(String name, String label, String value, boolean decimal) {
    }

    static List<LimitRow> of(FormValues values) {
        List<String> ticked = values.all("observations");
        return List.of(
                row(values, ticked, Observation.HEART_RATE.field(), "heart-rate", Observation.HEART_RATE),
                row(values, ticked, DelegationForm.BLOOD_PRESSURE, "blood-pressure", Observation.SYSTOLIC,
                        Observation.DIASTOLIC),
                row(values, ticked, Observation.OXYGEN_SATURATION.field(), "oxygen-saturation",
                        Observation.OXYGEN_SATURATION),
                row(values, ticked, Observation.RESPIRATORY_RATE.field(), "respiratory-rate",
                        Observation.RESPIRATORY_RATE),
                row(values, ticked, Observation.TEMPERATURE.field(), "temperature", Observation.TEMPERATURE));
    }

    private static LimitRow row(FormValues values, List<String> ticked, String value, String key,
            Observation... observations) {
        List<LimitInput> inputs = new ArrayList<>();
        for (Observation o : observations) {
            String words = o == Observation.SYSTOLIC || o == Observation.DIASTOLIC
                    ? o.field()
                    : key;
            inputs.add(new LimitInput(o.field() + "Low", Messages.text("delegation.field." + kebab(words) + ".low"),
                    values.get(o.field() + "Low"), o.scale() > 0));
            if (!o.lowerLimitOnly()) {
                inputs.add(new LimitInput(o.field() + "High",
                        Messages.text("delegation.field." + kebab(words) + ".high"), values.get(o.field() + "High"),
                        o.scale() > 0));
            }
        }
        return new LimitRow(value, Messages.text("delegation.new.limits." + key),
                Messages.text("delegation.new.limits." + key + ".hint"), ticked.contains(value), inputs);
    }

    private static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
