package org.therapyassist.equipment;

/** Stock that can be issued, and stock back from a patient's home that must be cleaned first. */
public enum Bin {
    AVAILABLE, QUARANTINE
}
