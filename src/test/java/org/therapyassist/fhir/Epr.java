package org.therapyassist.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.therapyassist.platform.security.TestTokens;

/** What an EPR sends: UK Core Patients and referrals as ServiceRequests, through HAPI's generic client. */
final class Epr {

    static final String REFERRAL_IDS = "https://epr.example.nhs.uk/Id/referral";
    static final FhirContext CLIENT_CONTEXT = clientContext();

    private Epr() {
    }

    private static FhirContext clientContext() {
        FhirContext context = FhirContext.forR4();
        // No CapabilityStatement fetch before the first call: the test asserts each call it makes.
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return context;
    }

    static IGenericClient client(int port, String user) {
        IGenericClient client = CLIENT_CONTEXT.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BasicAuthInterceptor(user, "demo"));
        return client;
    }

    /**
     * The EPR as it is in production: a system client with a bearer token for the demo organisation (ODS code ZZ000)
     * that may read and write Patients and ServiceRequests, signed by the issuer the test profile trusts.
     */
    static IGenericClient system(int port, String client) {
        IGenericClient epr = CLIENT_CONTEXT.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        epr.registerInterceptor(new BearerTokenAuthInterceptor(TestTokens.signed(TestTokens.system(client, "ZZ000",
                "system/Patient.read system/Patient.write system/ServiceRequest.read system/ServiceRequest.write"))));
        return epr;
    }

    static Patient patient(String nhsNumber, String family, LocalDate born) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(UkCore.NHS_NUMBER).setValue(nhsNumber);
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven("Edith").addGiven("May");
        patient.setBirthDateElement(new DateType(born.toString()));
        patient.addAddress().setUse(Address.AddressUse.HOME).addLine("4 Mill Lane").setCity("Northgate")
                .setPostalCode("NG2 3AB");
        return patient;
    }

    static String byNhsNumber(String nhsNumber) {
        return "Patient?identifier=" + UkCore.NHS_NUMBER + "|" + nhsNumber;
    }

    static String byReferralId(String id) {
        return "ServiceRequest?identifier=" + REFERRAL_IDS + "|" + id;
    }

    /** A referral to physiotherapy for the patient with this NHS number (a logical reference), from a ward doctor. */
    static ServiceRequest referral(String referralId, String nhsNumber, ServiceRequest.ServiceRequestPriority priority,
            LocalDate authoredOn) {
        ServiceRequest request = new ServiceRequest();
        request.addIdentifier(new Identifier().setSystem(REFERRAL_IDS).setValue(referralId));
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(priority);
        request.addCategory(new CodeableConcept(
                new Coding(TherapyServiceCodes.SNOMED, "722140001", "Physiotherapy service")));
        request.setSubject(new Reference().setIdentifier(new Identifier().setSystem(UkCore.NHS_NUMBER)
                .setValue(nhsNumber)));
        request.setRequester(new Reference().setDisplay("Dr Ana Silva, Ward 7"));
        request.addReasonCode(new CodeableConcept().setText("Two falls at home this month; unsteady on stairs"));
        request.addNote().setText("Lives alone; daughter visits daily");
        request.setAuthoredOnElement(new DateTimeType(authoredOn.toString()));
        return request;
    }

    static String newReferralId() {
        return "REF-" + UUID.randomUUID();
    }
}
