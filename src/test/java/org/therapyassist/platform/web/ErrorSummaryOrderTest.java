package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An error summary's lines follow the form's fields, however the checks ordered them. */
class ErrorSummaryOrderTest {

    @Test
    void putsTheSummaryInTheOrderOfTheFieldsOnTheForm() {
        String page = """
                <ul class="nhsuk-list nhsuk-error-summary__list">\
                <li data-error-for="item10"><a href="#item10">Score item 10</a></li>\
                <li data-error-for="dateOfBirth"><a href="#dateOfBirth">Enter a date of birth</a></li>\
                <li data-error-for="item2"><a href="#item2">Score item 2</a></li>\
                <li data-error-for="unknown"><a href="#unknown">Something else</a></li>\
                </ul>
                <form><input id="dateOfBirth-day" name="dateOfBirthDay"><input id="item2" name="item2">
                <input id="item10" name="item10"></form>""";

        String ordered = ErrorSummaryOrder.inFormOrder(page);

        assertThat(ordered.indexOf("#dateOfBirth")).isLessThan(ordered.indexOf("#item2"));
        assertThat(ordered.indexOf("#item2")).isLessThan(ordered.indexOf("#item10"));
        assertThat(ordered.indexOf("#item10")).isLessThan(ordered.indexOf("#unknown"));
        assertThat(ordered).endsWith("<input id=\"item10\" name=\"item10\"></form>");
    }

    @Test
    void leavesAPageWithoutASummaryAlone() {
        String page = "<p>Nothing wrong</p>";
        assertThat(ErrorSummaryOrder.inFormOrder(page)).isSameAs(page);
    }
}
