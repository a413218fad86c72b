package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    private static ProgressChart.Spec spec(String title, List<ProgressChart.Series> series) {
        return new ProgressChart.Spec("chart-x", title, "Three results <improving>", "points", 0, 56,
                List.of(new ProgressChart.Shade(0, 20, "High risk of falls (0 to 20)", Measure.Tone.CONCERN)), series,
                "Recorded by a support worker", null);
    }

    @Test
    void theChartIsAnImageWithATitleAndADescriptionForScreenReaders() {
        String svg = ProgressChart.svg(spec("Berg over time", List.of(new ProgressChart.Series("Berg", List.of(
                new ProgressChart.Point(LocalDate.of(2026, 6, 1), 28, false),
                new ProgressChart.Point(LocalDate.of(2026, 11, 1), 45, true))))));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-x-title chart-x-desc\"")
                .contains("<title id=\"chart-x-title\">Berg over time</title>")
                .contains("<desc id=\"chart-x-desc\">Three results &lt;improving&gt;</desc>")
                .contains("<polyline").contains("Recorded by a support worker")
                .doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void textIsEscapedSoAGoalNameCannotInjectMarkup() {
        String svg = ProgressChart.svg(spec("Goals", List.of(
                new ProgressChart.Series("<script>alert(1)</script>",
                        List.of(new ProgressChart.Point(LocalDate.of(2026, 6, 1), 1, false))),
                new ProgressChart.Series("Walk \"outside\" & back",
                        List.of(new ProgressChart.Point(LocalDate.of(2026, 7, 1), 2, false))))));
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("Walk &quot;outside&quot; &amp; back");
    }

    @Test
    void bandsAreNamedInTheLegendBelowThePlotNeverOverTheLineAndTextIsReadableOnAPhone() {
        String svg = ProgressChart.svg(spec("Berg over time", List.of(new ProgressChart.Series("Berg", List.of(
                new ProgressChart.Point(LocalDate.of(2026, 6, 1), 12, false),
                new ProgressChart.Point(LocalDate.of(2026, 11, 1), 18, false))))));
        Matcher band = Pattern.compile("<text x=\"[\\d.]+\" y=\"([\\d.]+)\"[^>]*>High risk of falls</text>")
                .matcher(svg);
        assertThat(band.find()).as("the band's name is written once, in the legend").isTrue();
        assertThat(Double.parseDouble(band.group(1))).isGreaterThan(ProgressChart.HEIGHT);
        // Drawn 360 units wide, about a 360 px phone's column: no text smaller than 15 units.
        assertThat(svg).contains("viewBox=\"0 0 360 ");
        Matcher sizes = Pattern.compile("font-size=\"(\\d+)\"").matcher(svg);
        while (sizes.find()) {
            assertThat(Integer.parseInt(sizes.group(1))).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void ticksAndCeilingsAreRound() {
        assertThat(ProgressChart.ticks(0, 56)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(ProgressChart.niceCeiling(21.6)).isEqualTo(25.0);
    }
}
