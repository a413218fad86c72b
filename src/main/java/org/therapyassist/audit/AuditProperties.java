package org.therapyassist.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many independent hash chains each organisation's trail is split into, so appends do not all queue on one lock. */
@ConfigurationProperties("therapy-assist.audit")
public record AuditProperties(int chainPartitions) {

    public AuditProperties {
        if (chainPartitions <= 0) {
            chainPartitions = 16;
        }
    }
}
