package org.therapyassist.platform.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The API chain's last rule: signed in, and a system's token has the scope the call needs ({@link ScopeRules}).
 * Staff signed in with HTTP Basic (demo and tests) are checked by the policy as before.
 */
final class ScopeAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        if (auth.getPrincipal() instanceof SystemPrincipal system) {
            var request = context.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return new AuthorizationDecision(ScopeRules.requiredScope(request.getMethod(), path)
                    .map(needed -> ScopeRules.covers(system.scopes(), needed))
                    .orElse(true));
        }
        return new AuthorizationDecision(true);
    }
}
