package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapyassist.outcomes.ResultVersions;

class ObservationFiltersTest {

    static ResultVersions.Filter dates(String... params) {
        DateRangeParam range = new DateRangeParam();
        for (String p : params) {
            DateParam param = new DateParam(p);
            if (range.getLowerBound() == null && isLower(param)) {
                range.setLowerBound(param);
            } else {
                range.setUpperBound(param);
            }
        }
        return ObservationFilters.of(null, range);
    }

    static boolean isLower(DateParam p) {
        return p.getPrefix() != null && p.getPrefix().getValue().startsWith("g");
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void eachPrefixIsTheDaysItMeans() {
        assertThat(dates("ge2026-03-10").from()).isEqualTo(day("2026-03-10"));
        assertThat(dates("gt2026-03-10").from()).isEqualTo(day("2026-03-11"));
        assertThat(dates("le2026-03-10").to()).isEqualTo(day("2026-03-10"));
        assertThat(dates("lt2026-03-10").to()).isEqualTo(day("2026-03-09"));
        var on = ObservationFilters.of(null, new DateRangeParam(new DateParam("2026-03-10")));
        assertThat(on.from()).isEqualTo(day("2026-03-10"));
        assertThat(on.to()).isEqualTo(day("2026-03-10"));
        var month = ObservationFilters.of(null, new DateRangeParam(new DateParam("2026-02")));
        assertThat(month.from()).isEqualTo(day("2026-02-01"));
        assertThat(month.to()).isEqualTo(day("2026-02-28"));
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> dates("ge2026-03-10", "le2026-03-09"))
                .isInstanceOf(BaseServerResponseException.class);
    }

    @Test
    void aPrefixThatDoesNotNameDaysIsRefused() {
        assertThatThrownBy(() -> dates("ne2026-03-10")).isInstanceOf(BaseServerResponseException.class);
        assertThatThrownBy(() -> dates("ap2026-03-10")).isInstanceOf(BaseServerResponseException.class);
    }

    @Test
    void onlyThisServicesMeasureCodesMatch() {
        TokenOrListParam codes = new TokenOrListParam().add(null, "TUG").add(UkCore.MEASURE_CODES, "BERG")
                .add("http://loinc.org", "TUG-LOINC");
        assertThat(ObservationFilters.of(codes, null).measureKeys()).isEqualTo(Set.of("TUG", "BERG"));
        assertThat(ObservationFilters.of(new TokenOrListParam().add("http://snomed.info/sct", "1"), null)
                .measureKeys()).isEmpty();
        assertThat(ObservationFilters.of(null, null)).isEqualTo(ResultVersions.Filter.ANY);
    }
}
