package org.therapyassist.training;

import org.therapyassist.platform.web.Messages;

/** Qualifications support workers hold or work towards. */
public enum QualificationKind {
    CARE_CERTIFICATE, CACHE_LEVEL_2_DIPLOMA, CACHE_LEVEL_3_DIPLOMA, APPRENTICESHIP_LEVEL_2, APPRENTICESHIP_LEVEL_3, APPRENTICESHIP_LEVEL_5, FOUNDATION_DEGREE;

    /** The qualification's name, in the reader's language. */
    public String title() {
        return Messages.text("training.qualification." + name());
    }

    public enum Status { IN_PROGRESS, ACHIEVED }
}
