package org.therapyassist.fhir;

/** The UK Core profiles and identifier systems the server's resources claim and use. */
final class UkCore {

    static final String PATIENT_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";
    static final String PRACTITIONER_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner";
    static final String PRACTITIONER_ROLE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole";
    static final String EPISODE_OF_CARE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-EpisodeOfCare";
    static final String TASK_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Task";
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
