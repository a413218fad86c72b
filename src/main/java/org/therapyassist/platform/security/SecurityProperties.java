package org.therapyassist.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and transport settings ({@code therapy-assist.security.*}).
 *
 * @param https
 *            the service is reached over HTTPS (directly or through a TLS-terminating proxy): cookies are
 *            always Secure and every response carries HSTS. Off for {@code ./mvnw spring-boot:run} on
 *            http://localhost; even then a request that arrives over HTTPS gets both.
 * @param trustedProxies
 *            addresses (or CIDR ranges) of reverse proxies whose {@code X-Forwarded-For} is believed when
 *            deciding which network address a sign-in came from; empty means the connection's own address.
 * @param signIn
 *            how fast failed sign-ins are allowed, and when an account locks
 */
@ConfigurationProperties("therapy-assist.security")
public record SecurityProperties(boolean https, List<String> trustedProxies, SignIn signIn) {

    public SecurityProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        signIn = signIn == null ? new SignIn(null, null, null, null) : signIn;
    }

    /**
     * Three leaky buckets: one per network address and account, one per address across accounts, one per account
     * across addresses. A full bucket makes the next try wait; a full account bucket also locks the account.
     */
    public record SignIn(Limit perAddressAndAccount, Limit perAddress, Limit perAccount, Duration lockFor) {

        public SignIn {
            perAddressAndAccount = perAddressAndAccount == null
                    ? new Limit(5, Duration.ofMinutes(10))
                    : perAddressAndAccount;
            perAddress = perAddress == null ? new Limit(20, Duration.ofMinutes(1)) : perAddress;
            perAccount = perAccount == null ? new Limit(50, Duration.ofMinutes(5)) : perAccount;
            lockFor = lockFor == null || lockFor.isNegative() || lockFor.isZero() ? Duration.ofMinutes(15) : lockFor;
        }
    }

    /** {@code burst} failed tries at once, then one more every {@code every}. */
    public record Limit(int burst, Duration every) {

        public Limit {
            if (burst < 1) {
                throw new IllegalArgumentException("A sign-in limit must allow at least one try");
            }
            if (every == null || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("A sign-in limit needs a positive 'every'");
            }
        }
    }
}
