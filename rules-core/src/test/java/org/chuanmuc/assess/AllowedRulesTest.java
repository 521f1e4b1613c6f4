package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The positive corpus: legitimate rules under {@code allowed/}, together using every construct the guard allows,
 * must pass the guard, compile and run.
 */
class AllowedRulesTest {
    private static final List<Criterion> CATALOGUE = List.of(
            new Criterion("NQ4-DD-03", "DD", "Thiếu gương mẫu", "Điều 3 Quy định 4", Optional.of(Severity.NGHIEM_TRONG)),
            new Criterion("NQ4-DD-05", "DD", "Né tránh trách nhiệm", "Điều 5 Quy định 4", Optional.of(Severity.NHE)));

    static List<Path> allowedFiles() {
        return RuleFiles.list("allowed", ".drl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedFiles")
    void build_allowedFile_passesTheGuardCompilesAndRuns(Path file) {
        String name = file.getFileName().toString();

        assertThat(RuleGuard.check(name, RuleFiles.text(file))).isEmpty();
        Assessor assessor = Assessor.builder().rules(RuleFiles.sources(file)).criteria(CATALOGUE).build();

        assertThat(assessor.assessAll(List.of(SampleDossiers.busy("o1"), SampleDossiers.plain("o2"))).assessments())
                .hasSize(2);
    }

    @Test
    void corpus_hasAtLeastTenFiles() {
        assertThat(allowedFiles()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void assess_weakTasks_ratesNotCompletedWithTheAllowedHelpersMessage() {
        Assessor assessor = Assessor.builder()
                .rules(RuleFiles.sources(RuleFiles.list("allowed", "05-math-and-values.drl").get(0))).build();

        Assessment a = assessor.assess(SampleDossiers.busy("o1"));

        assertThat(a.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(a.reasonsFor("NV-01")).singleElement().satisfies(r -> assertThat(r.message())
                .isEqualTo("Hoàn thành 6/10 nhiệm vụ (tối thiểu 70%) trong năm 2025"));
    }

    @Test
    void assess_partyReprimand_capsThePartyRatingThroughIfElse() {
        Assessor assessor = Assessor.builder()
                .rules(RuleFiles.sources(RuleFiles.list("allowed", "12-if-else-party.drl").get(0))).build();

        Assessment a = assessor.assess(SampleDossiers.busy("o1"));

        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(a.partyRating()).contains(RatingLevel.HOAN_THANH);
    }
}
