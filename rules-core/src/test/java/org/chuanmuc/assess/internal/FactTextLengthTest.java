package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.model.Finding;
import org.chuanmuc.model.FindingKind;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.RatingCap;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Tasks;
import org.junit.jupiter.api.Test;

/**
 * The text a rule's fact carries is counted through records (accessors cached per class), collections, maps and
 * optionals; enums and numbers count nothing.
 */
class FactTextLengthTest {

    @Test
    void textLength_recordOfStrings_sumsEveryString() {
        RatingCap cap = RatingCap.state("CB-01", RatingLevel.HOAN_THANH, "ND90-TOT-B", "Điều 10", "Chưa đạt");

        assertThat(SessionMonitor.textLength(cap)).isEqualTo(5 + 10 + 7 + 8);
        // the second count goes through the cached accessors and gives the same answer
        assertThat(SessionMonitor.textLength(cap)).isEqualTo(30);
    }

    @Test
    void textLength_nestedRecordsListsMapsAndOptionals_countedToTheEnd() {
        ProposedRating rating = new ProposedRating("CB-7", "DV-1", Optional.of("Điều tra"), Role.STAFF,
                RatingLevel.HOAN_THANH_TOT, new Tasks(10, 9, 9, 9), Optional.of(81.5));
        Finding finding = new Finding("CB-7", FindingKind.INFO, "TG-6T", "", "Công tác 5 tháng");
        Object nested = List.of(rating, Map.of("khóa", Optional.of(finding)));

        int ratingText = 4 + 4 + 8;
        int findingText = 4 + 5 + 0 + 16;
        assertThat(SessionMonitor.textLength(nested)).isEqualTo(ratingText + 4 + findingText);
    }

    @Test
    void textLength_capsAndFindings_countedWithoutMethodHandles_stillEveryTextComponent() {
        // RatingCap and Finding are counted by named accessors (the facts rules insert most): should either record
        // gain a component that holds text, that count would miss it; this names the text components they have
        for (Class<?> type : List.of(RatingCap.class, Finding.class)) {
            assertThat(Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.getType().isEnum()).map(RecordComponent::getName))
                    .as("%s's components other than enums", type.getSimpleName())
                    .containsExactly("officerId", "criterion", "citation", "message");
            assertThat(Arrays.stream(type.getRecordComponents()).filter(c -> !c.getType().isEnum()))
                    .allMatch(c -> c.getType() == String.class);
        }
        Finding finding = new Finding("CB-7", FindingKind.INFO, "TG-6T", "Điều 9", "Công tác 5 tháng");
        assertThat(SessionMonitor.textLength(finding)).isEqualTo(4 + 5 + 6 + 16);
    }

    private record Hidden(String text) {
    }

    @Test
    void textLength_recordWithoutPublicAccessors_failsInsteadOfCountingNothing() {
        assertThatThrownBy(() -> SessionMonitor.textLength(new Hidden("bí mật")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Hidden");
    }
}
