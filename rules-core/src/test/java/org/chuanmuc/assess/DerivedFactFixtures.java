package org.chuanmuc.assess;

import java.util.List;
import org.chuanmuc.model.Dossier;

/** What the tests of derived facts and of {@code update(handle, other)} share: small rule files and one unit. */
final class DerivedFactFixtures {
    static final String HEADER = """
            package t;
            import org.chuanmuc.model.*;
            """;

    /** Reads every unit total: one warning per officer of that unit and total, so that a doubled total shows. */
    static final String READER = """
            rule "LD-C đọc tổng nhiệm vụ của đơn vị"
            salience -10
            when
                $t: UnitTasks()
                $o: Officer(unitId == $t.unitId)
            then
                insert(new Warning($o.id(), "DOC-TONG", $t.summary()));
            end
            """;

    private DerivedFactFixtures() {
    }

    /** @return an assessor of the rules, written after {@link #HEADER} in one file */
    static Assessor rules(String... rules) {
        return Assessor.builder().rules(RuleSource.drl("tong.drl", HEADER + String.join("\n", rules))).build();
    }

    /** @return two plain officers of the sample unit {@code u1} */
    static List<Dossier> unit() {
        return List.of(SampleDossiers.plain("o1"), SampleDossiers.plain("o2"));
    }

    /** @return how many unit totals the officer read ({@link #READER}'s warnings) */
    static long readings(Assessment a) {
        return a.warnings().stream().filter(w -> w.code().equals("DOC-TONG")).count();
    }
}
