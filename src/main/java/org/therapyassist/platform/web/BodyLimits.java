package org.therapyassist.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be ({@code therapy-assist.web.*}). JSON and form bodies get {@code maxBody};
 * multipart uploads (evidence, inspection reports) keep Spring's {@code spring.servlet.multipart.max-request-size}.
 */
@ConfigurationProperties("therapy-assist.web")
public record BodyLimits(DataSize maxBody) {

    public BodyLimits {
        if (maxBody == null || maxBody.toBytes() < 1) {
            maxBody = DataSize.ofMegabytes(1);
        }
    }
}
