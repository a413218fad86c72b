package org.therapyassist.audit;

import java.util.List;

/** The result of walking every hash chain of an organisation. */
public record ChainVerification(boolean intact, long eventsChecked, List<Break> breaks) {

    /** Where a chain stops adding up: which partition, which sequence number, and why. */
    public record Break(int partition, long seq, String problem) {
    }
}
