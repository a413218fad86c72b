package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.security.SignInAlerts.Kind;
import org.therapyassist.platform.security.SignInAlerts.SignInAlert;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The sign-in decision against the real accounts, throttle and alerts, with a password encoder that counts its
 * checks: "the same time as a wrong password" is asserted as "the same slow check", never with a stopwatch.
 */
@IntegrationTest
class SignInDatabaseTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Counts each slow check and remembers which hash it was against. */
    static final class CountingEncoder implements PasswordEncoder {
        final List<String> checkedAgainst = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checkedAgainst.add(encoded);
            return BCRYPT.matches(raw, encoded);
        }
    }

    @Autowired
    AccountDirectory accounts;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignInAlerts alerts;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    CountingEncoder encoder;
    StaffAuthenticationProvider provider;

    @BeforeEach
    void provider() {
        encoder = new CountingEncoder();
        provider = new StaffAuthenticationProvider(accounts,
                new RecentlyVerifiedPasswords(encoder, clock, Duration.ofMinutes(5)), throttle, alerts, clock);
    }

    /** A fresh support worker in the demo team, so that locking it out disturbs no other test. */
    String newAccount(String password) {
        CurrentUser lead = fixtures.user("lead.demo");
        String username = "signin." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) values (?, ?, ?, ?, ?, 'Sign', 'In', 'SUPPORT_WORKER', 2, true)")
                .params(UUID.randomUUID(), lead.organisationId(), lead.teamId(), username, BCRYPT.encode(password))
                .update();
        return username;
    }

    String hashOf(String username) {
        return accounts.findByUsername(username).orElseThrow().passwordHash();
    }

    /** Addresses from the documentation range, a new one for each use, so that tests never share buckets. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new SignInDetails(address));
        return provider.authenticate(token);
    }

    @Test
    void lockedAccountIsRefusedWithoutItsPasswordBeingCheckedEvenWhenRemembered() {
        String chloe = newAccount("correct horse");
        String address = newAddress();
        assertThat(signIn(chloe, "correct horse", address).isAuthenticated()).isTrue();
        assertThat(signIn(chloe, "correct horse", address).isAuthenticated()).isTrue();
        assertThat(encoder.checkedAgainst).containsExactly(hashOf(chloe)); // the second came from memory

        accounts.lockUntil(chloe, clock.instant().plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> signIn(chloe, "correct horse", address))
                .isInstanceOf(BadCredentialsException.class).hasMessage(StaffAuthenticationProvider.REFUSED);
        assertThat(encoder.checkedAgainst).hasSize(2);
        assertThat(encoder.checkedAgainst.getLast()).isNotEqualTo(hashOf(chloe));
    }

    @Test
    void unknownLockedDisabledAndWrongPasswordEachCostOneSlowCheckAndFailAlike() {
        String wrong = newAccount("correct horse");
        String locked = newAccount("correct horse");
        accounts.lockUntil(locked, clock.instant().plus(Duration.ofMinutes(15)));
        String disabled = newAccount("correct horse");
        jdbc.sql("update staff_member set enabled = false where username = ?").param(disabled).update();

        List<AuthenticationException> failures = new ArrayList<>();
        for (String[] attempt : new String[][]{{wrong, "battery staple"},
                {"nobody." + UUID.randomUUID(), "correct horse"},
                {locked, "correct horse"}, {disabled, "correct horse"}}) {
            int before = encoder.checkedAgainst.size();
            try {
                signIn(attempt[0], attempt[1], newAddress());
            } catch (AuthenticationException e) {
                failures.add(e);
            }
            assertThat(encoder.checkedAgainst).as("slow checks for %s", attempt[0]).hasSize(before + 1);
            // The same algorithm and cost as the account's own hash: "$2a$04$".
            assertThat(encoder.checkedAgainst.getLast()).startsWith(hashOf(wrong).substring(0, 7));
        }
        assertThat(failures).hasSize(4).allSatisfy(e -> {
            assertThat(e).isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(e).hasMessage(StaffAuthenticationProvider.REFUSED);
        });
        assertThat(encoder.checkedAgainst.get(0)).isEqualTo(hashOf(wrong));
        assertThat(encoder.checkedAgainst.subList(1, 4)).doesNotContain(hashOf(wrong), hashOf(locked),
                hashOf(disabled));
    }

    @Test
    void aStrangersFailuresFromOneAddressDoNotLockTheColleagueOutFromAnother() {
        String chloe = newAccount("correct horse");
        String stranger = newAddress();
        for (int i = 0; i < 5; i++) {
            String guess = "guess" + i;
            assertThatThrownBy(() -> signIn(chloe, guess, stranger)).isInstanceOf(BadCredentialsException.class);
        }
        int checks = encoder.checkedAgainst.size();
        assertThatThrownBy(() -> signIn(chloe, "correct horse", stranger))
                .isInstanceOf(SignInThrottledException.class)
                .satisfies(e -> assertThat(((SignInThrottledException) e).waitMinutes()).isEqualTo(10));
        assertThat(encoder.checkedAgainst).as("a throttled try is not checked at all").hasSize(checks);

        assertThat(signIn(chloe, "correct horse", newAddress()).isAuthenticated()).isTrue();
        assertThat(accounts.findByUsername(chloe).orElseThrow().lockedUntil()).isNull();
        assertThat(alertsAbout(chloe)).extracting(SignInAlert::kind).containsExactly(Kind.ADDRESS_SLOWED_FOR_ACCOUNT);
        assertThat(alertsAbout(chloe).getFirst().address()).isEqualTo(stranger);
    }

    @Test
    void wrongPasswordsFromManyAddressesLockTheAccountAndAlertAdministratorsAndLeads() {
        String chloe = newAccount("correct horse");
        for (int address = 0; address < 10; address++) {
            String from = newAddress();
            for (int i = 0; i < 5; i++) {
                String guess = "guess" + i;
                assertThatThrownBy(() -> signIn(chloe, guess, from)).isInstanceOf(BadCredentialsException.class);
            }
        }
        assertThat(accounts.findByUsername(chloe).orElseThrow().lockedUntil())
                .isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        int checks = encoder.checkedAgainst.size();
        assertThatThrownBy(() -> signIn(chloe, "correct horse", newAddress()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checkedAgainst).hasSize(checks + 1);
        assertThat(encoder.checkedAgainst.getLast()).isNotEqualTo(hashOf(chloe));

        String more = newAddress();
        for (int i = 0; i < 5; i++) {
            String guess = "again" + i;
            assertThatThrownBy(() -> signIn(chloe, guess, more)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(alertsAbout(chloe)).extracting(SignInAlert::kind)
                .filteredOn(k -> k == Kind.ACCOUNT_LOCKED).as("one alert however long the lock is kept up").hasSize(1);
        assertThat(alertsAbout(chloe)).extracting(SignInAlert::kind)
                .filteredOn(k -> k == Kind.ADDRESS_SLOWED_FOR_ACCOUNT).hasSize(11);
        SignInAlert lock = alertsAbout(chloe).stream().filter(a -> a.kind() == Kind.ACCOUNT_LOCKED).findFirst()
                .orElseThrow();
        assertThat(lock.lockedUntil()).isNotNull();
        assertThat(lock.name()).isEqualTo("Sign In");
        assertThat(alerts.recent(fixtures.user("admin.demo"), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(SignInAlert::username).contains(chloe);
    }

    @Test
    void triesSentInParallelCannotSlipPastTheLimitWhileBcryptRuns() throws Exception {
        String chloe = newAccount("correct horse");
        String stranger = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String guess = "guess" + i;
                tries.add(() -> {
                    try {
                        signIn(chloe, guess, stranger);
                        return "in";
                    } catch (SignInThrottledException e) {
                        return "wait";
                    } catch (BadCredentialsException e) {
                        return "wrong";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tries)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn("wrong"::equals).hasSize(5);
            assertThat(outcomes).filteredOn("wait"::equals).hasSize(11);
            assertThat(encoder.checkedAgainst).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    List<SignInAlert> alertsAbout(String username) {
        return alerts.recent(fixtures.user("lead.demo"), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(a -> a.username().equals(username)).toList();
    }
}
