/**
 * Notifications: e-mails that tell people something happened (an escalation raised with them, a task delegated to
 * them, the outcome of a referral they made) without their having to open the app. Each person chooses which they
 * get and where; the e-mails say what kind of thing happened and link into the app, never who the patient is. Queued
 * in an outbox after the work commits and sent by a job through a {@link org.therapyassist.notifications.NoticeSender}
 * (SMTP, or another channel such as GOV.UK Notify).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.therapyassist.notifications;
