package org.therapyassist.sessions.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.therapyassist.platform.web.Label;
import org.therapyassist.sessions.NewPreSessionCheck;

/**
 * The before-session checklist as typed: yes or no to consent and to each red flag, the readings as numbers. From the
 * phone's outbox also the id the phone made for it and when it was taken there.
 */
record CheckForm(UUID delegationId, Answer consentToday,
        @Label("{delegation.observation.heartRate}") Integer heartRate,
        @Label("{delegation.observation.systolic}") Integer systolic,
        @Label("{delegation.observation.diastolic}") Integer diastolic,
        @Label("{delegation.observation.oxygenSaturation}") Integer oxygenSaturation,
        @Label("{delegation.observation.respiratoryRate}") Integer respiratoryRate,
        @Label("{delegation.observation.temperature}") BigDecimal temperature, Answer newChestPain,
        Answer breathlessAtRest, Answer newConfusion, Answer fallSinceLastVisit, Answer dizzyOrFaint,
        @Label("{sessions.check.title}") UUID id, @Label("{sessions.check.taken-at}") Instant takenAt) {

    enum Answer {
        YES, NO;

        static Boolean of(Answer a) {
            return a == null ? null : a == YES;
        }
    }

    NewPreSessionCheck command() {
        return new NewPreSessionCheck(Answer.of(consentToday), heartRate, systolic, diastolic, oxygenSaturation,
                respiratoryRate, temperature, Answer.of(newChestPain), Answer.of(breathlessAtRest),
                Answer.of(newConfusion), Answer.of(fallSinceLastVisit), Answer.of(dizzyOrFaint), id, takenAt);
    }
}
