package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * A rule's outcome on a unit depends on that unit only. Drools interprets a constraint for its first 20 evaluations,
 * counted over the whole rule base, then compiles it, and the two forms can disagree on the same facts; the rule
 * bases here compile every constraint on its first evaluation, so a unit assessed first and the same unit assessed
 * after a hundred others give the same result.
 */
class ConstraintCompiledOnFirstUseTest {
    /** A condition dividing by the tasks not on time: a long divided by zero for an officer with all on time. */
    private static final String DIVIDES = """
            package org.chuanmuc.test
            import org.chuanmuc.model.*
            rule "T-CHIA chia cho số việc trễ hạn"
            when
                $o: Officer(tasks.assigned / (tasks.assigned - tasks.onTime) > 5)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "T-CHIA", "", "chia"));
            end
            """;

    private static Assessor assessor(String drl) {
        return Assessor.builder().rules(RuleSource.of("chia.drl", RuleSource.Kind.DRL, drl))
                .criteria(SampleDossiers.SIGNS).build();
    }

    @Test
    void conditionThatThrows_failsTheFirstUnitAsItFailsTheHundredth_namingTheRuleAndItsFile() {
        // plain officers: 10 assigned, 10 completed, 10 on time, 8 at quality; the divisor is 0 for each
        Assessor fresh = assessor(DIVIDES);
        assertThatThrownBy(() -> fresh.assess(SampleDossiers.plain("a")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> {
                    assertThat(e.rule()).contains("T-CHIA chia cho số việc trễ hạn");
                    assertThat(e.getMessage()).contains("chia.drl").contains("ArithmeticException")
                            .contains("tasks.assigned / (tasks.assigned - tasks.onTime) > 5");
                });

        Assessor warm = assessor(DIVIDES);
        int failed = 0;
        for (int i = 0; i < 100; i++) {
            try {
                warm.assess(SampleDossiers.plain("o" + i));
            } catch (AssessmentException e) {
                failed++;
            }
        }
        assertThat(failed).as("units of one officer each, all with the same counts").isEqualTo(100);
    }

    @Test
    void conditionThatHolds_givesTheSameRatingFirstAndAfterManyUnits() {
        String late = DIVIDES.replace("tasks.assigned / (tasks.assigned - tasks.onTime) > 5",
                "tasks.onTime * 10 / tasks.assigned >= 10");
        Assessor assessor = assessor(late);
        RatingLevel first = assessor.assess(SampleDossiers.plain("a")).rating();
        for (int i = 0; i < 60; i++) {
            assertThat(assessor.assess(SampleDossiers.plain("o" + i)).rating()).isEqualTo(first);
        }
        assertThat(first).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @Test
    void interfaceStaticMethodInACondition_isRefused_andInAConsequenceAllowed() {
        String inCondition = """
                package org.chuanmuc.test
                import org.chuanmuc.model.*
                rule "T-NHOM nhóm DD"
                when
                    $c: Criterion(group memberOf java.util.List.of("DD", "PC"))
                then
                    insert(new Finding("x", FindingKind.INFO, $c.code(), "", "nhóm"));
                end
                """;
        assertThat(RuleGuard.check("nhom.drl", inCondition)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("List.of").contains("in (\"a\", \"b\")")
                        .contains("may not be called in a condition"));

        String inConsequence = """
                package org.chuanmuc.test
                import org.chuanmuc.model.*
                rule "T-NHOM nhóm DD"
                when
                    $c: Criterion(group in ("DD", "PC"))
                then
                    insert(new Finding("x", FindingKind.INFO, $c.code(), "", "nhóm " + java.util.List.of("DD", "PC").size()));
                end
                """;
        assertThat(RuleGuard.check("nhom.drl", inConsequence)).isEmpty();
        assertThat(assessor(inConsequence).assessAll(List.of(SampleDossiers.plain("a"))).assessments()).hasSize(1);
    }

    @Test
    void strOperatorInACondition_isRefused_andTheMethodsItNamesWork() {
        String str = """
                package org.chuanmuc.test
                import org.chuanmuc.model.*
                rule "T-TEN tên bắt đầu bằng a"
                when
                    $o: Officer(id str[startsWith] "a")
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "T-TEN", "", "tên"));
                end
                """;
        assertThat(RuleGuard.check("ten.drl", str)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("str[…]").contains("startsWith"));

        // before, str[startsWith] passed the guard, and a unit failed with NoSuchMethodError once the constraint had
        // been evaluated 20 times over the run; the method form gives the same rating first and after many units
        Assessor methods = assessor(str.replace("id str[startsWith] \"a\"", "id.startsWith(\"a\")"));
        for (int i = 0; i < 30; i++) {
            assertThat(methods.assess(SampleDossiers.plain("a" + i)).rating()).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(methods.assess(SampleDossiers.plain("b" + i)).rating())
                    .isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        }
    }
}
