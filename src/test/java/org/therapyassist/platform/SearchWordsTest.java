package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseAndSplitOnSpacesAndCommas() {
        assertThat(SearchWords.of("  SUTCLIFFE,  Margaret ")).containsExactly("sutcliffe", "margaret");
    }

    @Test
    void likeWildcardsAreTakenOutSoThatNoSearchMatchesEverything() {
        assertThat(SearchWords.of("%")).isEmpty();
        assertThat(SearchWords.of("o_b%rien\\")).containsExactly("obrien");
    }

    @Test
    void aPastedParagraphIsCutToAFewShortWords() {
        assertThat(SearchWords.of("a b c d e f")).hasSize(SearchWords.MAX_WORDS);
        assertThat(SearchWords.of("x".repeat(500)).getFirst()).hasSize(SearchWords.MAX_LENGTH);
    }

    @Test
    void nothingTypedIsNoWords() {
        assertThat(SearchWords.of(null)).isEmpty();
        assertThat(SearchWords.of("   ")).isEmpty();
    }
}
