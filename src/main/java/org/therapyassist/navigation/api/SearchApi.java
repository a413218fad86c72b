package org.therapyassist.navigation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.navigation.Search;
import org.therapyassist.platform.CurrentUser;

@RestController
@Tag(name = "Search")
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "One search across patients (NHS number in any spacing, date of birth such as 12/03/1941, or "
            + "the start of each name), staff (names), exercises (words in the name) and equipment (the start of a "
            + "label), at most 8 of each kind. A kind the caller may not open is empty; patients returned are audited "
            + "as search results, and an exact NHS number outside the caller's caseload is given as "
            + "outsideCaseloadPatientId (open it by breaking glass). Fewer than 2 characters: tooShort, nothing searched")
    Search.Results search(CurrentUser me,
            @Parameter(description = "What was typed (at most 100 characters are read)") @RequestParam(name = "q", required = false) String q) {
        return search.find(me, q);
    }
}
