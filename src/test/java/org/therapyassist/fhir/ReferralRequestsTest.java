package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.junit.jupiter.api.Test;
import org.therapyassist.referrals.TherapyService;
import org.therapyassist.referrals.Urgency;

/** How a ServiceRequest sent to the server reads as a referral: priority, service and what it must say. */
class ReferralRequestsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void h73_onlyRoutineOrNoPriorityIsRoutineEveryHigherPriorityIsUrgent() {
        assertThat(ReferralRequests.urgency(ServiceRequestPriority.ROUTINE)).isEqualTo(Urgency.ROUTINE);
        assertThat(ReferralRequests.urgency(null)).isEqualTo(Urgency.ROUTINE);
        assertThat(ReferralRequests.urgency(ServiceRequestPriority.URGENT)).isEqualTo(Urgency.URGENT);
        assertThat(ReferralRequests.urgency(ServiceRequestPriority.ASAP)).isEqualTo(Urgency.URGENT);
        assertThat(ReferralRequests.urgency(ServiceRequestPriority.STAT)).isEqualTo(Urgency.URGENT);
    }

    @Test
    void readsTheServiceFromTheUkCoreSnomedConceptsAndNothingElse() {
        ServiceRequest ot = Epr.referral("R1", "9434765919", ServiceRequestPriority.ROUTINE, TODAY);
        ot.getCategory().clear();
        ot.addCategory(new CodeableConcept(new Coding(TherapyServiceCodes.SNOMED, "310096009", null)));
        assertThat(ReferralRequests.read(ot, TODAY).service()).isEqualTo(TherapyService.OCCUPATIONAL_THERAPY);

        // The right code in another system, or a display without a code, names no service.
        ServiceRequest wrongSystem = Epr.referral("R2", "9434765919", ServiceRequestPriority.ROUTINE, TODAY);
        wrongSystem.getCategoryFirstRep().getCodingFirstRep().setSystem("http://example.org/services");
        assertThatThrownBy(() -> ReferralRequests.read(wrongSystem, TODAY))
                .isInstanceOfSatisfying(BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(422));

        ServiceRequest twoServices = Epr.referral("R3", "9434765919", ServiceRequestPriority.ROUTINE, TODAY);
        twoServices.addCategory(TherapyServiceCodes.concept(TherapyService.OCCUPATIONAL_THERAPY));
        assertThatThrownBy(() -> ReferralRequests.read(twoServices, TODAY))
                .isInstanceOfSatisfying(BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(422));
    }

    @Test
    void aDraftOrAProposalIsNotAReferral() {
        ServiceRequest draft = Epr.referral("R4", "9434765919", ServiceRequestPriority.ROUTINE, TODAY);
        draft.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        draft.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        assertThatThrownBy(() -> ReferralRequests.read(draft, TODAY))
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("status 'active'").contains("intent 'order'");
                });
    }

    @Test
    void theReasonIsTheReasonsAndNotesInTheOrderSent() {
        var sent = ReferralRequests.read(Epr.referral("R5", "9434765919", ServiceRequestPriority.ROUTINE, TODAY),
                TODAY);
        assertThat(sent.reason())
                .isEqualTo("Two falls at home this month; unsteady on stairs\nLives alone; daughter visits daily");
        assertThat(sent.receivedOn()).isEqualTo(TODAY);
        assertThat(sent.team()).isNull();
    }
}
