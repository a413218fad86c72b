package org.therapyassist.notifications;

/** An e-mail's words: a subject and a plain-text body, made only by {@link NotificationRules#compose}. */
public record Notice(String subject, String body) {
}
