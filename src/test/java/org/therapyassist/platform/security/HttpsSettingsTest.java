package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/** What {@code therapy-assist.security.https} switches on; the plain-HTTP default is tested on the running app. */
class HttpsSettingsTest {

    static SecurityConfig config(boolean https) {
        return new SecurityConfig(new SecurityProperties(https, List.of(), null),
                new IdentityProperties(null, null, false));
    }

    static MockHttpServletRequest plainHttp() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/patients");
        request.setSecure(false);
        return request;
    }

    @Test
    void servedOverHttpsEveryResponseCarriesHstsEvenWhenTlsEndsAtAProxy() {
        assertThat(SecurityConfig.hstsFor(true).matches(plainHttp())).isTrue();
        assertThat(SecurityConfig.hstsFor(false).matches(plainHttp())).isFalse();
        MockHttpServletRequest secure = plainHttp();
        secure.setSecure(true);
        assertThat(SecurityConfig.hstsFor(false).matches(secure)).isTrue();
    }

    @Test
    void servedOverHttpsTheSessionCookieIsAlwaysSecure() throws Exception {
        MockServletContext https = new MockServletContext();
        config(true).secureSessionCookie().onStartup(https);
        assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
        MockServletContext local = new MockServletContext();
        config(false).secureSessionCookie().onStartup(local);
        assertThat(local.getSessionCookieConfig().isSecure()).isFalse();
    }

    @Test
    void servedOverHttpsTheSignInCookiesAreSecureToo() {
        SessionOrCookieCsrfTokens tokens = new SessionOrCookieCsrfTokens(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        tokens.saveToken(tokens.generateToken(plainHttp()), plainHttp(), response);
        assertThat(response.getCookie(SessionOrCookieCsrfTokens.COOKIE).getSecure()).isTrue();

        MockHttpServletResponse asked = new MockHttpServletResponse();
        config(true).requestCache().saveRequest(plainHttp(), asked);
        assertThat(asked.getCookie("REDIRECT_URI").getSecure()).isTrue();

        MockHttpServletResponse local = new MockHttpServletResponse();
        new SessionOrCookieCsrfTokens(false).saveToken(tokens.generateToken(plainHttp()), plainHttp(), local);
        assertThat(local.getCookie(SessionOrCookieCsrfTokens.COOKIE).getSecure()).isFalse();
    }
}
