package org.therapyassist.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the sender: SMTP when Spring Boot made a mail sender (spring.mail.host is set); otherwise none, and e-mails
 * are kept in the outbox as not sent. A deployment that sends another way declares its own {@link NoticeSender} bean as
 * {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class NoticeSenders {

    private static final Logger log = LoggerFactory.getLogger(NoticeSenders.class);

    @Bean
    NoticeSender noticeSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No spring.mail.host: e-mail notifications are kept in the outbox as not sent");
            return new LoggedNotices();
        }
        if (properties.baseUrl().contains("//localhost")) {
            log.warn("E-mail notifications are sent through SMTP but their links point at {}: set "
                    + "THERAPY_ASSIST_BASE_URL to the address people reach the service at", properties.baseUrl());
        }
        return new SmtpNotices(sender, properties.from());
    }
}
