package org.therapyassist.referrals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.platform.web.Messages;

/**
 * A referral to another team of this service (it lands in that team's triage queue, and its status follows the
 * triage decision) or to an external service (the status is recorded as replies come in).
 */
public record ReferralOut(UUID id, UUID patientId, String patientName, UUID episodeId, UUID toTeamId, String toName,
        boolean internal, UUID linkedReferralId, Urgency urgency, String reason, String informationSent, Status status,
        LocalDate sentOn, String sentByName, List<Update> updates, int version) {

    public enum Status {
        SENT, ACKNOWLEDGED, ACCEPTED, SIGNPOSTED, DECLINED, WITHDRAWN;

        /** Its words in the request's language. */
        public String title() {
            return Messages.text("referrals.out-status." + name());
        }

        public boolean isFinal() {
            return this != SENT && this != ACKNOWLEDGED;
        }
    }

    @Schema(name = "ReferralOutUpdate")
    public record Update(Status status, String note, String byName, Instant at) {
    }
}
