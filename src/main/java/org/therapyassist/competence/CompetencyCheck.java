package org.therapyassist.competence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a person holds an in-date sign-off for every competency a task needs, and if not, which are missing
 * and which have expired. A pure rule over the sign-offs held, so it is tested without a database.
 */
public record CompetencyCheck(List<Held> held, List<String> missing, List<Expired> expired) {

    public record Held(String competencyCode, CompetencySignOff signOff) {
    }

    public record Expired(String competencyCode, LocalDate expiredOn) {
    }

    public boolean passes() {
        return missing.isEmpty() && expired.isEmpty();
    }

    public static CompetencyCheck of(Collection<String> required, Collection<CompetencySignOff> signOffs,
            LocalDate on) {
        List<Held> held = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Expired> expired = new ArrayList<>();
        for (String code : new TreeSet<>(required)) {
            List<CompetencySignOff> forCode = signOffs.stream().filter(s -> s.competencyCode().equals(code)).toList();
            Optional<CompetencySignOff> current = forCode.stream()
                    .filter(s -> s.inDateOn(on))
                    .max(Comparator.comparing(CompetencySignOff::expiresOn));
            if (current.isPresent()) {
                held.add(new Held(code, current.get()));
            } else if (forCode.stream().anyMatch(s -> s.expiresOn().isBefore(on))) {
                LocalDate latest = forCode.stream().map(CompetencySignOff::expiresOn).max(LocalDate::compareTo)
                        .orElseThrow();
                expired.add(new Expired(code, latest));
            } else {
                missing.add(code);
            }
        }
        return new CompetencyCheck(List.copyOf(held), List.copyOf(missing), List.copyOf(expired));
    }

    public Set<String> failingCodes() {
        Set<String> codes = new TreeSet<>(missing);
        expired.forEach(e -> codes.add(e.competencyCode()));
        return codes;
    }
}
