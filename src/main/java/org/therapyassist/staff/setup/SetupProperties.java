package org.therapyassist.staff.setup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first start of a real service ({@code therapy-assist.setup.*}).
 *
 * @param linkValidFor
 *            how long the set-up link printed in the log works; a restart before it is used prints a new one
 * @param baseUrl
 *            the address people reach the service at, for the link in the log; empty means
 *            {@code http://localhost:<port>}
 */
@ConfigurationProperties("therapy-assist.setup")
record SetupProperties(Duration linkValidFor, String baseUrl) {

    SetupProperties {
        linkValidFor = linkValidFor == null ? Duration.ofHours(24) : linkValidFor;
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }
}
