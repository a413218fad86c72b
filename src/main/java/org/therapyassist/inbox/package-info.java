/**
 * Inbox: everything waiting for a registrant — declined delegations, escalations, records awaiting countersignature
 * and delegations whose review date has come — in one list, so nothing unsafe waits unseen.
 */
package org.therapyassist.inbox;
