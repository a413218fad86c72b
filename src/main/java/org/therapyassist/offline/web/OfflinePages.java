package org.therapyassist.offline.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.therapyassist.offline.TodayOnPhone;
import org.therapyassist.platform.CurrentUser;

/** What the service worker asks for (today's pages to keep) and the page it shows for one it did not keep. */
@Controller
class OfflinePages {

    private final TodayOnPhone today;

    OfflinePages(TodayOnPhone today) {
        this.today = today;
    }

    /** Read with the signed-in session by the service worker; never cached by the browser itself. */
    @GetMapping("/offline/today")
    @ResponseBody
    ResponseEntity<TodayOnPhone.Today> today(CurrentUser me) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(today.of(me));
    }

    @GetMapping("/offline")
    String offline() {
        return "offline/offline";
    }
}
