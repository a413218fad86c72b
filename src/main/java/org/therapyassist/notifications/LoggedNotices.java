package org.therapyassist.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender when no mail server is configured (the embedded demo, a laptop): nothing leaves the machine; the outbox
 * row is kept as "not sent" and one line is logged with the subject only (fixed words, no patient and no address).
 */
class LoggedNotices implements NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggedNotices.class);

    @Override
    public Delivery send(String to, Notice notice) {
        log.info("E-mail not sent (no spring.mail.host configured): {}", notice.subject());
        return Delivery.NOT_SENT;
    }
}
