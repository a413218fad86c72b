package org.therapyassist.inbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;

@RestController
@Tag(name = "Inbox")
class InboxApi {

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "A registrant's inbox: escalations, declined delegations, records to countersign, reviews due. "
            + "Each section is a page object (items, page, size, hasMore, total): page and size apply to every section; "
            + "name a section to read only that one")
    Inbox.Contents inbox(CurrentUser me,
            @Parameter(description = "Only this section (the others are left out)") @RequestParam(required = false) Inbox.Section section,
            PageRequest page) {
        return inbox.of(me, section == null ? EnumSet.allOf(Inbox.Section.class) : EnumSet.of(section), page);
    }

    @GetMapping("/api/v1/me/counts")
    @Operation(summary = "How much waits for the caller: things to act on in their inbox (registrants) and tasks offered "
            + "to them to answer on My day (support workers); open lone worker alerts addressed to them count in "
            + "both. The numbers the header shows; reading them shows no patient, so it is not audited as a view")
    Inbox.Counts counts(CurrentUser me) {
        return inbox.countsFor(me);
    }
}
