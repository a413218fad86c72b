package org.therapyassist.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.therapyassist.platform.Text;

/**
 * Reads typed values from what a form sent, noting a message for each field that does not hold what it should (the
 * same words on every page: "Sets must be a whole number", "Date of birth must be a real date", "Choose one of the
 * options"). Used by {@link FormPost} for each record component, and by forms whose field names depend on data (a
 * register's line per patient, a measure's items).
 */
public final class FormReader {

    private final FormValues values;
    private final FormErrors errors;

    FormReader(FormValues values, FormErrors errors) {
        this.values = values;
        this.errors = errors;
    }

    public FormValues values() {
        return values;
    }

    /** The field names sent, for lines named after what they are about ({@code outcome-<patient id>}). */
    public Set<String> names() {
        return values.keySet();
    }

    /** The text as typed, or null when the field was not sent. */
    public String text(String name) {
        return values.get(name);
    }

    public List<String> all(String name) {
        return values.all(name);
    }

    public boolean checked(String name) {
        return values.checked(name);
    }

    /** An id chosen from a list; empty or not an id reads as nothing, for the rules to ask for it. */
    public UUID id(String name) {
        return Text.uuidOrNull(values.get(name));
    }

    public Integer integer(String name, String label) {
        return errors.integer(name, label, values.get(name));
    }

    public BigDecimal decimal(String name, String label) {
        return errors.decimal(name, label, values.get(name));
    }

    /**
     * A number read from {@code name} whose message goes beside {@code field} (a measure's result beside its choice).
     */
    public BigDecimal decimal(String name, String label, String field) {
        return errors.decimal(field, label, values.get(name));
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return errors.choice(name, type, values.get(name));
    }

    /** One of several values sent for a choice (ticked checkboxes), reported on the field if it is not an option. */
    <E extends Enum<E>> E choice(String name, Class<E> type, String value) {
        return errors.choice(name, type, value);
    }

    /**
     * Day, month and year boxes ({@code nameDay}, {@code nameMonth}, {@code nameYear}); whether one is needed is a
     * rule.
     */
    public LocalDate date(String name, String label) {
        return errors.date(name, label, values.get(name + "Day"), values.get(name + "Month"), values.get(name + "Year"),
                false);
    }

    /** A time of day typed as 10:30 (or 10.30). */
    public LocalTime time(String name, String label) {
        String typed = Text.blankToNull(values.get(name));
        if (typed == null) {
            return null;
        }
        try {
            return LocalTime.parse(typed.replace('.', ':'));
        } catch (DateTimeParseException e) {
            errors.add(name, Messages.text("platform.form.time", label));
            return null;
        }
    }

    /**
     * A moment as a page's script sends it (ISO 8601 with a zone, "2026-12-07T10:02:00.000Z"): when something was done
     * on a phone without signal. Never typed by a person.
     */
    public Instant instant(String name, String label) {
        String sent = Text.blankToNull(values.get(name));
        if (sent == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(sent).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(name, Messages.text("platform.form.instant", label));
            return null;
        }
    }

    /** A message of the form's own, for a rule that only the page can check (whose attendance is missing). */
    public void reject(String field, String message) {
        errors.add(field, message);
    }

    public boolean has(String field) {
        return errors.has(field);
    }
}
