package org.therapyassist.equipment;

/** Why stock moved. Every change to a figure on hand is one of these, with who and when; nothing is deleted. */
public enum MovementKind {
    RECEIVE, TRANSFER_OUT, TRANSFER_IN, ADJUST, WRITE_OFF, ISSUE, RETURN, CLEANED;

    /**
     * The shape every ledger entry of this kind must have — which bin it touches, which way it moves, whether a reason
     * is owed — so a coding slip can never write, say, an issue into quarantine or a write-off without a reason.
     */
    public void check(Bin bin, int delta, String reason) {
        boolean ok = switch (this) {
            case RECEIVE, TRANSFER_IN -> bin == Bin.AVAILABLE && delta > 0;
            case TRANSFER_OUT, ISSUE -> bin == Bin.AVAILABLE && delta < 0;
            case ADJUST -> bin == Bin.AVAILABLE && delta != 0 && reason != null;
            case WRITE_OFF -> delta < 0 && reason != null;
            case RETURN -> bin == Bin.QUARANTINE && delta > 0;
            case CLEANED -> (bin == Bin.QUARANTINE && delta < 0) || (bin == Bin.AVAILABLE && delta > 0);
        };
        if (!ok) {
            throw new IllegalArgumentException("A " + this + " movement cannot be " + delta + " in " + bin
                    + (reason == null ? " without a reason" : ""));
        }
    }

    /** Movements a person records directly on the stock page; the others come from loans, orders and cleaning. */
    public boolean isManual() {
        return this == RECEIVE || this == ADJUST || this == WRITE_OFF;
    }
}
