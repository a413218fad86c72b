package org.therapyassist.notifications;

/**
 * Where e-mails go out: SMTP ({@link SmtpNotices}) when {@code spring.mail.host} is set, otherwise nowhere
 * ({@link LoggedNotices}). Another channel (GOV.UK Notify, NHSmail's relay with its own client) is a bean of this type
 * declared {@code @Primary} by the deployment,
 * which then takes the place of both.
 */
public interface NoticeSender {

    /** What became of an e-mail that did not fail. */
    enum Delivery {
        /** Handed to the mail server or service. */
        SENT,
        /** Deliberately not sent: no server is configured. */
        NOT_SENT
    }

    /** Sends one e-mail, or throws when it could not be handed over (it is tried again later). */
    Delivery send(String to, Notice notice);
}
