package org.therapyassist.notifications;

/** What an e-mail is about; each has its own choice on the settings page, apart from the referrer's outcome. */
public enum NoticeKind {
    /** A worker raised a concern with the registrant who delegated the task (to that registrant). */
    ESCALATION_RAISED,
    /** A task was delegated to a support worker (to the worker). */
    DELEGATION_OFFERED,
    /** A referral was accepted, signposted or rejected (to the address the referrer gave). */
    REFERRAL_DECIDED
}
