package org.chuanmuc.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chuanmuc.model.*;
import org.junit.jupiter.api.Test;

class AssessorSmokeTest {
    @Test
    void smoke() {
        String drl = """
                package test;
                import org.chuanmuc.model.*;
                rule "X-01 dấu hiệu đã xác minh"
                when
                  $o: Officer(tasks.assigned > 0, role == Role.STAFF)
                  $s: SignFinding(verified, code == "NQ4-DD-03") from $o.signs
                then
                  insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "NQ4-DD-03", "", "Có dấu hiệu"));
                end
                """;
        Assessor a = Assessor.builder().rules(RuleSource.drl("x.drl", drl)).build();
        Officer o = Officer.builder("CB-1", "U1", Role.STAFF).tasks(10, 10, 10, 10).sign("NQ4-DD-03", true).build();
        Assessment r = a.assess(new Dossier(new Period(2025), Unit.of("U1", "Đơn vị"), o));
        System.err.println(r);
        assertEquals(RatingLevel.HOAN_THANH, r.rating());
    }
}
