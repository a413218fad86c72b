package org.therapyassist.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.therapyassist.referrals.TherapyService;

/**
 * The SNOMED CT services a referral may ask for, as a ServiceRequest's {@code category} (or {@code code}). Every
 * concept here is taken, with its display, from UK Core's own value set UKCore-CareSettingType 3.1.0 (in the UK Core
 * STU2 package under src/test/resources/fhir), not from memory: the general service first, then the settings of it
 * that a sender may use instead.
 */
final class TherapyServiceCodes {

    static final String SNOMED = "http://snomed.info/sct";

    /** The concept the server writes for each service. */
    static final Map<TherapyService, Coding> WRITTEN = Map.of(
            TherapyService.PHYSIOTHERAPY, new Coding(SNOMED, "722140001", "Physiotherapy service"),
            TherapyService.OCCUPATIONAL_THERAPY, new Coding(SNOMED, "310093001", "Occupational therapy service"));

    /** Every concept the server reads, with the service it means. */
    static final Map<String, TherapyService> READ = Map.ofEntries(
            Map.entry("722140001", TherapyService.PHYSIOTHERAPY), // Physiotherapy service
            Map.entry("310098005", TherapyService.PHYSIOTHERAPY), // Hospital-based physiotherapy service
            Map.entry("699650006", TherapyService.PHYSIOTHERAPY), // Community based physiotherapy service
            Map.entry("705150003", TherapyService.PHYSIOTHERAPY), // Domiciliary physiotherapy service
            Map.entry("310093001", TherapyService.OCCUPATIONAL_THERAPY), // Occupational therapy service
            Map.entry("310096009", TherapyService.OCCUPATIONAL_THERAPY), // Hospital-based occupational therapy service
            Map.entry("310094007", TherapyService.OCCUPATIONAL_THERAPY)); // Community-based occupational therapy
                                                                          // service

    private TherapyServiceCodes() {
    }

    /** The service a concept names, or null when none of its codings is one of ours. */
    static TherapyService of(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (SNOMED.equals(coding.getSystem()) && READ.containsKey(coding.getCode())) {
                return READ.get(coding.getCode());
            }
        }
        return null;
    }

    static CodeableConcept concept(TherapyService service) {
        Coding coding = WRITTEN.get(service);
        return new CodeableConcept().addCoding(coding.copy()).setText(service.title());
    }
}
