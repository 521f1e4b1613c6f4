package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.junit.jupiter.api.Test;

/**
 * Drools JIT-compiles a constraint after it has been evaluated about 20 times. In Drools 10.2.0 the
 * jitted form of a constraint with a custom operator such as {@code str[startsWith]} calls a method
 * that no longer exists (apache/incubator-kie-drools#6711), so the standard rules must avoid such
 * operators (the guard now refuses {@code str[…]} in any rule, and every rule base compiles a constraint on its
 * first evaluation). This test evaluates every standard constraint far past Drools' default threshold.
 */
class ConstraintJittingTest {

    @Test
    void assess_manyOfficersInOneAssessor_survivesConstraintJitting() {
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        List<Assessment> results = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            var b = Dossiers.staff("CB-" + round).style("PC-CV-01", false).style("SD-05", round % 2 == 0)
                    .sign("NQ4-CT-0" + (1 + round % 9), round % 3 == 0);
            for (int k = 0; k < 5; k++) {
                b.feedback(new CitizenFeedback(LocalDate.of(2025, 1 + k, 1), FeedbackKind.COMPLAINT,
                        k % 2 == 0 ? "BIET-01" : "PC-NV-02", true));
            }
            Officer officer = b.build();
            results.add(assessor.assess(Dossiers.in(2025, officer)));
        }
        assertThat(results).hasSize(60).allSatisfy(a -> assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w.code()).isEqualTo("CANH-BAO-SOM")));
    }
}
