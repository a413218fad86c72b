package org.therapyassist.patients;

import java.time.Instant;
import java.util.UUID;

public record PatientAlert(UUID id, AlertKind kind, String note, Instant raisedAt) {

    public String title() {
        return kind.title();
    }
}
