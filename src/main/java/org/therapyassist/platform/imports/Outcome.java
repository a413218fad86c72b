package org.therapyassist.platform.imports;

import org.therapyassist.platform.web.Messages;

/** What an import did, or would do, with one row of its file. */
public enum Outcome {
    ADDED, UPDATED, UNCHANGED, REFUSED;

    /** In words for a page: "Would be added" when the import was not written. */
    public String words(boolean written) {
        return switch (this) {
            case ADDED -> Messages.text(written ? "platform.import.added" : "platform.import.would-add");
            case UPDATED -> Messages.text(written ? "platform.import.updated" : "platform.import.would-update");
            case UNCHANGED -> Messages.text("platform.import.unchanged");
            case REFUSED -> Messages.text("platform.import.refused");
        };
    }
}
