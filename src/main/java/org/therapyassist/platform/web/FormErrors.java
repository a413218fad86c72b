package org.therapyassist.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;

/**
 * Error messages for a page form, in the NHS.UK pattern: an error summary at the top linking to each field, and the
 * same message beside the field. Fed by the same Bean Validation and domain rules the API uses.
 */
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String summary;
    private String code;
    private Map<String, Object> details = Map.of();

    public void add(String field, String message) {
        fields.putIfAbsent(field, message);
    }

    /** Validates a command record and keeps the first message per field. */
    public <T> void validate(Validator validator, T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> add(v.getPropertyPath().toString(), v.getMessage()));
    }

    public void add(InvalidInputException e) {
        e.fieldErrors().forEach(this::add);
    }

    /** The same messages under the page's names for the fields (see {@link FormPost#fields}). */
    public FormErrors renamed(UnaryOperator<String> pageField) {
        FormErrors renamed = new FormErrors();
        fields.forEach((field, message) -> renamed.add(pageField.apply(field), message));
        renamed.summary = summary;
        renamed.code = code;
        renamed.details = details;
        return renamed;
    }

    /** One line for a flash message after a redirect: the first field message, or the refusal itself. */
    public static String messageOf(DomainException e) {
        return e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()
                ? invalid.fieldErrors().values().iterator().next()
                : e.getMessage();
    }

    /** A refusal that is not about one field: shown at the top of the summary with its stable code. */
    public void refuse(DomainException e) {
        this.summary = e.getMessage();
        this.code = e.code();
        this.details = e.details();
    }

    /** Day, month and year boxes to a date; a message for the field if they do not make one. */
    public LocalDate date(String field, String label, String day, String month, String year, boolean required) {
        boolean blank = isBlank(day) && isBlank(month) && isBlank(year);
        if (blank) {
            if (required) {
                add(field, Messages.text("platform.form.date.blank", label));
            }
            return null;
        }
        try {
            int y = number(year);
            if (y < 1900 || y > 2200) {
                add(field, Messages.text("platform.form.date.year", capitalised(label)));
                return null;
            }
            return LocalDate.of(y, number(month), number(day));
        } catch (NumberFormatException | DateTimeException e) {
            add(field, Messages.text("platform.form.date.real", capitalised(label)));
            return null;
        }
    }

    public Integer integer(String field, String label, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            add(field, Messages.text("platform.form.integer", label));
            return null;
        }
    }

    public BigDecimal decimal(String field, String label, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            add(field, Messages.text("platform.form.decimal", label));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, Messages.text("platform.form.choice"));
            return null;
        }
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase() + label.substring(1);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && summary == null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public String getSummary() {
        return summary;
    }

    public String getCode() {
        return code;
    }

    public Map<String, Object> getDetails() {
        return details;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A missing part does not parse, like any other part that is not a number. */
    private static int number(String s) {
        return Integer.parseInt(s == null ? "" : s.trim());
    }
}
