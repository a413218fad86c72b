package org.therapyassist.platform.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.therapyassist.platform.idempotency.IdempotencyProperties;

/**
 * With several nodes behind one address (the {@code cluster} profile), HTTP sessions live in the shared database
 * (Spring Session JDBC, tables from migration V45) instead of each node's memory: any node serves the next page, and
 * signing out on one ends the session on all. Everything else the pages keep about a person is already node-free (the
 * CSRF token and the page asked for wait in cookies before sign-in; form tokens and count passes are signed with the
 * shared {@code FORM_TOKEN_SECRET}), which is why a node refuses to start in a cluster without that secret.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
final class SessionsInTheDatabase {

    SessionsInTheDatabase(IdempotencyProperties idempotency) {
        if (idempotency.formTokenSecret() == null || idempotency.formTokenSecret().isBlank()) {
            // A secret made up per node would refuse, as forged, every form shown by one node and sent to another.
            throw new IllegalStateException("The cluster profile needs FORM_TOKEN_SECRET (base64, the same on every "
                    + "node): form tokens and header count passes from one node must be good on the others");
        }
    }

    /** Spring Session writes its own cookie; served over HTTPS behind a TLS proxy, it must be Secure like Tomcat's. */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookieBehindAProxy(SecurityProperties properties) {
        return serializer -> {
            if (properties.https()) {
                serializer.setUseSecureCookie(true);
            }
        };
    }

    @Bean
    ExpiredSessionSweep expiredSessionSweep(JdbcIndexedSessionRepository sessions) {
        return new ExpiredSessionSweep(sessions);
    }

    /**
     * Deletes sessions past their idle time. A session past it is refused when read anyway; this only keeps the table
     * small. Spring Session's own timer would run on every node, so it is off (spring.session.jdbc.cleanup-cron) and
     * this one runs on one node per tick, like the other jobs.
     */
    static class ExpiredSessionSweep {

        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessionSweep(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        // A cron tick falls at the same instant on every node, so the lock leaves exactly one run per tick; held at
        // least a little longer than the nodes' clocks may differ, and less than the time between ticks.
        @Scheduled(cron = "${therapy-assist.http-sessions.sweep-cron:0 */10 * * * *}")
        @SchedulerLock(name = "expired-http-sessions", lockAtMostFor = "PT5M", lockAtLeastFor = "${therapy-assist.http-sessions.sweep-lock-at-least-for:PT1M}")
        public void sweep() {
            sessions.cleanUpExpiredSessions();
        }
    }
}
