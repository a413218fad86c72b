package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.security.LoginThrottleRules.Buckets;
import org.therapyassist.platform.security.LoginThrottleRules.Consequences;
import org.therapyassist.platform.security.SecurityProperties.Limit;
import org.therapyassist.platform.security.SecurityProperties.SignIn;

class LoginThrottleRulesTest {

    static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    /** The defaults of application.yml. */
    final LoginThrottleRules rules = new LoginThrottleRules(new SignIn(null, null, null, null));

    /** One attacker's view of the buckets: their own per-address ones, and the shared per-account one. */
    static final class Server {
        final LoginThrottleRules rules;
        final Map<String, Instant> addressAndAccount = new HashMap<>();
        final Map<String, Instant> address = new HashMap<>();
        final Map<String, Instant> account = new HashMap<>();
        Instant lockedUntil;

        Server(LoginThrottleRules rules) {
            this.rules = rules;
        }

        /** A wrong password from this address for this account: whether the password was even looked at. */
        boolean wrongPassword(String from, String username, Instant now) {
            Buckets buckets = new Buckets(addressAndAccount.get(from + "/" + username), address.get(from),
                    account.get(username));
            if (rules.waitBeforeTry(buckets, now).isPresent()) {
                return false;
            }
            Buckets after = rules.afterTry(buckets, now);
            addressAndAccount.put(from + "/" + username, after.addressAndAccount());
            address.put(from, after.address());
            account.put(username, after.account());
            Consequences consequences = rules.afterFailure(after, now);
            if (consequences.lockAccountUntil() != null) {
                lockedUntil = consequences.lockAccountUntil();
            }
            return true;
        }

        boolean mayTry(String from, String username, Instant now) {
            return rules.waitBeforeTry(new Buckets(addressAndAccount.get(from + "/" + username), address.get(from),
                    account.get(username)), now).isEmpty();
        }
    }

    @Test
    void fiveWrongPasswordsAtOnceThenOneEveryTenMinutesFromThatAddress() {
        Server server = new Server(rules);
        for (int i = 0; i < 5; i++) {
            assertThat(server.wrongPassword("203.0.113.9", "chloe.sw", NINE)).isTrue();
        }
        assertThat(server.wrongPassword("203.0.113.9", "chloe.sw", NINE)).isFalse();
        Buckets full = new Buckets(server.addressAndAccount.get("203.0.113.9/chloe.sw"), null, null);
        assertThat(rules.waitBeforeTry(full, NINE)).contains(Duration.ofMinutes(10));
        assertThat(rules.waitBeforeTry(full, NINE.plus(Duration.ofMinutes(9)))).contains(Duration.ofMinutes(1));
        assertThat(server.wrongPassword("203.0.113.9", "chloe.sw", NINE.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(server.wrongPassword("203.0.113.9", "chloe.sw", NINE.plus(Duration.ofMinutes(11)))).isFalse();
    }

    @Test
    void aStrangersWrongPasswordsDoNotHoldUpTheOwnerElsewhereNorLockTheAccount() {
        Server server = new Server(rules);
        Instant t = NINE;
        // A stranger tries every minute, all day, from one address.
        int looked = 0;
        for (int minute = 0; minute < 24 * 60; minute++) {
            if (server.wrongPassword("198.51.100.66", "chloe.sw", t.plus(Duration.ofMinutes(minute)))) {
                looked++;
            }
            assertThat(server.mayTry("10.20.30.40", "chloe.sw", t.plus(Duration.ofMinutes(minute)))).isTrue();
        }
        assertThat(server.lockedUntil).isNull();
        assertThat(looked).isEqualTo(5 + 24 * 6 - 1); // five at once, then one every ten minutes
    }

    @Test
    void twoAddressesGuessingAllDayStillCannotLockTheAccount() {
        Server server = new Server(rules);
        for (int minute = 0; minute < 24 * 60; minute++) {
            Instant now = NINE.plus(Duration.ofMinutes(minute));
            server.wrongPassword("198.51.100.1", "chloe.sw", now);
            server.wrongPassword("198.51.100.2", "chloe.sw", now);
        }
        assertThat(server.lockedUntil).isNull();
    }

    @Test
    void wrongPasswordsFromManyAddressesLockTheAccountForAQuarterOfAnHour() {
        Server server = new Server(rules);
        for (int address = 1; address <= 9; address++) {
            for (int i = 0; i < 5; i++) {
                server.wrongPassword("198.51.100." + address, "chloe.sw", NINE);
            }
        }
        assertThat(server.lockedUntil).isNull();
        for (int i = 0; i < 5; i++) {
            server.wrongPassword("198.51.100.10", "chloe.sw", NINE);
        }
        assertThat(server.lockedUntil).isEqualTo(NINE.plus(Duration.ofMinutes(15)));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedForEveryAccount() {
        Server server = new Server(rules);
        for (int account = 0; account < 20; account++) {
            assertThat(server.wrongPassword("198.51.100.7", "user" + account, NINE)).isTrue();
        }
        assertThat(server.mayTry("198.51.100.7", "someone.else", NINE)).isFalse();
        assertThat(server.mayTry("198.51.100.7", "someone.else", NINE.plus(Duration.ofMinutes(1)))).isTrue();
        assertThat(server.mayTry("198.51.100.8", "someone.else", NINE)).isTrue();
    }

    @Test
    void theTryThatFillsABucketIsTheOneThatRaisesItsAlert() {
        Buckets buckets = Buckets.EMPTY;
        for (int i = 1; i <= 4; i++) {
            buckets = rules.afterTry(buckets, NINE);
            assertThat(rules.afterFailure(buckets, NINE).anything()).isFalse();
        }
        buckets = rules.afterTry(buckets, NINE);
        Consequences fifth = rules.afterFailure(buckets, NINE);
        assertThat(fifth.addressSlowedForAccount()).isTrue();
        assertThat(fifth.addressSlowed()).isFalse();
        assertThat(fifth.lockAccountUntil()).isNull();
    }

    @Test
    void theRightPasswordForgivesThisAddressButOnlyGivesBackOneTryToTheAccount() {
        Buckets buckets = Buckets.EMPTY;
        for (int i = 0; i < 4; i++) {
            buckets = rules.afterTry(buckets, NINE);
        }
        Buckets after = rules.afterSuccess(rules.afterTry(buckets, NINE), NINE);
        assertThat(after.addressAndAccount()).isNull();
        assertThat(after.address()).isEqualTo(NINE.plus(Duration.ofMinutes(4)));
        assertThat(after.account()).isEqualTo(NINE.plus(Duration.ofMinutes(20)));
        assertThat(rules.afterSuccess(Buckets.EMPTY, NINE)).isEqualTo(Buckets.EMPTY);
    }

    @Test
    void aBucketEmptiesWithTimeAndAnOldOneCountsAsEmpty() {
        Limit limit = new Limit(5, Duration.ofMinutes(10));
        Instant longAgo = NINE.minus(Duration.ofDays(2));
        assertThat(LoginThrottleRules.push(longAgo, limit, NINE)).isEqualTo(NINE.plus(Duration.ofMinutes(10)));
        assertThat(LoginThrottleRules.wait(longAgo, limit, NINE)).isZero();
        assertThat(LoginThrottleRules.giveBack(NINE.plus(Duration.ofMinutes(5)), limit, NINE)).isNull();
        assertThat(LoginThrottleRules.full(NINE.plus(Duration.ofMinutes(50)), limit, NINE)).isTrue();
        assertThat(LoginThrottleRules.full(NINE.plus(Duration.ofMinutes(40)), limit, NINE)).isFalse();
    }
}
