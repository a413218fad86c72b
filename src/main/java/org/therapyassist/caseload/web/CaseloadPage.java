package org.therapyassist.caseload.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.caseload.Caseloads;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;

/** My patients, the team's caseload and the ward list, with filters; where Patients in the menu starts. */
@Controller
class CaseloadPage {

    static final int PAGE_SIZE = 25;

    private final Caseloads caseloads;

    CaseloadPage(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping("/caseload")
    String caseload(CurrentUser me, @RequestParam(required = false) String view,
            @RequestParam(required = false) String setting, @RequestParam(required = false) String category,
            @RequestParam(required = false) String delegations, @RequestParam(required = false) String alerts,
            @RequestParam(required = false) String order, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        // A filter value that is not one of the choices (an old bookmark, a hand-edited address) means "any".
        Caseloads.Query query = new Caseloads.Query(parse(Caseloads.View.class, view),
                parse(CareSetting.class, setting), parse(ConditionCategory.class, category),
                delegations != null && !delegations.isBlank(), alerts != null && !alerts.isBlank(),
                parse(Caseloads.Order.class, order));
        model.addAttribute("query", query);
        model.addAttribute("listing", caseloads.of(me, query, page));
        model.addAttribute("settings", titles(CareSetting.values(), "careplans.setting."));
        model.addAttribute("categories", titles(ConditionCategory.values(), "careplans.category."));
        model.addAttribute("orders", titles(Caseloads.Order.values(), "caseload.order."));
        model.addAttribute("views", Caseloads.View.values());
        return "caseload/caseload";
    }

    private static <E extends Enum<E>> Map<String, String> titles(E[] values, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> out.put(v.name(), Messages.text(prefix + v.name())));
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
