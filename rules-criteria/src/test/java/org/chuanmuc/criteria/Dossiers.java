package org.chuanmuc.criteria;

import java.util.List;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;

/** Readable test data: officers who, unless a test says otherwise, meet every threshold. */
final class Dossiers {
    static final String UNIT = "PC08";
    private static Assessor standard;

    private Dossiers() {
    }

    /** A staff officer with 40/40/40/40 tasks, 12 months, general score 28 (used from 2026). */
    static OfficerBuilder staff(String id) {
        return Officer.builder(id, UNIT, Role.STAFF).name("Nguyễn Văn " + id).monthsWorked(12)
                .tasks(40, 40, 40, 40).generalScore(28);
    }

    static OfficerBuilder head(String id) {
        return Officer.builder(id, UNIT, Role.HEAD).name("Trần Thị " + id).monthsWorked(12)
                .tasks(40, 40, 40, 40).generalScore(28);
    }

    static Unit unit() {
        return Unit.of(UNIT, "Phòng Cảnh sát giao thông");
    }

    static Unit unitRated(RatingLevel rating) {
        return new Unit(UNIT, "Phòng Cảnh sát giao thông", java.util.Optional.of(rating), false);
    }

    /** The standard criteria, compiled once for the test classes that share them. */
    static synchronized Assessor standard() {
        if (standard == null) {
            standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        }
        return standard;
    }

    static Dossier in(int year, Officer officer) {
        return new Dossier(new Period(year), unit(), officer);
    }

    static List<Dossier> all(int year, Unit unit, Officer... officers) {
        return java.util.Arrays.stream(officers).map(o -> new Dossier(new Period(year), unit, o)).toList();
    }
}
