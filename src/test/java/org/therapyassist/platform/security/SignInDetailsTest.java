package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SignInDetailsTest {

    static MockHttpServletRequest from(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void forwardedForIsIgnoredWhenNoProxyIsTrusted() {
        var source = new SignInDetails.Source(List.of());
        assertThat(source.addressOf(from("198.51.100.66", "10.20.30.40"))).isEqualTo("198.51.100.66");
    }

    @Test
    void forwardedForIsIgnoredFromAnAddressThatIsNotATrustedProxy() {
        var source = new SignInDetails.Source(List.of("10.0.0.5"));
        assertThat(source.addressOf(from("198.51.100.66", "10.20.30.40"))).isEqualTo("198.51.100.66");
    }

    @Test
    void aTrustedProxyNamesTheClientAndWhatTheClientWroteItselfIsIgnored() {
        var source = new SignInDetails.Source(List.of("10.0.0.0/24"));
        // The client sent "X-Forwarded-For: 1.2.3.4" itself; the proxy appended the address it saw.
        assertThat(source.addressOf(from("10.0.0.5", "1.2.3.4, 198.51.100.66"))).isEqualTo("198.51.100.66");
        // Two trusted proxies in a row.
        assertThat(source.addressOf(from("10.0.0.5", "198.51.100.66, 10.0.0.7"))).isEqualTo("198.51.100.66");
        assertThat(source.addressOf(from("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void aHostNameOrJunkInTheHeaderStopsTheWalkWithoutALookup() {
        var source = new SignInDetails.Source(List.of("10.0.0.5"));
        assertThat(source.addressOf(from("10.0.0.5", "dead.beef.example"))).isEqualTo("10.0.0.5");
        assertThat(source.addressOf(from("10.0.0.5", "2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(source.addressOf(from("10.0.0.5", "x\r\nforged"))).isEqualTo("10.0.0.5");
    }
}
