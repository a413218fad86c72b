package org.therapyassist.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.SignInAlerts.SignInAlert;

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
    List<SignInAlert> signInAlerts(CurrentUser me,
            @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return alerts.recent(me, page, size);
    }
}
