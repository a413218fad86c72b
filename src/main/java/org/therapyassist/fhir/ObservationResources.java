package org.therapyassist.fhir;

import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.therapyassist.outcomes.MeasureResult;

/**
 * A measure result as a UK Core Observation: the measure as the code, the score as a quantity with its UCUM unit, the
 * day it was measured, who measured, the session it was measured at (as the Encounter), the items as components and
 * the status from its corrections (see {@link #status}).
 *
 * <p>
 * The code is the service's own code system ({@link UkCore#MEASURE_CODES}, the measure's key) for every measure:
 * no SNOMED CT or LOINC code for these measures could be confirmed from the UK Core package's value sets or HAPI's
 * bundled terminology, so none is sent (H68), even where the outcomes module holds one.
 */
final class ObservationResources {

    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String UCUM = "http://unitsofmeasure.org";
    private static final Set<String> UCUM_UNITS = Set.of("s", "min", "h", "m", "cm", "m/s", "kg", "%");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{1,30}");

    private ObservationResources() {
    }

    /**
     * A correction of an earlier result is amended; a result a correction replaced is entered-in-error (it no longer
     * stands, and a reader must not take it for the current value: H69); any other is final.
     */
    static ObservationStatus status(boolean correctsAnother, boolean replaced) {
        if (replaced) {
            return ObservationStatus.ENTEREDINERROR;
        }
        return correctsAnother ? ObservationStatus.AMENDED : ObservationStatus.FINAL;
    }

    /** The unit as UCUM: seconds, metres and the like as themselves; a count or score as an annotation. */
    static String ucum(String unit) {
        if (unit == null || unit.isBlank()) {
            return "1";
        }
        if (UCUM_UNITS.contains(unit)) {
            return unit;
        }
        return WORD.matcher(unit).matches() ? "{" + unit + "}" : "{score}";
    }

    static Observation of(MeasureResult r, UUID replacedBy) {
        Observation resource = new Observation();
        resource.setId(r.id().toString());
        resource.getMeta().addProfile(UkCore.OBSERVATION_PROFILE);
        resource.setStatus(status(r.replacesId() != null, replacedBy != null));
        resource.addCategory().addCoding().setSystem(CATEGORY).setCode("survey").setDisplay("Survey");
        resource.getCode().setText(r.measureName()).addCoding().setSystem(UkCore.MEASURE_CODES)
                .setCode(r.measureKey()).setDisplay(r.measureName());
        resource.setSubject(References.to("Patient", r.patientId(), null));
        resource.setEffective(new DateTimeType(r.effectiveOn().toString()));
        resource.setIssued(Date.from(r.recordedAt()));
        resource.addPerformer(References.to("Practitioner", r.performerId(), r.performerName()));
        resource.setValue(new Quantity().setValue(r.score()).setUnit(r.unit()).setSystem(UCUM).setCode(ucum(r.unit())));
        if (r.sessionRecordId() != null) {
            resource.setEncounter(References.to("Encounter", r.sessionRecordId(), null));
        }
        if (r.interpretation() != null) {
            resource.addInterpretation().setText(r.interpretation());
        }
        for (MeasureResult.Component item : r.items()) {
            var component = resource.addComponent();
            component.getCode().setText(item.label());
            component.setValue(new Quantity().setValue(item.value()));
        }
        if (r.note() != null) {
            resource.addNote().setText(r.note());
        }
        if (r.replacesId() != null) {
            resource.addNote().setText("Corrects Observation/" + r.replacesId()
                    + (r.correctionReason() == null ? "" : ": " + r.correctionReason()));
        }
        if (replacedBy != null) {
            resource.addNote().setText("Replaced by a correction, Observation/" + replacedBy
                    + ": this result no longer stands.");
        }
        return resource;
    }
}
