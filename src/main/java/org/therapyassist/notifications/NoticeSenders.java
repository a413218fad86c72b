package org.therapyassist.notifications;

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

    @Bean
    NoticeSender noticeSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        JavaMailSender sender = mail.getIfAvailable();
        return sender == null ? new LoggedNotices() : new SmtpNotices(sender, properties.from());
    }
}
