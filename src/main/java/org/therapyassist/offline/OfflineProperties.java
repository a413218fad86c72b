package org.therapyassist.offline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working without signal ({@code therapy-assist.offline.*}): how long a phone keeps today's pages before it wipes
 * them, counted from when they were kept. Records not yet sent are never wiped by time, only shown (hazard H98).
 */
@ConfigurationProperties("therapy-assist.offline")
public record OfflineProperties(Duration keepFor) {

    public OfflineProperties {
        if (keepFor == null) {
            keepFor = Duration.ofHours(18);
        }
        if (keepFor.isNegative() || keepFor.isZero() || keepFor.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("therapy-assist.offline.keep-for must be more than 0 and at most 24h");
        }
    }
}
