package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;

/**
 * {@code Builder.sessionTimeout}: "Bounds the time of one session (default 30 s)"; it refuses only a zero or
 * negative duration, so a very long one means "practically no limit". The deadline is {@code System.nanoTime() +
 * timeout.toNanos()}: it overflows, and SessionMonitor compares {@code System.nanoTime() > deadlineNanos} (lines 142
 * and 243), which is true at once for a wrapped deadline, so every unit fails with "out of time" on its first firing.
 * {@code Duration.ofDays(100_000)} (the value the brief names) wraps on any host whose monotonic clock is past 6.75
 * days (a server up a week); the first test uses a duration that wraps on any host. A duration longer than 292
 * years makes {@code toNanos()} itself throw.
 */
class TimeoutOverflowAttackTest {
    private static final String DRL = TinyRules.TASKS_CAP_DRL;

    private static Dossier dossier(String id, int completed) {
        Officer o = Officer.builder(id, "PC08", Role.STAFF).name("Lê Thị Ánh " + id).monthsWorked(12)
                .tasks(40, completed, completed, completed).build();
        return new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), o);
    }

    private static void assertAssesses(Duration timeout) {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", DRL)).sessionTimeout(timeout).build();
        AssessmentReport report = assessor.assessAll(List.of(dossier("CB-1", 30), dossier("CB-2", 40)));
        assertThat(report.assessments()).extracting(Assessment::rating)
                .containsExactly(RatingLevel.HOAN_THANH_TOT, RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void assessAll_timeoutWhoseDeadlineWrapsPastLongMax_isNotAnImmediateTimeOut() {
        // 292 years: toNanos() fits, nanoTime() + it does not
        assertAssesses(Duration.ofNanos(Long.MAX_VALUE - 1));
    }

    @Test
    void assessAll_timeoutTheBuilderAcceptsButNanosCannotHold_doesNotThrowArithmeticException() {
        // Duration.ofSeconds(Long.MAX_VALUE).toNanos() throws: the builder accepts it, every session then fails
        // with an ArithmeticException that is neither of assessAll's documented exceptions
        assertAssesses(Duration.ofDays(1_000_000));
    }
}
