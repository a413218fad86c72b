package org.therapyassist.lonework;

/** Why a lone worker alert was raised; "I need help" comes first wherever alerts are listed. */
public enum AlertKind {
    /** The worker pressed "I need help": raised at once, to everyone at level 2. */
    HELP,
    /** "Left" had not come by the expected time out plus the grace period: raised by the job. */
    MISSED_CHECK_OUT
}
