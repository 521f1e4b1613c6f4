package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayDeque;
import java.util.LinkedList;
import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;

/**
 * Guard (passes today): assessAll's one-unit fast path (taken for a List) gives what the general path (taken for any
 * other Collection) gives: assessments, order, firedRules, the duplicate-id message, for a LinkedList, an immutable
 * list, and one unit id written with two unit names. The fast path is a second implementation of the same contract,
 * so any later change to one of the two can make them drift.
 */
class FastPathAttackTest {
    private static final String DRL = TinyRules.TASKS_CAP_DRL;
    private static final Assessor ASSESSOR = Assessor.builder().rules(RuleSource.drl("x.drl", DRL)).build();

    private static Dossier d(String id, int completed, String unitName) {
        Officer o = Officer.builder(id, "PC08", Role.STAFF).monthsWorked(12).tasks(40, completed, completed, completed)
                .build();
        return new Dossier(new Period(2025), Unit.of("PC08", unitName), o);
    }

    @Test
    void assessAll_fastPathEqualsGeneralPath() {
        List<Dossier> batch = List.of(d("C", 40, "Phòng A"), d("A", 30, "Phòng B"), d("B", 40, "Phòng A"));
        AssessmentReport general = ASSESSOR.assessAll(new ArrayDeque<>(batch));
        for (List<Dossier> list : List.of(batch, new LinkedList<>(batch))) {
            AssessmentReport fast = ASSESSOR.assessAll(list);
            assertThat(fast.assessments()).isEqualTo(general.assessments());
            assertThat(fast.firedRules()).isEqualTo(general.firedRules());
        }
        List<Dossier> twice = List.of(d("A", 40, "x"), d("A", 30, "x"));
        assertThat(catchThrowable(() -> ASSESSOR.assessAll(twice))).hasMessage(
                catchThrowable(() -> ASSESSOR.assessAll(new ArrayDeque<>(twice))).getMessage());
    }
}
