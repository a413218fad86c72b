package org.therapyassist.sessions;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which Agenda for Change bands need a registrant's countersignature on their signed records. */
@ConfigurationProperties("therapy-assist.sessions")
public record SessionProperties(Set<Integer> countersignBands) {

    public SessionProperties {
        countersignBands = countersignBands == null ? Set.of(2) : Set.copyOf(countersignBands);
    }

    public boolean requiresCountersign(int band) {
        return countersignBands.contains(band);
    }
}
