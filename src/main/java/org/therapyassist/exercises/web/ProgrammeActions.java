package org.therapyassist.exercises.web;

import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person on an exercise programme may do, for the page to offer (Programmes and the policy decide the same
 * when they do it). While the episode is open, registered therapists add, reorder, change and remove exercises;
 * support workers from the stage that may change a dose progress one within its limits (their sign-offs are checked
 * when they save).
 *
 * @param prescribe
 *            add, reorder and remove exercises while the episode is open
 * @param progress
 *            change only an exercise's dose, within its limits, while the episode is open
 * @param setLimits
 *            change everything about an exercise, its limits included (otherwise only the dose)
 */
record ProgrammeActions(boolean prescribe, boolean progress, boolean setLimits) {

    static ProgrammeActions of(CurrentUser me, Episode episode, CommandGuard guard) {
        boolean prescriber = guard.allows(me, Command.PRESCRIBE_EXERCISE);
        boolean open = episode.isOpen();
        return new ProgrammeActions(prescriber && open,
                !prescriber && open && me.atStage(Command.CHANGE_EXERCISE_DOSE.need().minimumStage()), prescriber);
    }
}
