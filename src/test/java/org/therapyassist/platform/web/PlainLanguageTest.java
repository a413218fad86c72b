package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page scanner finds what people should not read, and leaves alone what only machines read. */
class PlainLanguageTest {

    @Test
    void findsCodesIsoDatesAndOneWithAPlural() {
        var page = Jsoup.parse("""
                <html><head><title>Delegate a task</title></head><body>
                <p>Sam cannot do this task. Reference: delegation.competency-expired</p>
                <p>Something went wrong. Reference: internal</p>
                <li>Hoist transfer, due 2026-11-30</li>
                <p>1 records awaiting countersignature; 1 open delegations</p>
                <span>??delegation.title_en_GB??</span>
                </body></html>""");

        assertThat(PlainLanguage.findings(page)).hasSize(7)
                .anyMatch(f -> f.startsWith("a reference code") && f.contains("competency-expired"))
                .anyMatch(f -> f.startsWith("a reference code") && f.contains("internal"))
                .anyMatch(f -> f.startsWith("an internal code") && f.contains("delegation.competency-expired"))
                .anyMatch(f -> f.startsWith("an ISO date") && f.contains("2026-11-30"))
                .anyMatch(f -> f.contains("1 records"))
                .anyMatch(f -> f.contains("1 open delegations"))
                .anyMatch(f -> f.startsWith("an internal code") && f.contains("??delegation.title_en_GB??"));
    }

    @Test
    void readsNeitherAttributesNorFormValuesNorScripts() {
        var page = Jsoup.parse("""
                <html><body>
                <div class="nhsuk-error-summary" data-refusal-code="delegation.competency-expired">Sam's hoist
                sign-off expired on 30 Nov 2026.</div>
                <time datetime="2026-11-30">30 Nov 2026</time>
                <input type="hidden" name="on" value="2026-11-30"><input type="date" value="2026-12-01">
                <textarea name="note">seen 2026-11-30</textarea>
                <script>const on = "2026-11-30";</script>
                <p hidden>Reference: internal</p>
                <p>1 record, 11 records, 1.5 metres, 1 set, 1 class, 1 series, score 1 means help is needed</p>
                <p>Signed in as pt.demo</p>
                </body></html>""");

        assertThat(PlainLanguage.findings(page)).isEmpty();
    }

    @Test
    void followsOnlyPagesOfTheService() {
        assertThat(PlainLanguage.inAppLink("http://localhost/patients/1?tab=notes")).isEqualTo("/patients/1?tab=notes");
        assertThat(PlainLanguage.inAppLink("http://localhost/api/v1/policy")).isNull();
        assertThat(PlainLanguage.inAppLink("http://localhost/reports/progress.pdf")).isNull();
        assertThat(PlainLanguage.inAppLink("http://localhost/gap-analysis/export")).isNull();
        assertThat(PlainLanguage.inAppLink("https://www.nhs.uk/")).isNull();
        assertThat(PlainLanguage.inAppLink("http://localhost/my-day?lang=cy")).isNull();
    }
}
