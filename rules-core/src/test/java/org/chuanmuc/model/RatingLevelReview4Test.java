package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Hostile review 4. The DSL sentence {@code Xếp loại không quá "{muc}" …} hands the level a policy officer typed to
 * {@link RatingLevel#of}. Typed with decomposed diacritics (NFD: macOS input, text pasted from a PDF or Word), the
 * label "Hoàn thành nhiệm vụ" passes validate ("Hợp lệ"), then fails every unit on which the rule fires, each
 * officer rejected with "không có mức xếp loại "Hoàn thành nhiệm vụ"; dùng một trong: [..., Hoàn thành nhiệm vụ, ...]"
 * — the label it refuses reads exactly like one it lists. Everywhere else the project treats composition as
 * invisible (README: a {@code group} is normalised to NFC; a parameter name differing only in composition is
 * reported with its code points). Correct: the level is found whatever the composition of its label.
 */
class RatingLevelReview4Test {
    @Test
    void of_labelWithDecomposedDiacritics_isTheSameLevel() {
        for (RatingLevel level : RatingLevel.values()) {
            String nfd = Normalizer.normalize(level.label(), Normalizer.Form.NFD);
            assertThat(nfd).isNotEqualTo(level.label());
            assertThat(RatingLevel.of(nfd)).isEqualTo(level);
        }
    }
}
