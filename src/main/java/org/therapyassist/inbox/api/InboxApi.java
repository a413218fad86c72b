package org.therapyassist.inbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.CurrentUser;

@RestController
@Tag(name = "Inbox")
class InboxApi {

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "A registrant's inbox: escalations, declined delegations, records to countersign, reviews due")
    Inbox.Contents inbox(CurrentUser me) {
        return inbox.of(me);
    }
}
