package org.therapyassist.policy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.policy.PolicyCatalogue;

@RestController
@Tag(name = "Policy", description = "Who may do what: every command, its need and the operations that perform it")
class PolicyApi {

    private final PolicyCatalogue catalogue;

    PolicyApi(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/policy")
    @Operation(summary = "Every command with who may run it (roles, stage, competencies, designations), which records it "
            + "reaches, and the page forms and API operations that perform it")
    @BoundedList("the declared policy: one entry per command of the product, a fixed list in the code")
    List<PolicyCatalogue.Area> policy() {
        return catalogue.areas();
    }
}
