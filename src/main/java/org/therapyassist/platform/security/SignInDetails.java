package org.therapyassist.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The network address a sign-in came from, which the throttle counts tries against. It is the connection's own
 * address; {@code X-Forwarded-For} is believed only when the connection comes from a configured trusted proxy, and
 * then only back to the first hop that is not one (an attacker can write anything to the left of that).
 * Serializable because it stays on the signed-in Authentication, which a cluster keeps in the database's sessions.
 */
record SignInDetails(String address) implements Serializable {

    static final int MAX_ADDRESS = 45;

    /** Built once per chain from {@code therapy-assist.security.trusted-proxies}. */
    static final class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

        // Only literal addresses: a host name in a header must never make us ask DNS.
        private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

        private final List<IpAddressMatcher> trustedProxies;

        Source(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
        }

        @Override
        public SignInDetails buildDetails(HttpServletRequest request) {
            return new SignInDetails(addressOf(request));
        }

        String addressOf(HttpServletRequest request) {
            String address = request.getRemoteAddr();
            if (address == null || address.isBlank()) {
                return "unknown";
            }
            if (trustedProxies.isEmpty() || !trusted(address)) {
                return cut(address);
            }
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded == null) {
                return cut(address);
            }
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (!LITERAL.matcher(hop).matches()) {
                    break;
                }
                address = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
            return cut(address);
        }

        private boolean trusted(String address) {
            for (IpAddressMatcher proxy : trustedProxies) {
                try {
                    if (proxy.matches(address)) {
                        return true;
                    }
                } catch (IllegalArgumentException notAnAddress) {
                    return false;
                }
            }
            return false;
        }

        private static String cut(String address) {
            return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        }
    }
}
