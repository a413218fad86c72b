package org.therapyassist.referrals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.platform.web.Messages;

/** A referral in, with its triage decision once made. */
public record Referral(UUID id, UUID patientId, String patientName, String nhsNumber, LocalDate dateOfBirth,
        UUID teamId, String teamName, SourceRole sourceRole, String sourceName, String sourceOrganisation,
        String reason, Urgency urgency, LocalDate receivedOn, LocalDate respondBy, Status status, boolean overdue,
        String recordedByName, Instant recordedAt, Decision decision, int version, TherapyService service,
        SenderId senderId,
        @Schema(description = "Where the triage outcome is e-mailed; absent when the referrer gave no address") String referrerEmail) {

    public enum Status {
        WAITING, ACCEPTED, SIGNPOSTED, REJECTED;

        /** Its words in the request's language. */
        public String title() {
            return Messages.text("referrals.status." + name());
        }
    }

    /** Final: who decided, when, and what; a wrong decision is put right with a new referral, never an edit. */
    @Schema(name = "TriageDecision")
    public record Decision(Status outcome, UUID episodeId, String signpostedTo, String note, UUID decidedBy,
            String decidedByName, Instant decidedAt) {
    }

    /**
     * The sending system's own identifier for a referral it sent (a FHIR ServiceRequest.identifier): a retry with the
     * same one finds this referral. Null for a referral recorded in the app.
     */
    public record SenderId(String system, String value) {
    }

    public String source() {
        return sourceOrganisation == null
                ? Messages.text("referrals.source.text", sourceName, sourceRole.title())
                : Messages.text("referrals.source.text-organisation", sourceName, sourceRole.title(),
                        sourceOrganisation);
    }
}
