package org.therapyassist.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long a break-glass grant lasts before the worker must give a reason again. */
@ConfigurationProperties("therapy-assist.access")
public record AccessProperties(Duration breakGlassDuration) {

    public AccessProperties {
        if (breakGlassDuration == null) {
            breakGlassDuration = Duration.ofHours(4);
        }
    }
}
