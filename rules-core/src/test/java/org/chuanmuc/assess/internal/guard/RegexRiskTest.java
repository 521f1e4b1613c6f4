package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexRiskTest {

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "(a|aa)*b", "(\\w+\\s?)+$", "(.*a){20}", "(x+x+)+y", "^(a)\\1$",
        ".*a.*b.*c", "(?:a+)+", "(?:ab)*c"})
    void risky_nestedOrBackReferenceOrManyUnbounded_isTrue(String regex) {
        assertThat(RegexRisk.risky(regex)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NQ4-DD-[0-9]+", "^(NQ4|QD)-\\d{2}$", "[(+*)]+x", "a.*b", "(abc)?d"})
    void risky_plainPattern_isFalse(String regex) {
        assertThat(RegexRisk.risky(regex)).isFalse();
    }

    /** Literal contents as written between the quotes: the engine decodes octal escapes, so must the guard. */
    @ParameterizedTest
    @ValueSource(strings = {"\\50a+\\51+b", "(a\\53)\\53b", "\\050a|aa\\051*b", "(\\134w+\\134s?)+$"})
    void risky_catastrophicPatternWrittenWithOctalEscapes_isTrue(String literalContent) {
        assertThat(RegexRisk.risky(LiteralEscapes.decode(literalContent))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NQ4-\\\\d+", "NQ4\\55\\134d{2}", "^(NQ4|QD)\\55[0-9]+$", "a\\t\\\\.?b"})
    void risky_plainPatternWithEscapesInTheLiteral_isFalse(String literalContent) {
        assertThat(RegexRisk.risky(LiteralEscapes.decode(literalContent))).isFalse();
    }
}
