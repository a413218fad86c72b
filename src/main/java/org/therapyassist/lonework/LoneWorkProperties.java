package org.therapyassist.lonework;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lone working's settings (therapy-assist.lone-working.*): how long after the expected time out a missing "Left"
 * becomes
 * an alert (grace), how long an alert may wait unacknowledged before it goes to the team's leads as well
 * (escalate-after), and how often the job looks (check-every; the schedule reads the same property).
 */
@ConfigurationProperties("therapy-assist.lone-working")
public record LoneWorkProperties(Duration grace, Duration escalateAfter, Duration checkEvery) {

    public LoneWorkProperties {
        grace = Objects.requireNonNullElse(grace, Duration.ofMinutes(15));
        escalateAfter = Objects.requireNonNullElse(escalateAfter, Duration.ofMinutes(10));
        checkEvery = Objects.requireNonNullElse(checkEvery, Duration.ofMinutes(1));
    }

    public static LoneWorkProperties defaults() {
        return new LoneWorkProperties(null, null, null);
    }
}
