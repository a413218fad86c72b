package org.therapyassist.visits.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapyassist.visits.Assignment;
import org.therapyassist.visits.DayProblem;
import org.therapyassist.visits.StraightLineTravel;
import org.therapyassist.visits.Towns;
import org.therapyassist.visits.Visit;
import org.therapyassist.visits.Worker;

/**
 * The solver's score kept incrementally (shadow times, partners, joins) must equal the score worked out from scratch
 * after every move; FULL_ASSERT checks that, so a mistake in the model shows here and not as a wrong plan.
 */
class DaySolverTest {

    @Test
    void theIncrementalScoreAlwaysMatchesTheScoreWorkedOutFromScratch() {
        DayProblem day = Towns.day(4, 18, 2, 3);
        DaySolver solver = new DaySolver(StraightLineTravel.urban(),
                new TerminationConfig().withStepCountLimit(300), EnvironmentMode.FULL_ASSERT);

        List<Assignment> plan = solver.solve(day, List.of(), DaySolverTest::canMake);

        assertThat(plan).isNotEmpty();
    }

    private static boolean canMake(Worker worker, Visit visit) {
        return worker.stage().isAtLeast(visit.stage())
                && visit.needs().stream().allMatch(n -> worker.inDate(n.code(), Towns.DAY).isPresent());
    }
}
