package org.therapyassist.training;

import java.time.Instant;
import java.util.UUID;

/** What is known about one stored evidence file; the bytes are read only through {@link EvidenceFiles#open}. */
public record EvidenceFile(UUID id, UUID staffId, String originalName, String contentType, long sizeBytes,
        String sha256, UUID uploadedBy, Instant uploadedAt) {
}
