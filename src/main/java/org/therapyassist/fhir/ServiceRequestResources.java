package org.therapyassist.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffLookup;

/**
 * A referral in as a UK Core ServiceRequest: the referrer (by name: they are not staff here) is the requester, the
 * team referred to the performer, the reason as text, the urgency as priority, and status and intent from the triage
 * (see {@link #status} and {@link #intent}; the table is in docs/architecture.md). Shared with the create side
 * (a ServiceRequest from the EPR lands in triage), so both read a referral the same way.
 */
final class ServiceRequestResources {

    private ServiceRequestResources() {
    }

    /**
     * Waiting for triage → active (the service has yet to act on it); accepted → completed (acted on: the care goes
     * on as an EpisodeOfCare); signposted elsewhere or rejected → revoked (the service will not act on it).
     */
    static ServiceRequestStatus status(Referral.Status status) {
        return switch (status) {
            case WAITING -> ServiceRequestStatus.ACTIVE;
            case ACCEPTED -> ServiceRequestStatus.COMPLETED;
            case SIGNPOSTED, REJECTED -> ServiceRequestStatus.REVOKED;
        };
    }

    /** A patient who refers themselves proposes; a professional's referral is an order to the service. */
    static ServiceRequestIntent intent(SourceRole source) {
        return source == SourceRole.SELF ? ServiceRequestIntent.PROPOSAL : ServiceRequestIntent.ORDER;
    }

    /**
     * FHIR's priorities rise routine, urgent, asap: the service's routine, soon, urgent in that order. The other way
     * is {@link ReferralRequests#urgency}: anything above routine an EPR sends is the service's urgent (H73), so a
     * referral read back never says less urgent than it was sent.
     */
    static ServiceRequestPriority priority(Urgency urgency) {
        return switch (urgency) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case SOON -> ServiceRequestPriority.URGENT;
            case URGENT -> ServiceRequestPriority.ASAP;
        };
    }

    static ServiceRequest of(Referral referral, StaffLookup.Organisation organisation) {
        ServiceRequest resource = new ServiceRequest();
        resource.setId(referral.id().toString());
        resource.getMeta().addProfile(UkCore.SERVICE_REQUEST_PROFILE);
        if (referral.senderId() != null) {
            // The sender's own id for it: what a conditional create matches on, and how the EPR finds it again.
            resource.addIdentifier().setSystem(referral.senderId().system()).setValue(referral.senderId().value());
        }
        resource.setStatus(status(referral.status()));
        resource.setIntent(intent(referral.sourceRole()));
        resource.setPriority(priority(referral.urgency()));
        if (referral.service() != null) {
            resource.addCategory(TherapyServiceCodes.concept(referral.service()));
        }
        resource.getCode().setText("Referral to " + (referral.teamName() == null
                ? organisation.name()
                : referral.teamName()));
        resource.setSubject(References.to("Patient", referral.patientId(), null));
        resource.setAuthoredOnElement(new DateTimeType(referral.receivedOn().toString()));
        resource.getRequester().setDisplay(referral.source());
        // The team as the staff team's CareTeam: the same reference an EPR sends as performer, and readable.
        resource.addPerformer(References.to("CareTeam", referral.teamId(), referral.teamName()));
        resource.addPerformer(References.organisation(organisation));
        resource.addReasonCode().setText(referral.reason());
        resource.addNote().setText("Urgency: " + referral.urgency().title() + "; respond by " + referral.respondBy()
                + ". Triage: " + referral.status().title() + ".").setTime(Date.from(referral.recordedAt()));
        Referral.Decision decision = referral.decision();
        if (decision != null) {
            StringBuilder text = new StringBuilder(decision.outcome().title()).append(" by ")
                    .append(decision.decidedByName());
            if (decision.signpostedTo() != null) {
                text.append(": signposted to ").append(decision.signpostedTo());
            }
            if (decision.note() != null) {
                text.append(". ").append(decision.note());
            }
            resource.addNote().setText(text.toString()).setTime(Date.from(decision.decidedAt()))
                    .setAuthor(References.to("Practitioner", decision.decidedBy(), decision.decidedByName()));
        }
        return resource;
    }
}
