package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.Text;

/**
 * What a loan must say before anything leaves the store: who it is for and where from, what was taught, sensible
 * dates, and the right amount — a tracked asset one at a time by its label, counted stock 1 to 20. A loan lives
 * ON_LOAN → RETURNED once; the return is the only change it ever sees.
 */
final class LoanRules {

    static final int MAX_QUANTITY = 20;

    private LoanRules() {
    }

    /** Field problems with the request; empty when it may go ahead. {@code item} is null when it was not found. */
    static Map<String, String> problems(Loans.NewLoan command, ItemType item, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.patientId() == null) {
            errors.put("patientId", "Choose the patient");
        }
        if (command.storeId() == null) {
            errors.put("storeId", "Choose the store it comes from");
        }
        if (Text.blankToNull(command.instructions()) == null || command.instructions().length() > 1000) {
            errors.put("instructions", "Say what you taught the patient or carer (1000 characters or fewer)");
        }
        if (command.adjustments() != null && command.adjustments().length() > 500) {
            errors.put("adjustments", "Adjustments must be 500 characters or fewer");
        }
        if (command.expectedReturnOn() != null && command.expectedReturnOn().isBefore(today)) {
            errors.put("expectedReturnOn", "The expected return date must be today or later");
        }
        if (command.reviewOn() != null && command.reviewOn().isBefore(today)) {
            errors.put("reviewOn", "The review date must be today or later");
        }
        if (item == null) {
            return errors;
        }
        int quantity = quantity(command);
        if (item.isAsset()) {
            if (command.assetId() == null) {
                errors.put("assetId", "Choose which " + item.name().toLowerCase() + " (by its label)");
            }
            if (quantity != 1) {
                errors.put("quantity", "An asset is lent one at a time");
            }
        } else if (quantity < 1 || quantity > MAX_QUANTITY) {
            errors.put("quantity", "Enter a quantity from 1 to " + MAX_QUANTITY);
        }
        return errors;
    }

    static int quantity(Loans.NewLoan command) {
        return command.quantity() == null ? 1 : command.quantity();
    }

    /** Only a loan still out can come back; a second return (two people at the counter) is a conflict. */
    static boolean mayReturn(Loans.Status status) {
        return status == Loans.Status.ON_LOAN;
    }
}
