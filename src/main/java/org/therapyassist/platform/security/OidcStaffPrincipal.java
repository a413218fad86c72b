package org.therapyassist.platform.security;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.therapyassist.platform.CurrentUser;

/**
 * A member of staff signed in through the identity provider: their staff record's CurrentUser (so every page reads
 * them as any other), and the ID token, which signing out hands back to the provider to end its session too.
 */
final class OidcStaffPrincipal extends StaffPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcStaffPrincipal(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
