package org.therapyassist.notifications;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mails through an SMTP server (Spring's {@code spring.mail.*} settings), as plain text. */
class SmtpNotices implements NoticeSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpNotices(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Delivery send(String to, Notice notice) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(notice.subject());
        message.setText(notice.body());
        mail.send(message);
        return Delivery.SENT;
    }
}
