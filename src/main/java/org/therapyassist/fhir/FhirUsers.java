package org.therapyassist.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.StaffPrincipal;

/** The signed-in member of staff a FHIR request is made by; Spring Security has checked them before HAPI runs. */
final class FhirUsers {

    private FhirUsers() {
    }

    static CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return principal.user();
        }
        throw new AuthenticationException("Sign in first.");
    }
}
