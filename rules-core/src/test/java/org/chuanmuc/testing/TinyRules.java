package org.chuanmuc.testing;

import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSource;

/** A two-rule set for tests of the reader, writer and scenario runner; compiled once per test JVM. */
public final class TinyRules {
    public static final String CAP_RULE = "NQ4-DD-03 đã xác minh: không quá Hoàn thành";
    public static final String FLAG_RULE = "Dấu hiệu chưa xác minh: cần hội đồng xem xét";
    public static final String DRL = """
            package org.chuanmuc.test;
            import org.chuanmuc.model.*;

            rule "%s"
            when
                $o : Officer()
                SignFinding(code == "NQ4-DD-03", verified) from $o.signs
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "NQ4-DD-03", "",
                        "Kê khai tài sản không trung thực đã xác minh"));
            end

            rule "%s"
            when
                $o : Officer()
                $s : SignFinding(verified == false) from $o.signs
            then
                insert(new ReviewFlag($o.id(), "CHUA_XAC_MINH", "Dấu hiệu " + $s.code() + " chưa được xác minh"));
            end
            """.formatted(CAP_RULE, FLAG_RULE);

    /** One rule: an officer who did not complete every task is at most hoàn thành tốt. */
    public static final String TASKS_CAP_DRL = """
            package test;
            import org.chuanmuc.model.*;
            rule "ND90-NV chưa hoàn thành hết nhiệm vụ: không quá Hoàn thành tốt"
            when
                $o: Officer(tasks.completionRatio < 1.0)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "ND90-NV", "", $o.tasks().summary()));
            end
            """;

    private TinyRules() {
    }

    /** @return the compiled rules, shared (an Assessor is thread-safe) */
    public static Assessor assessor() {
        return Holder.ASSESSOR;
    }

    private static final class Holder {
        static final Assessor ASSESSOR = Assessor.builder().rules(RuleSource.drl("tiny.drl", DRL)).build();
    }
}
