package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private static final String CAP_ON_SIGN = """
            package test;
            import org.chuanmuc.model.*;
            rule "NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ"
            when
                $o: Officer()
                $s: SignFinding(verified, code == "NQ4-DD-03") from $o.signs
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, $s.code(), "Nghị quyết 04-NQ/TW", "Kê khai tài sản không trung thực"));
            end
            rule "ND90-NV chưa hoàn thành hết nhiệm vụ: không quá Hoàn thành tốt"
            when
                $o: Officer(tasks.completionRatio < 1.0)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "ND90-NV", "", $o.tasks().summary()));
            end
            """;

    private static Dossier dossier(String id, int completed, boolean sign) {
        var b = Officer.builder(id, "PC08", Role.STAFF).name("Lê Thị Ánh " + id).monthsWorked(12)
                .tasks(40, completed, completed, completed);
        if (sign) {
            b.sign("NQ4-DD-03", true);
        }
        return new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), b.build());
    }

    @Test
    void build_typoOnLine7_reportsLine7() {
        String drl = """
                package test;
                import org.chuanmuc.model.*;

                rule "X-01 lỗi chính tả"
                when
                    $o: Officer()
                    Officr(id == $o.id)
                then
                end
                """;
        assertThatThrownBy(() -> Assessor.builder().rules(RuleSource.drl("loi.drl", drl)).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.diagnostics()).isNotEmpty();
                    assertThat(e.diagnostics()).allSatisfy(d -> {
                        assertThat(d.source()).isEqualTo("loi.drl");
                        assertThat(d.line()).isEqualTo(7);
                    });
                    assertThat(e.diagnostics().get(0).message()).contains("Officr");
                });
    }

    @Test
    void build_noSources_throwsIllegalState() {
        assertThatThrownBy(() -> Assessor.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void assess_verifiedSign_capsWithReasonAndCitation() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", CAP_ON_SIGN)).build();
        Assessment a = assessor.assess(dossier("CB-1", 40, true));
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ");
            assertThat(r.criterion()).isEqualTo("NQ4-DD-03");
            assertThat(r.citation()).isEqualTo("Nghị quyết 04-NQ/TW");
            assertThat(r.matched()).anySatisfy(m -> assertThat(m).startsWith("SignFinding(NQ4-DD-03"));
        });
        assertThat(a.ruleSet().sha256()).hasSize(64);
    }

    @Test
    void assess_nothingCaps_ratesTopLevelWithoutReasons() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", CAP_ON_SIGN)).build();
        Assessment a = assessor.assess(dossier("CB-1", 40, false));
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.partyRating()).isEmpty();
    }

    @Test
    void assess_loopingRule_endsWithExceptionNamingTheRule() {
        String drl = """
                package test;
                import org.chuanmuc.model.*;
                rule "X-02 khởi đầu"
                when
                    Officer()
                then
                    insert(new Parameter("n", 0));
                end
                rule "X-03 lặp mãi"
                when
                    Parameter(name == "n", $v: value)
                then
                    insert(new Parameter("n", $v + 1));
                end
                """;
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("vong-lap.drl", drl))
                .maxFiringsPerOfficer(500).sessionTimeout(Duration.ofMinutes(1)).build();
        assertThatThrownBy(() -> assessor.assess(dossier("CB-1", 40, false)))
                .isInstanceOfSatisfying(AssessmentException.class,
                        e -> assertThat(e.rule()).contains("X-03 lặp mãi"))
                .hasMessageContaining("X-03 lặp mãi");
    }

    @Test
    void assessAll_duplicateOfficer_throwsIllegalArgument() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", CAP_ON_SIGN)).build();
        assertThatThrownBy(() -> assessor.assessAll(List.of(dossier("CB-1", 40, false), dossier("CB-1", 30, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CB-1");
    }

    @Test
    void assessAll_eightThreadsOnOneAssessor_equalSingleThreadedResults() throws Exception {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", CAP_ON_SIGN)).build();
        List<Dossier> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add(dossier("CB-" + i, 30 + i % 11, i % 7 == 0));
        }
        AssessmentReport expected = assessor.assessAll(batch);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<AssessmentReport>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                for (int round = 0; round < 5; round++) {
                    jobs.add(() -> assessor.assessAll(batch));
                }
            }
            for (Future<AssessmentReport> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(expected.countByRating()).containsEntry(RatingLevel.HOAN_THANH, 9);
    }

    @Test
    void assessment_lists_areImmutable() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", CAP_ON_SIGN)).build();
        Assessment a = assessor.assess(dossier("CB-1", 40, true));
        assertThatThrownBy(() -> a.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
