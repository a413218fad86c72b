package org.therapyassist.platform.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;

/**
 * A page form as posted, bound to its record {@code T} and checked; and the one place where a refusal becomes the
 * NHS.UK error summary with a message beside each field. A handler takes it as a parameter and says what to do with a
 * valid form and which page shows the form again:
 *
 * <pre>{@code
 * String level(CurrentUser me, @PathVariable UUID id, FormPost<LevelForm> post, Model model,
 *         RedirectAttributes redirect) {
 *     return post.submit(form -> {
 *         stores.setReorderLevel(me, id, form.levelItemCode(), form.reorderLevel(), form.reorderQuantity());
 *         redirect.addFlashAttribute("banner", "Reorder level saved.");
 *         return "redirect:/equipment/stores/" + id;
 *     }, (errors, values) -> storePage(me, id, model, errors, values));
 * }
 * }</pre>
 *
 * What comes back on the page, with what was typed and status 200:
 * <ul>
 * <li>a value that does not read (not a whole number, not a real date, not one of the options) and every Bean
 * Validation
 * rule of the record and of the API commands it becomes ({@link #validating}): a message beside the field; the action
 * does not run;</li>
 * <li>{@link InvalidInputException} from the action (a rule across fields): a message beside each field it names;</li>
 * <li>{@link ConflictException} (409: someone changed it first, or its state does not allow this) and
 * {@link RefusedException} (422: a clinical-safety or business rule): the refusal at the top of the summary with its
 * stable code, or beside one field where the form says so ({@link #refusalsBeside}).</li>
 * </ul>
 * Anything else is not about what was typed and goes to the error page as before: not allowed (403, with the offer to
 * break the glass where that applies), not found (404).
 */
public final class FormPost<T extends Record> {

    /** The page with the form on it, shown again with the messages and what was typed. */
    @FunctionalInterface
    public interface Page {
        String show(FormErrors errors, FormValues values);
    }

    private final Class<T> type;
    private final FormValues values;
    private final Validator validator;
    private final FormErrors errors = new FormErrors();
    private final FormReader reader;
    private T form;
    private final List<Function<T, ?>> commands = new ArrayList<>();
    private BiFunction<T, String, String> fields = (form, field) -> field;
    private String refusalField;

    FormPost(Class<T> type, FormValues values, Validator validator) {
        this.type = type;
        this.values = values;
        this.validator = validator;
        this.reader = new FormReader(values, errors);
    }

    /** Binds a form from values, for tests and for pages that reuse another form's record. */
    public static <T extends Record> FormPost<T> of(Class<T> type, FormValues values, Validator validator) {
        return new FormPost<>(type, values, validator);
    }

    /**
     * The page's name for a field that a command or a service names otherwise ({@code itemCode} is
     * {@code bookItemCode} on the booking form, {@code items[3]} is {@code item3}), so its message links to the box.
     */
    public FormPost<T> fields(UnaryOperator<String> pageField) {
        this.fields = (form, field) -> pageField.apply(field);
        return this;
    }

    /** The same, where the page's name depends on what was sent (the row a measure's third item came from). */
    public FormPost<T> fields(BiFunction<T, String, String> pageField) {
        this.fields = pageField;
        return this;
    }

    /**
     * Checks the command the form becomes with the command's own Bean Validation rules, the ones the API applies to it,
     * so a rule is written once and both ways in say the same. A value the page could not read is null in it; a null
     * command (a part of the form not in use) is not checked.
     */
    public FormPost<T> validating(Function<T, ?> command) {
        commands.add(command);
        return this;
    }

    /** Shows a 409 or 422 beside this field rather than at the top (an NHS number already registered). */
    public FormPost<T> refusalsBeside(String field) {
        this.refusalField = field;
        return this;
    }

    /**
     * Reads a part of the form whose fields depend on data (a measure's items, an order's lines); its messages join the
     * others, so the page shows everything wrong at once.
     */
    public <R> R read(Function<FormReader, R> part) {
        bound();
        return part.apply(reader);
    }

    /**
     * Runs {@code action} with the valid form and returns where it goes (a redirect); when the form or the action is
     * refused, returns {@code page} with the messages instead.
     */
    public String submit(Function<T, String> action, Page page) {
        T valid = checked();
        if (errors.isEmpty()) {
            try {
                return action.apply(valid);
            } catch (InvalidInputException e) {
                if (e.fieldErrors().isEmpty()) {
                    errors.refuse(e);
                }
                e.fieldErrors().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                        .forEach(f -> errors.add(f.getKey(), f.getValue()));
            } catch (ConflictException | RefusedException e) {
                if (refusalField != null) {
                    errors.add(refusalField, e.getMessage());
                } else {
                    errors.refuse(e);
                }
            }
        }
        return page.show(errors.renamed(field -> fields.apply(valid, field)), values);
    }

    /**
     * For a page's own script posting the form (the phone's outbox): the action's answer, or problem+json instead of
     * the page. The same checks as {@link #submit}, with the messages under the page's field names (400); a refusal
     * goes out with its own status and code (409, 422), as from the API.
     */
    public <R> R answer(Function<T, R> action) {
        T valid = checked();
        if (errors.isEmpty()) {
            try {
                return action.apply(valid);
            } catch (InvalidInputException e) {
                if (e.fieldErrors().isEmpty()) {
                    throw e;
                }
                e.fieldErrors().forEach(errors::add);
            }
        }
        throw new InvalidInputException(errors.renamed(field -> fields.apply(valid, field)).getFields());
    }

    /** The form as bound, with every Bean Validation message of it and of its commands among the errors. */
    private T checked() {
        T valid = bound();
        errors.validate(validator, valid);
        commands.stream().map(command -> command.apply(valid)).filter(Objects::nonNull)
                .forEach(command -> errors.validate(validator, command));
        return valid;
    }

    private T bound() {
        if (form == null) {
            form = FormBinder.bind(type, reader);
        }
        return form;
    }
}
