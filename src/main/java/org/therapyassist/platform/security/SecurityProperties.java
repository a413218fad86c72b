package org.therapyassist.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login lock-out: after {@code maxFailedLogins} wrong passwords in a row the account is locked for {@code lockoutDuration}. */
@ConfigurationProperties("therapy-assist.security")
public record SecurityProperties(int maxFailedLogins, Duration lockoutDuration) {

    public SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockoutDuration == null) {
            lockoutDuration = Duration.ofMinutes(15);
        }
    }
}
