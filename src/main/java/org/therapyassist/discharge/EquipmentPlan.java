package org.therapyassist.discharge;

import org.therapyassist.platform.web.Messages;

/** What happens to an item still on loan at the patient's home when they are discharged. */
public enum EquipmentPlan {
    COLLECT, LEAVE_WITH_PATIENT, TRANSFER, REVIEW;

    /** Its words in the request's language (or the letter's, while a letter is printed). */
    public String title() {
        return Messages.text("discharge.plan." + name());
    }
}
