package org.therapyassist.navigation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.navigation.Search;
import org.therapyassist.platform.CurrentUser;

/** What the header's search box found, grouped by kind. */
@Controller
class SearchPage {

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(CurrentUser me, @RequestParam(name = "q", required = false) String q, Model model) {
        Search.Results results = search.find(me, q);
        model.addAttribute("results", results);
        model.addAttribute("headerSearch", results.query());
        return "navigation/search";
    }
}
