package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;

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
            errors.put("patientId", Messages.text("equipment.field.patient.blank"));
        }
        if (command.storeId() == null) {
            errors.put("storeId", Messages.text("equipment.field.store.from"));
        }
        if (Text.blankToNull(command.instructions()) == null || command.instructions().length() > 1000) {
            errors.put("instructions", Messages.text("equipment.field.instructions"));
        }
        if (command.adjustments() != null && command.adjustments().length() > 500) {
            errors.put("adjustments", Messages.text("equipment.field.adjustments.long"));
        }
        if (command.expectedReturnOn() != null && command.expectedReturnOn().isBefore(today)) {
            errors.put("expectedReturnOn", Messages.text("equipment.field.return.past"));
        }
        if (command.reviewOn() != null && command.reviewOn().isBefore(today)) {
            errors.put("reviewOn", Messages.text("equipment.field.review.past"));
        }
        if (item == null) {
            return errors;
        }
        int quantity = quantity(command);
        if (item.isAsset()) {
            if (command.assetId() == null) {
                errors.put("assetId", Messages.text("equipment.field.asset.which", item.name().toLowerCase()));
            }
            if (quantity != 1) {
                errors.put("quantity", Messages.text("equipment.field.loan.one-asset"));
            }
        } else if (quantity < 1 || quantity > MAX_QUANTITY) {
            errors.put("quantity", Messages.text("equipment.field.quantity.range", MAX_QUANTITY));
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
