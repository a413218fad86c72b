package org.therapyassist.equipment;

/** Why stock moved. Every change to a figure on hand is one of these, with who and when; nothing is deleted. */
public enum MovementKind {
    RECEIVE, TRANSFER_OUT, TRANSFER_IN, ADJUST, WRITE_OFF, ISSUE, RETURN, CLEANED;

    /** Movements a person records directly on the stock page; the others come from loans, orders and cleaning. */
    public boolean isManual() {
        return this == RECEIVE || this == ADJUST || this == WRITE_OFF;
    }
}
