package org.therapyassist.platform.imports;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The rows of an import counted by outcome, and what follows from them: whether it writes, what the audit says. */
public final class OutcomeCounts {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    private OutcomeCounts(Collection<Outcome> outcomes) {
        outcomes.forEach(o -> counts.merge(o, 1, Integer::sum));
    }

    public static OutcomeCounts of(Collection<Outcome> outcomes) {
        return new OutcomeCounts(outcomes);
    }

    public int added() {
        return counts.getOrDefault(Outcome.ADDED, 0);
    }

    public int updated() {
        return counts.getOrDefault(Outcome.UPDATED, 0);
    }

    public int unchanged() {
        return counts.getOrDefault(Outcome.UNCHANGED, 0);
    }

    public int refused() {
        return counts.getOrDefault(Outcome.REFUSED, 0);
    }

    /** The whole file is written only when no row is refused, unless the administrator chose "import the good rows". */
    public boolean writes(boolean goodRows) {
        return refused() == 0 || goodRows;
    }

    /** "2 added, 0 updated, 5 unchanged, 1 refused": the start of the import's audit event. */
    public String summary() {
        return added() + " added, " + updated() + " updated, " + unchanged() + " unchanged, " + refused() + " refused";
    }
}
