package org.therapyassist.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit trail is kept. {@code chainPartitions}: independent hash chains per organisation, so appends do not
 * all queue on one lock. Checkpoints: how often the chain heads are signed ({@code checkpointInterval}; verification
 * takes one too), the signing key's file and the directory of the anchor log, both outside the database.
 */
@ConfigurationProperties("therapy-assist.audit")
public record AuditProperties(
        @DefaultValue("16") int chainPartitions,
        @DefaultValue("5m") Duration checkpointInterval,
        @DefaultValue("./data/keys/audit-checkpoint.key") Path checkpointKeyFile,
        @DefaultValue("./data/audit-anchor") Path checkpointAnchorDirectory,
        @DefaultValue("true") boolean scheduledCheckpoints) {

    public AuditProperties {
        if (chainPartitions <= 0) {
            chainPartitions = 16;
        }
    }
}
