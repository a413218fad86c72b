package org.therapyassist.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.therapyassist.platform.LanguagePreferences;

/**
 * For journeys in other packages: a real SMTP server (GreenMail on a free port) and the outbox job pointed at it, as a
 * deployment with spring.mail.host has it. Tests run the job themselves (its schedule is off in tests).
 */
public final class SmtpOutbox implements AutoCloseable {

    private final GreenMail smtp;
    private final NotificationJob job;

    public SmtpOutbox(ApplicationContext context) {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        job = new NotificationJob(context.getBean(NotificationOutbox.class),
                new SmtpNotices(sender, "Therapy Assist <no-reply@therapy-assist.example>"),
                context.getBean(LanguagePreferences.class),
                new NotificationProperties("https://therapy-assist.example", null, null, null));
    }

    /** Sends what is due now, as the every-minute job would. */
    public void sendDue() {
        job.sendDue(Instant.now());
    }

    /** Subject and body of each e-mail the server has received for this address. */
    public List<String> to(String address) throws MessagingException {
        List<String> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(m.getSubject() + "\n" + GreenMailUtil.getBody(m));
            }
        }
        return found;
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
