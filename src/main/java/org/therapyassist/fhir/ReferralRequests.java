package org.therapyassist.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.therapyassist.fhir.FhirRefusals.Problem;
import org.therapyassist.platform.Time;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.TherapyService;
import org.therapyassist.referrals.Urgency;

/**
 * A ServiceRequest sent to the server, read as a referral in: what it asks for and from whom, checked before anything
 * is looked up. Anything missing or not understood is a 422 with one issue per problem; nothing is guessed. The
 * priority is never lowered: {@code urgent}, {@code asap} and {@code stat} are all urgent here; only {@code routine}
 * (or no priority, which FHIR defines as routine) is routine.
 */
final class ReferralRequests {

    static final int MAX_REASON = 1000;
    static final int MAX_NAME = 120;

    private ReferralRequests() {
    }

    /** What the request says; the subject and the team are resolved by the caller. */
    record Sent(Reference subject, Reference team, SourceRole sourceRole, String sourceName, String reason,
            Urgency urgency, LocalDate receivedOn, TherapyService service, List<Identifier> identifiers) {
    }

    static Sent read(ServiceRequest request, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (request.getStatus() != ServiceRequestStatus.ACTIVE) {
            problems.add(Problem.invalid("ServiceRequest.status", "Send a referral with status 'active'."));
        }
        if (request.getIntent() != ServiceRequestIntent.ORDER
                && request.getIntent() != ServiceRequestIntent.ORIGINALORDER) {
            problems.add(Problem.invalid("ServiceRequest.intent", "Send a referral with intent 'order'."));
        }
        if (!request.hasSubject() || request.getSubject().isEmpty()) {
            problems.add(Problem.required("ServiceRequest.subject",
                    "Name the patient: Patient/id, or an identifier with the NHS number."));
        }
        String sourceName = request.getRequester().getDisplay();
        if (sourceName == null || sourceName.isBlank()) {
            problems.add(Problem.required("ServiceRequest.requester.display", "Name who made the referral."));
        } else if (sourceName.strip().length() > MAX_NAME) {
            problems.add(Problem.invalid("ServiceRequest.requester.display",
                    "The name of who referred must be " + MAX_NAME + " characters or fewer."));
        }
        String reason = reason(request);
        if (reason == null) {
            problems.add(Problem.required("ServiceRequest.reasonCode",
                    "Give the reason for referral (reasonCode text or a note)."));
        } else if (reason.length() > MAX_REASON) {
            problems.add(Problem.invalid("ServiceRequest.reasonCode",
                    "The reason for referral (reasonCode and notes together) must be " + MAX_REASON
                            + " characters or fewer."));
        }
        Set<TherapyService> services = Stream.concat(request.getCategory().stream(), Stream.of(request.getCode()))
                .map(TherapyServiceCodes::of).filter(Objects::nonNull).collect(Collectors.toSet());
        if (services.size() != 1) {
            problems.add(Problem.invalid("ServiceRequest.category",
                    (services.isEmpty() ? "Say which service" : "Ask for one service")
                            + ": SNOMED CT 722140001 (physiotherapy service) or 310093001 "
                            + "(occupational therapy service) as the category."));
        }
        LocalDate authored = request.hasAuthoredOn()
                ? request.getAuthoredOn().toInstant().atZone(Time.LONDON).toLocalDate()
                : today;
        if (authored.isAfter(today)) {
            problems.add(
                    Problem.invalid("ServiceRequest.authoredOn", "The referral cannot be authored in the future."));
        }
        Reference team = request.getPerformer().stream().filter(p -> "CareTeam".equals(p.getReferenceElement()
                .getResourceType())).findFirst().orElse(null);
        if (team == null && request.hasPerformer()) {
            problems.add(Problem.invalid("ServiceRequest.performer", "Name the team as CareTeam/id, or leave "
                    + "performer out to refer to your own team."));
        }
        if (!problems.isEmpty()) {
            throw FhirRefusals.unprocessable(problems);
        }
        return new Sent(request.getSubject(), team, sourceRole(request.getRequester()), sourceName.strip(), reason,
                urgency(request.getPriority()), authored, services.iterator().next(),
                request.getIdentifier().stream().filter(i -> i.hasSystem() && i.hasValue()).toList());
    }

    /** Routine only when the sender says routine (or nothing, which FHIR defines as routine); otherwise urgent. */
    static Urgency urgency(ServiceRequestPriority priority) {
        return priority == null || priority == ServiceRequestPriority.NULL || priority == ServiceRequestPriority.ROUTINE
                ? Urgency.ROUTINE
                : Urgency.URGENT;
    }

    private static SourceRole sourceRole(Reference requester) {
        return "Patient".equals(requester.getReferenceElement().getResourceType()) ? SourceRole.SELF : SourceRole.OTHER;
    }

    /** The reasons' texts (or their codings' displays) and the notes, in the order sent, one a line. */
    private static String reason(ServiceRequest request) {
        Stream<String> reasons = request.getReasonCode().stream().map(ReferralRequests::text);
        Stream<String> notes = request.getNote().stream().map(Annotation::getText);
        String text = Stream.concat(reasons, notes).filter(t -> t != null && !t.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    private static String text(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().map(c -> c.getDisplay()).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
