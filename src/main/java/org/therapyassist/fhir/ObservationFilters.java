package org.therapyassist.fhir;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.therapyassist.outcomes.ResultVersions;

/**
 * An Observation search's {@code code} and {@code date} as a filter on a patient's measure results. A code is this
 * service's measure code ({@code system|key}, or the key alone); a code of another system (LOINC, SNOMED CT) matches
 * nothing, since no result carries one (H68), rather than being refused. Dates are days (a result is taken on a day):
 * {@code date=2026-03-01} (or a month, or a year), {@code ge}, {@code gt}, {@code le}, {@code lt}, and two for a span.
 */
final class ObservationFilters {

    /** More codes than any measure catalogue has: a longer list is a mistake or an attempt to make a huge query. */
    static final int MAX_CODES = 50;

    private ObservationFilters() {
    }

    static ResultVersions.Filter of(TokenOrListParam code, DateRangeParam date) {
        Set<String> keys = code == null ? null : keys(code);
        LocalDate[] span = {null, null};
        if (date != null) {
            for (DateParam bound : new DateParam[]{date.getLowerBound(), date.getUpperBound()}) {
                if (bound != null) {
                    narrow(span, bound);
                }
            }
            if (span[0] != null && span[1] != null && span[0].isAfter(span[1])) {
                throw FhirRefusals.invalid("The 'date' span ends before it starts.");
            }
        }
        return new ResultVersions.Filter(keys, span[0], span[1]);
    }

    /**
     * Narrows [from, to] by one date parameter, worked out in days from its text, never through an instant in some
     * zone: a result is taken on a day, and "ge2026-03-10" must mean from that day wherever the server runs.
     */
    private static void narrow(LocalDate[] span, DateParam param) {
        if (param.isEmpty()) {
            return;
        }
        LocalDate[] days = days(param.getValueAsString());
        ParamPrefixEnum prefix = param.getPrefix() == null ? ParamPrefixEnum.EQUAL : param.getPrefix();
        LocalDate from = switch (prefix) {
            case EQUAL, GREATERTHAN_OR_EQUALS -> days[0];
            case GREATERTHAN -> days[1].plusDays(1);
            default -> null;
        };
        LocalDate to = switch (prefix) {
            case EQUAL, LESSTHAN_OR_EQUALS -> days[1];
            case LESSTHAN -> days[0].minusDays(1);
            default -> null;
        };
        if (from == null && to == null) {
            throw FhirRefusals.invalid("'date' takes eq, ge, gt, le or lt.");
        }
        if (from != null && (span[0] == null || from.isAfter(span[0]))) {
            span[0] = from;
        }
        if (to != null && (span[1] == null || to.isBefore(span[1]))) {
            span[1] = to;
        }
    }

    /** The first and last day a date of any precision covers: 2026 → the year, 2026-02 → February, else the day. */
    private static LocalDate[] days(String value) {
        try {
            if (value.length() == 4) {
                Year year = Year.parse(value);
                return new LocalDate[]{year.atDay(1), year.atMonth(12).atEndOfMonth()};
            }
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return new LocalDate[]{month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            return new LocalDate[]{day, day};
        } catch (DateTimeParseException e) {
            throw FhirRefusals.invalid("'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
        }
    }

    private static Set<String> keys(TokenOrListParam code) {
        if (code.getValuesAsQueryTokens().size() > MAX_CODES) {
            throw FhirRefusals.invalid("Give at most " + MAX_CODES + " codes in 'code'.");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (TokenParam token : code.getValuesAsQueryTokens()) {
            if (token.getModifier() != null) {
                throw FhirRefusals.invalid("Modifiers of 'code' are not supported.");
            }
            if (token.getValue() == null || token.getValue().isBlank()) {
                throw FhirRefusals.invalid("Give a value for 'code' (" + UkCore.MEASURE_CODES + "|key).");
            }
            String system = token.getSystem();
            if (system == null || system.isBlank() || UkCore.MEASURE_CODES.equals(system)) {
                keys.add(token.getValue().strip());
            }
        }
        return keys;
    }
}
