package org.therapyassist.platform.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Stay signed in" on the warning before the session runs out (app.js): asking for this is activity, so the session's
 * 30 minutes start again. It changes nothing else. Signed out, it answers like any page: a redirect to sign in.
 */
@Controller
class SessionKeepAlive {

    @GetMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
