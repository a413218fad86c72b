package org.therapyassist.fhir;

/** The UK Core profiles and identifier systems the server's resources claim and use. */
final class UkCore {

    static final String PATIENT_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";
    static final String PRACTITIONER_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner";
    static final String PRACTITIONER_ROLE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole";
    static final String EPISODE_OF_CARE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-EpisodeOfCare";
    static final String TASK_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Task";
    static final String SERVICE_REQUEST_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest";
    static final String OBSERVATION_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation";
    static final String ENCOUNTER_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter";
    static final String PROVENANCE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Provenance";
    static final String CARE_PLAN_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan";
    static final String CARE_TEAM_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CareTeam";
    static final String DEVICE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Device";
    /**
     * The service's own code system for its outcome measures (code = the measure's key): used for every measure,
     * because no SNOMED CT or LOINC code could be confirmed from the UK Core package or HAPI's terminology (H68).
     */
    static final String MEASURE_CODES = "https://therapyassist.example/fhir/CodeSystem/outcome-measure";
    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** The Health and Care Professions Council's register, as NHS England's FHIR APIs name it. */
    static final String HCPC_NUMBER = "https://fhir.hl7.org.uk/Id/hcpc-number";
    /** Organisation Data Service codes (the service's ODS code, when it has one). */
    static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

    /** The most resources one search returns; more matches are refused as too costly (as NHS England's PDS does). */
    static final int MAX_RESULTS = 50;

    private UkCore() {
    }
}
