package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;

/** One way to bind a page form, and the one place where each kind of refusal becomes the error summary. */
class FormPostTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    enum Kind { RECEIVE, WRITE_OFF }

    record Booking(
            @NotBlank(message = "Choose the item") String itemCode,
            @Label("quantity to order") Integer quantity,
            Integer painBefore,
            BigDecimal tugSeconds,
            @NotNull(message = "Choose what happened") Kind kind,
            UUID storeId,
            @NotNull(message = "Enter the start date") @Label("first day") LocalDate startsOn,
            LocalDate targetDate,
            LocalTime startTime,
            boolean dangerousDefect,
            List<Kind> kinds,
            List<String> checks) {
    }

    /** A page form that becomes an API command, which carries the rules. */
    record Command(
            @NotBlank(message = "Enter the reason for referral") @Size(max = 5, message = "Reason must be 5 characters or fewer") String reason) {
    }

    record Referral(String reason, LocalDate receivedOn) {
        Command command() {
            return new Command(reason);
        }
    }

    /** Lines named by id, read by the record itself. */
    record Register(Map<String, Integer> counts) {
        static Register read(FormReader in) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            in.names().stream().filter(n -> n.startsWith("count-"))
                    .forEach(n -> counts.put(n.substring(6), in.integer(n, "How many arrived")));
            return new Register(counts);
        }
    }

    static Map<String, String> sent(String... namesAndValues) {
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            sent.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return sent;
    }

    static <T extends Record> FormPost<T> posted(Class<T> type, Map<String, String> sent) {
        return FormPost.of(type, FormValues.ofSingle(sent), VALIDATOR);
    }

    static FormPost<Referral> referral(Map<String, String> sent) {
        return posted(Referral.class, sent).validating(Referral::command);
    }

    static FormErrors refused(FormPost<?> post, Function<Object, String> action) {
        AtomicReference<FormErrors> shown = new AtomicReference<>();
        String view = post.submit(action::apply, (errors, values) -> {
            shown.set(errors);
            return "page";
        });
        assertThat(view).isEqualTo("page");
        return shown.get();
    }

    @Test
    void eachValueIsReadByItsTypeAndTheRecordIsBuiltWhenItIsValid() {
        UUID store = UUID.randomUUID();
        Map<String, String> sent = sent("itemCode", "FRAME", "quantity", " 3 ", "tugSeconds", "12.5",
                "kind", "WRITE_OFF", "storeId", store.toString(), "startsOnDay", "5", "startsOnMonth", "3",
                "startsOnYear", "2026", "startTime", "10.30", "dangerousDefect", "yes");
        FormValues values = FormValues.of(Map.of("itemCode", new String[]{"FRAME"}, "quantity", new String[]{"3"},
                "kind", new String[]{"RECEIVE"}, "startsOnDay", new String[]{"5"}, "startsOnMonth", new String[]{"3"},
                "startsOnYear", new String[]{"2026"}, "kinds", new String[]{"RECEIVE", "WRITE_OFF"},
                "checks", new String[]{"a", "b"}));
        AtomicReference<Booking> seen = new AtomicReference<>();

        String view = posted(Booking.class, sent).submit(form -> {
            seen.set(form);
            return "redirect:/done";
        }, (errors, v) -> "page");
        FormPost.of(Booking.class, values, VALIDATOR).submit(form -> {
            assertThat(form.kinds()).containsExactly(Kind.RECEIVE, Kind.WRITE_OFF);
            assertThat(form.checks()).containsExactly("a", "b");
            return "redirect:/done";
        }, (errors, v) -> "page");

        assertThat(view).isEqualTo("redirect:/done");
        assertThat(seen.get()).isEqualTo(new Booking("FRAME", 3, null, new BigDecimal("12.5"), Kind.WRITE_OFF, store,
                LocalDate.of(2026, 3, 5), null, LocalTime.of(10, 30), true, List.of(), List.of()));
    }

    @Test
    void aValueThatDoesNotReadIsAMessageBesideItsFieldInTheWordsEveryPageUses() {
        FormErrors errors = refused(posted(Booking.class,
                sent("itemCode", "FRAME", "quantity", "lots", "painBefore", "1.5",
                        "tugSeconds", "slow", "kind", "STOLEN", "storeId", "not-an-id", "startsOnDay", "31",
                        "startsOnMonth", "2",
                        "startsOnYear", "2026", "targetDateDay", "1", "targetDateMonth", "1", "targetDateYear", "26",
                        "startTime", "half ten")),
                form -> {
                    throw new AssertionError("a refused form does not run");
                });

        assertThat(errors.getFields()).containsExactly(
                Map.entry("quantity", "quantity to order must be a whole number"),
                Map.entry("painBefore", "Pain before must be a whole number"),
                Map.entry("tugSeconds", "Tug seconds must be a number, like 12.5"),
                Map.entry("kind", "Choose one of the options"),
                Map.entry("startsOn", "First day must be a real date"),
                Map.entry("targetDate", "Target date must include a 4-digit year"),
                Map.entry("startTime", "Enter the start time as hours and minutes, like 10:30"));
        assertThat(errors.getSummary()).isNull();
    }

    @Test
    void theRecordsRulesAndTheRulesOfTheCommandsItBecomesSpeakAboutEveryFieldAtOnce() {
        FormErrors booking = refused(posted(Booking.class, Map.of("quantity", "x")), form -> "redirect:/");
        assertThat(booking.getFields()).containsEntry("quantity", "quantity to order must be a whole number")
                .containsEntry("itemCode", "Choose the item").containsEntry("kind", "Choose what happened")
                .containsEntry("startsOn", "Enter the start date");

        FormErrors referral = refused(referral(Map.of("reason", "far too long", "receivedOnYear", "x")),
                form -> "redirect:/");
        assertThat(referral.getFields()).containsExactly(Map.entry("receivedOn", "Received on must be a real date"),
                Map.entry("reason", "Reason must be 5 characters or fewer"));
    }

    @Test
    void aFormWithLinesReadsItselfWithTheSameMessages() {
        FormErrors errors = refused(posted(Register.class, Map.of("count-a", "2", "count-b", "two")),
                form -> "redirect:/");
        assertThat(errors.getFields()).containsExactly(Map.entry("count-b", "How many arrived must be a whole number"));
    }

    @Test
    void aRuleAcrossFieldsFromTheServiceIsAMessageBesideEachFieldItNames() {
        FormErrors errors = refused(referral(Map.of("reason", "ok")), form -> {
            throw new InvalidInputException(Map.of("receivedOn", "The date received cannot be in the future",
                    "itemCode", "Choose an item from the catalogue"));
        });
        assertThat(errors.getFields()).containsExactly(Map.entry("itemCode", "Choose an item from the catalogue"),
                Map.entry("receivedOn", "The date received cannot be in the future"));
        assertThat(errors.getSummary()).isNull();
    }

    @Test
    void aConflictOrAClinicalSafetyRefusalIsTheSummaryWithItsStableCode() {
        FormErrors conflict = refused(referral(Map.of("reason", "ok")), form -> {
            throw new ConflictException("order.changed",
                    "Someone else changed this order first. Reload and try again.");
        });
        assertThat(conflict.getSummary()).isEqualTo("Someone else changed this order first. Reload and try again.");
        assertThat(conflict.getCode()).isEqualTo("order.changed");
        assertThat(conflict.getFields()).isEmpty();

        FormErrors refusal = refused(referral(Map.of("reason", "ok")), form -> {
            throw new RefusedException("delegation.competency-expired", "Sam's sign-off for 3.06 expired on 1 May.",
                    Map.of("competentColleagues", List.of()));
        });
        assertThat(refusal.getCode()).isEqualTo("delegation.competency-expired");
        assertThat(refusal.getDetails()).containsKey("competentColleagues");
    }

    @Test
    void aRefusalAboutOneFieldCanBeShownBesideIt() {
        FormErrors errors = refused(referral(Map.of("reason", "ok")).refusalsBeside("nhsNumber"), form -> {
            throw new ConflictException("patient.duplicate", "A patient with this NHS number is already registered");
        });
        assertThat(errors.getFields()).containsExactly(
                Map.entry("nhsNumber", "A patient with this NHS number is already registered"));
        assertThat(errors.getSummary()).isNull();
    }

    @Test
    void fieldsNamedOtherwiseByTheCommandOrTheServiceLinkToThePagesBoxes() {
        FormErrors errors = refused(
                posted(Booking.class, Map.of("quantity", "x", "itemCode", "FRAME", "kind", "RECEIVE",
                        "startsOnDay", "1", "startsOnMonth", "1", "startsOnYear", "2026")).fields(f -> "book-" + f),
                form -> "");
        assertThat(errors.getFields()).containsOnlyKeys("book-quantity");

        FormErrors byWhatWasSent = refused(posted(Booking.class,
                Map.of("quantity", "x", "itemCode", "FRAME", "kind", "RECEIVE",
                        "startsOnDay", "1", "startsOnMonth", "1", "startsOnYear", "2026"))
                .fields((form, field) -> field + "-" + form.itemCode()), form -> "");
        assertThat(byWhatWasSent.getFields()).containsOnlyKeys("quantity-FRAME");
    }

    @Test
    void notAllowedAndNotFoundAreNotAboutWhatWasTypedAndGoToTheErrorPage() {
        assertThatThrownBy(() -> referral(Map.of("reason", "ok")).submit(form -> {
            throw new NotAllowedException("access.break-glass-required", "Not in your caseload");
        }, (errors, values) -> "page")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> referral(Map.of("reason", "ok")).submit(form -> {
            throw new NotFoundException("store.not-found", "There is no such store.");
        }, (errors, values) -> "page")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatWasTypedComesBackExactlyAsSent() {
        AtomicReference<FormValues> shown = new AtomicReference<>();
        posted(Booking.class, Map.of("quantity", " lots ", "itemCode", "")).submit(form -> "", (errors, values) -> {
            shown.set(values);
            return "page";
        });
        assertThat(shown.get().get("quantity")).isEqualTo(" lots ");
        assertThat(shown.get().get("itemCode")).isEmpty();
        assertThat(shown.get().get("neverSent")).isNull();
        assertThat(shown.get().containsKey("neverSent")).as("a template may name any field").isTrue();
    }

    // Through Spring MVC: the parameter, the status a refused form answers with, and the error page for the rest.

    @Controller
    static class Pages {

        @PostMapping("/stores/{outcome}")
        String post(@PathVariable String outcome, FormPost<Referral> post, Model model) {
            return post.validating(Referral::command).submit(form -> switch (outcome) {
                case "conflict" -> throw new ConflictException("store.changed", "Changed first");
                case "refused" -> throw new RefusedException("stock.too-low", "Only 4 in stock");
                case "not-allowed" -> throw new NotAllowedException("store.lead-only", "Only a team lead");
                case "not-found" -> throw new NotFoundException("store.not-found", "No such store");
                default -> "redirect:/stores";
            }, (errors, values) -> {
                model.addAttribute("errors", errors);
                model.addAttribute("v", values);
                return "store";
            });
        }

        @PostMapping("/buttons/{outcome}")
        String button(@PathVariable String outcome, RedirectAttributes redirect) {
            return Actions.run(redirect, "/stores", () -> switch (outcome) {
                case "invalid" -> throw new InvalidInputException(Map.of("reason", "Enter the reason"));
                case "conflict" -> throw new ConflictException("booking.gone", "The booking was already cancelled");
                case "not-found" -> throw new NotFoundException("booking.not-found", "No such booking");
                default -> "Booking cancelled.";
            });
        }
    }

    MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages())
            .setCustomArgumentResolvers(new FormPostResolver(VALIDATOR))
            .setControllerAdvice(new PageErrors()).build();

    @Test
    void aRefusedFormIsThePageAgainWithStatus200AndTheRestIsTheErrorPageWithItsStatus() throws Exception {
        mvc.perform(post("/stores/ok").param("reason", "ok")).andExpect(redirectedUrl("/stores"));
        mvc.perform(post("/stores/ok").param("reason", "")).andExpect(status().isOk()).andExpect(view().name("store"))
                .andExpect(model().attribute("errors", Matchers.hasProperty("fields",
                        Matchers.hasEntry("reason", "Enter the reason for referral"))));
        mvc.perform(post("/stores/conflict").param("reason", "ok")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", Matchers.hasProperty("code",
                        Matchers.is("store.changed"))));
        mvc.perform(post("/stores/refused").param("reason", "ok")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", Matchers.hasProperty("summary",
                        Matchers.is("Only 4 in stock"))));
        mvc.perform(post("/stores/not-allowed").param("reason", "ok")).andExpect(status().isForbidden())
                .andExpect(view().name("error")).andExpect(model().attribute("errorCode", "store.lead-only"));
        mvc.perform(post("/stores/not-found").param("reason", "ok")).andExpect(status().isNotFound())
                .andExpect(model().attribute("errorCode", "store.not-found"));
    }

    @Test
    void aButtonsRefusalComesBackAsTheProblemOnThePageItReturnsTo() throws Exception {
        mvc.perform(post("/buttons/ok")).andExpect(redirectedUrl("/stores"))
                .andExpect(flash().attribute("banner", "Booking cancelled.")).andExpect(flash().attributeCount(1));
        mvc.perform(post("/buttons/invalid")).andExpect(redirectedUrl("/stores"))
                .andExpect(flash().attribute("problem", "Enter the reason")).andExpect(flash().attributeCount(1));
        mvc.perform(post("/buttons/conflict")).andExpect(redirectedUrl("/stores"))
                .andExpect(flash().attribute("problem", "The booking was already cancelled"));
        mvc.perform(post("/buttons/not-found")).andExpect(status().isNotFound());
    }
}
