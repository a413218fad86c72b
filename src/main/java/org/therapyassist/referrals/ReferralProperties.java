package org.therapyassist.referrals;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Days from receipt within which the team responds, per urgency (therapy-assist.referrals.*). */
@ConfigurationProperties("therapy-assist.referrals")
public record ReferralProperties(Integer urgentDays, Integer soonDays, Integer routineDays) {

    public ReferralProperties {
        urgentDays = Objects.requireNonNullElse(urgentDays, 2);
        soonDays = Objects.requireNonNullElse(soonDays, 14);
        routineDays = Objects.requireNonNullElse(routineDays, 42);
    }

    public static ReferralProperties defaults() {
        return new ReferralProperties(null, null, null);
    }
}
