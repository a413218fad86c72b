package org.therapyassist.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.security.SignInAlerts.SignInAlert;
import org.therapyassist.platform.web.PagedResponses;

/** Administrators and team leads (the chain's URL rule): who is being guessed at, from where. */
@RestController
@Tag(name = "Security", description = "Administrators and team leads: alerts about repeated failed sign-ins")
class SignInAlertsApi {

    private final SignInAlerts alerts;

    SignInAlertsApi(SignInAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/security/sign-in-alerts")
    @Operation(summary = "Repeated failed sign-ins to the organisation's accounts, newest first, a page at a time")
    ResponseEntity<List<SignInAlert>> signInAlerts(CurrentUser me, PageRequest page) {
        return PagedResponses.of(alerts.recent(me, page));
    }
}
