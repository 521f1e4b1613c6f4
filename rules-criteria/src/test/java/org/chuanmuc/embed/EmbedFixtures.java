package org.chuanmuc.embed;

import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;

/** What the embedding reviews share: a one-rule rule file and a plain dossier. */
final class EmbedFixtures {
    /** Caps an officer who did not complete every task at Hoàn thành tốt; nothing else. */
    static final String TASKS_CAP_DRL = """
            package test;
            import org.chuanmuc.model.*;
            rule "ND90-NV chưa hoàn thành hết nhiệm vụ: không quá Hoàn thành tốt"
            when
                $o: Officer(tasks.completionRatio < 1.0)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "ND90-NV", "", $o.tasks().summary()));
            end
            """;

    private EmbedFixtures() {
    }

    /**
     * A local rule file whose one rule caps every officer at {@code level}; {@code tag} tells its versions apart (in
     * the rule's name and message), so that a reload of another version is a change.
     */
    static String localCap(RatingLevel level, String tag) {
        return """
                package t;
                import org.chuanmuc.model.*;
                rule "T-1 giới hạn %s"
                when
                  $o: Officer()
                then
                  insert(RatingCap.state($o.id(), RatingLevel.%s, "T-1", "", "%s"));
                end
                """.formatted(tag, level.name(), tag);
    }

    /** A staff member who did every task, on time and well, with 25 general points. */
    static Dossier staff(String id, String unit, int year) {
        Officer o = Officer.builder(id, unit, Role.STAFF).monthsWorked(12).tasks(40, 40, 40, 40)
                .generalScore(25).build();
        return new Dossier(new Period(year), Unit.of(unit, "Đơn vị " + unit), o);
    }
}
