package org.therapyassist.induction;

import org.therapyassist.platform.web.Messages;

/** The Care Certificate standard sets a service can induct new starters against. */
public enum StandardSet {
    CC2015, CC2025;

    /** The set in words, in the reader's language. */
    public String title() {
        return Messages.text("induction.set." + name());
    }

    /** What a service uses until it chooses. */
    public static StandardSet defaultSet() {
        return CC2025;
    }
}
