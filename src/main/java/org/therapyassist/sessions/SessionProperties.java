package org.therapyassist.sessions;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session record settings ({@code therapy-assist.sessions.*}).
 *
 * @param countersignBands
 *            Agenda for Change bands whose signed records need a registrant's countersignature
 * @param repeatWindow
 *            a record saying exactly what the same worker recorded for the same delegation and day within
 *            this long is taken for a retry of that one and refused ({@code record.duplicate})
 */
@ConfigurationProperties("therapy-assist.sessions")
public record SessionProperties(Set<Integer> countersignBands, Duration repeatWindow) {

    public SessionProperties {
        countersignBands = countersignBands == null ? Set.of(2) : Set.copyOf(countersignBands);
        repeatWindow = repeatWindow == null ? Duration.ofMinutes(10) : repeatWindow;
    }

    public boolean requiresCountersign(int band) {
        return countersignBands.contains(band);
    }
}
