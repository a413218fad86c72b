package org.therapyassist.referrals;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Days from receipt within which the team responds, per urgency (therapy-assist.referrals.*). */
@ConfigurationProperties("therapy-assist.referrals")
public record ReferralProperties(Integer urgentDays, Integer soonDays, Integer routineDays) {

    public ReferralProperties {
        urgentDays = urgentDays == null ? 2 : urgentDays;
        soonDays = soonDays == null ? 14 : soonDays;
        routineDays = routineDays == null ? 42 : routineDays;
    }

    public static ReferralProperties defaults() {
        return new ReferralProperties(null, null, null);
    }
}
