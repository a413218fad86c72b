package org.therapyassist.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.Urgency;

/**
 * A referral as the UK Core ServiceRequest the create answers with: the sender's identifier, the service asked for,
 * the patient, who referred (as text: the server does not know them as a Practitioner), the reason, the priority
 * (urgent and soon as {@code urgent}, routine as {@code routine}), the date received and the team. Waiting and accepted
 * referrals are {@code active}; signposted and rejected ones were not taken on here, so {@code revoked}.
 */
final class ServiceRequestIntakeResources {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest";

    private ServiceRequestIntakeResources() {
    }

    static ServiceRequest of(Referral referral) {
        ServiceRequest resource = new ServiceRequest();
        resource.setId(referral.id().toString());
        resource.getMeta().addProfile(PROFILE);
        if (referral.senderId() != null) {
            resource.addIdentifier().setSystem(referral.senderId().system()).setValue(referral.senderId().value());
        }
        resource.setStatus(switch (referral.status()) {
            case WAITING, ACCEPTED -> ServiceRequestStatus.ACTIVE;
            case SIGNPOSTED, REJECTED -> ServiceRequestStatus.REVOKED;
        });
        resource.setIntent(ServiceRequestIntent.ORDER);
        resource.setPriority(referral.urgency() == Urgency.ROUTINE
                ? ServiceRequestPriority.ROUTINE
                : ServiceRequestPriority.URGENT);
        if (referral.service() != null) {
            resource.addCategory(TherapyServiceCodes.concept(referral.service()));
        }
        resource.setSubject(References.to("Patient", referral.patientId(), referral.patientName()));
        resource.setAuthoredOnElement(new DateTimeType(referral.receivedOn().toString()));
        resource.setRequester(new Reference().setDisplay(referral.source()));
        resource.addReasonCode(new CodeableConcept().setText(referral.reason()));
        // The team by name only: a CareTeam here is an episode's people, not a team (the read slice does the same).
        resource.addPerformer().setDisplay(referral.teamName());
        resource.addNote(new Annotation().setText("Respond by " + referral.respondBy() + " ("
                + referral.urgency().title().toLowerCase(Locale.UK) + "): " + referral.status().title()
                + "."));
        return resource;
    }
}
