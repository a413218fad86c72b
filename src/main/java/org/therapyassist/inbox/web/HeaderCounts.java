package org.therapyassist.inbox.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.CountPasses;

/**
 * The numbers in the header, asked for by an open page every little while without its session cookie (see
 * {@link CountPasses} for why): the pass names the account, which must still be allowed to sign in. Anything else is
 * 401 and the page stops asking. Other systems read the same numbers from {@code GET /api/v1/me/counts}.
 */
@RestController
class HeaderCounts {

    static final String PATH = "/header-counts";

    private final CountPasses passes;
    private final AccountDirectory accounts;
    private final Inbox inbox;
    private final Clock clock;

    HeaderCounts(CountPasses passes, AccountDirectory accounts, Inbox inbox, Clock clock) {
        this.passes = passes;
        this.accounts = accounts;
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<?> counts(@RequestParam(name = "pass", required = false) String pass) {
        Optional<CurrentUser> user = passes.usernameOf(pass).flatMap(accounts::findByUsername)
                .filter(a -> a.maySignIn(clock.instant())).map(AccountDirectory.Account::user);
        if (user.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
            problem.setTitle("Sign in again to see what waits for you");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).body(problem);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(inbox.countsFor(user.get()));
    }
}
