package org.therapyassist.competence.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.CompetencyStanding;
import org.therapyassist.policy.Standing;

/** Tells the command guard what the competence records say: which sign-offs a member of staff holds in date. */
@Component
class PolicyStanding implements CompetencyStanding {

    private final CompetencyRegister register;
    private volatile Map<String, String> names;

    PolicyStanding(CompetencyRegister register) {
        this.register = register;
    }

    @Override
    public Standing.CompetencyStatus status(CurrentUser user, Collection<String> codes, LocalDate on) {
        CompetencyCheck check = register.checkWithoutNames(user.organisationId(), user.staffId(), codes, on);
        Map<String, LocalDate> expired = new LinkedHashMap<>();
        check.expired().forEach(e -> expired.put(e.competencyCode(), e.expiredOn()));
        Map<String, String> named = new LinkedHashMap<>();
        for (String code : new TreeSet<>(codes)) {
            named.put(code, catalogue().getOrDefault(code, code));
        }
        return new Standing.CompetencyStatus(named, Set.copyOf(check.missing()), expired);
    }

    private Map<String, String> catalogue() {
        Map<String, String> catalogue = names;
        if (catalogue == null) {
            // The statements are national reference data, fixed by migrations.
            names = catalogue = Map.copyOf(register.catalogue());
        }
        return catalogue;
    }
}
