package org.therapyassist.notifications;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifications' settings (therapy-assist.notifications.*): the address the app is reached at, for links in e-mails
 * (base-url); who e-mails come from (from); how often the outbox is sent (send-every; the schedule reads the same
 * property); how many times a failing e-mail is tried before it is given up (max-attempts).
 */
@ConfigurationProperties("therapy-assist.notifications")
public record NotificationProperties(String baseUrl, String from, Duration sendEvery, Integer maxAttempts) {

    public NotificationProperties {
        baseUrl = stripSlash(Objects.requireNonNullElse(baseUrl, "http://localhost:8080"));
        from = Objects.requireNonNullElse(from, "Therapy Assist <no-reply@therapy-assist.example>");
        sendEvery = Objects.requireNonNullElse(sendEvery, Duration.ofMinutes(1));
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 10);
    }

    public static NotificationProperties defaults() {
        return new NotificationProperties(null, null, null, null);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
