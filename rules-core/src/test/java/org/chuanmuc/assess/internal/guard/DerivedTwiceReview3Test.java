package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hostile review of 1a42969: derivedTwice shows up to 320 characters of names that look alike at 80. */
class DerivedTwiceReview3Test {
    private static final String PREFIX = "ND90-DV tổng nhiệm vụ ".repeat(10); // 220 characters

    @Test
    void longNamesWithControlAndBidiCharactersPastTheCut_staysBoundedAndEscaped() {
        String a = PREFIX + "\u001b[2J\u202E\u0007 (đến 2025)" + "x".repeat(100_000);
        String b = PREFIX + "\u001b[2J\u202E\u0007 (từ 2026)" + "y".repeat(100_000);
        String m = GuardMessages.derivedTwice(a, b, "UnitTasks", "u1\u001b\n" + "z".repeat(5000), "");
        assertThat(m.length()).isLessThan(3000);
        assertThat(m).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u0007")
                .doesNotContain("\n").doesNotContain("x".repeat(400)).doesNotContain("z".repeat(400));
        assertThat(m).contains("2025").contains("2026");
    }

    @Test
    void namesThatDifferOnlyInAControlCharacter_areShownDifferently() {
        String a = PREFIX + "\u0007";
        String b = PREFIX + "\u0008";
        String m = GuardMessages.derivedTwice(a, b, "TotalScore", "o1", "");
        // the two rules must be told apart in the message: it differs from the one naming the same rule twice
        String same = GuardMessages.derivedTwice(a, a, "TotalScore", "o1", "");
        assertThat(m).isNotEqualTo(same);
        assertThat(m).contains("keep only one of the two rules");
    }
}
