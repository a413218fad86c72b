package org.therapyassist.fhir;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the search parameters the server implements, refusing with a 400 the forms it does not (modifiers, prefixes
 * other than eq/ge/gt/le/lt, blank values), so that a search never silently means something else than was asked.
 */
final class SearchParameters {

    private SearchParameters() {
    }

    /** An identifier searched for: its value, and whether its system is the one this search can match. */
    record Token(String value, boolean knownSystem) {
    }

    /** A birth date range; either end may be null (open). */
    record DateRange(LocalDate from, LocalDate to) {

        boolean isEmpty() {
            return from != null && to != null && from.isAfter(to);
        }
    }

    /** A string parameter as a prefix (FHIR's default string search), or null when absent. */
    static String prefix(StringParam param, String name) {
        if (param == null) {
            return null;
        }
        if (param.isExact() || param.isContains() || param.getMissing() != null) {
            throw FhirRefusals.invalid("The modifiers of '" + name + "' are not supported: search by the start of the "
                    + "name.");
        }
        String value = param.getValue();
        if (value == null || value.isBlank()) {
            throw FhirRefusals.invalid("Give a value for '" + name + "'.");
        }
        return value.strip();
    }

    /**
     * A token whose system, when given, is {@code system}; no system means that system too. Another system is
     * allowed (nothing can match it) but a modifier or a blank value is refused.
     */
    static Token token(TokenParam param, String name, String system) {
        if (param == null) {
            return null;
        }
        if (param.getModifier() != null || param.getMissing() != null) {
            throw FhirRefusals.invalid("The modifiers of '" + name + "' are not supported.");
        }
        String value = param.getValue();
        if (value == null || value.isBlank()) {
            throw FhirRefusals.invalid("Give a value for '" + name + "' (" + system + "|value).");
        }
        return new Token(value.strip(), param.getSystem() == null || system.equals(param.getSystem()));
    }

    /** The dates a date parameter covers (eq, ge, gt, le, lt; a year, a month or a day). */
    static DateRange dates(DateRangeParam param, String name) {
        if (param == null) {
            return null;
        }
        Set<DateParam> bounds = new LinkedHashSet<>();
        if (param.getLowerBound() != null) {
            bounds.add(param.getLowerBound());
        }
        if (param.getUpperBound() != null) {
            bounds.add(param.getUpperBound());
        }
        LocalDate from = null;
        LocalDate to = null;
        for (DateParam bound : bounds) {
            LocalDate[] period = period(bound.getValueAsString(), name);
            ParamPrefixEnum prefix = bound.getPrefix() == null ? ParamPrefixEnum.EQUAL : bound.getPrefix();
            LocalDate lower = switch (prefix) {
                case EQUAL, GREATERTHAN_OR_EQUALS -> period[0];
                case GREATERTHAN -> period[1].plusDays(1);
                case LESSTHAN, LESSTHAN_OR_EQUALS -> null;
                default -> throw FhirRefusals.invalid("The prefix '" + prefix.getValue() + "' of '" + name
                        + "' is not supported: use eq, ge, gt, le or lt.");
            };
            LocalDate upper = switch (prefix) {
                case EQUAL, LESSTHAN_OR_EQUALS -> period[1];
                case LESSTHAN -> period[0].minusDays(1);
                default -> null;
            };
            from = later(from, lower);
            to = earlier(to, upper);
        }
        return new DateRange(from, to);
    }

    /** The first and last day of a date written as yyyy, yyyy-mm or yyyy-mm-dd (a time after it is ignored). */
    private static LocalDate[] period(String text, String name) {
        try {
            if (text != null && text.length() >= 10) {
                LocalDate day = LocalDate.parse(text.substring(0, 10));
                return new LocalDate[]{day, day};
            }
            if (text != null && text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return new LocalDate[]{month.atDay(1), month.atEndOfMonth()};
            }
            if (text != null && text.length() == 4) {
                Year year = Year.parse(text);
                return new LocalDate[]{year.atDay(1), year.atMonth(12).atEndOfMonth()};
            }
        } catch (DateTimeException e) {
            // Refused below, as any other shape.
        }
        throw FhirRefusals.invalid("'" + name + "' must be a date: yyyy-mm-dd, yyyy-mm or yyyy.");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
