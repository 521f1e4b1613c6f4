package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.criteria.Workbooks;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile legal review 4: figures in reasons must be the ones in effect. The README's legal table makes both shares
 * editable cells and promises the reason cites the share in effect: "The share has a cell of its own
 * (qd366.lanh-dao.ty-le-don-vi-toi-thieu), so that a province can change it …; the reason cites the share in effect"
 * (sheet “Tham số” J10), and the months below which an officer is not rated is cell G10
 * (thoi-gian.so-thang-toi-thieu). Two reasons write the default instead.
 */
class ParameterFiguresReview4Test {
    @TempDir
    Path dir;

    /**
     * J10 = 0.7 (the 70% some reports read in QĐ 366): a 2025 party member's party reason QD366 lists the conditions
     * it applies and says "đơn vị do mình lãnh đạo hoàn thành dưới 50% nhiệm vụ" — a condition the rules do not apply
     * (they apply 70%).
     */
    @Test
    void qd366UnitShareOf70Percent_partyReasonDoesNotSay50() throws Exception {
        Path folder = dir.resolve("j10");
        StandardCriteria.writeTo(folder);
        Workbooks.setParameter(folder.resolve("bang-quyet-dinh.xlsx"), "qd366.lanh-dao.ty-le-don-vi-toi-thieu", 0.7);
        Assessor assessor = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();
        Officer head = Officer.builder("CB-1", "DV", Role.HEAD).partyMember(true).tasks(10, 10, 10, 10).build();
        Assessment a = assessor.assess(new Dossier(new Period(2025), Unit.of("DV", "Đội"), head));

        List<String> qd366 = a.reasons().stream().filter(r -> r.criterion().equals("QD366")).map(Reason::message).toList();
        assertThat(qd366).as("QĐ 366 reasons of a 2025 party member with J10 = 70%").isNotEmpty()
                .noneMatch(m -> m.contains("dưới 50%"));
    }

    /**
     * G10 = 9: an officer who worked 8 months in 2026 is not rated (rule TG-6T reads the cell), and the reason's
     * citation says "không xếp loại khi công tác dưới 6 tháng" beside "Công tác 8 tháng trong năm".
     */
    @Test
    void minimumMonthsOf9_2026NotRatedReasonDoesNotSay6() throws Exception {
        Path folder = dir.resolve("g10");
        StandardCriteria.writeTo(folder);
        Workbooks.setParameter(folder.resolve("bang-quyet-dinh.xlsx"), "thoi-gian.so-thang-toi-thieu", 9);
        Assessor assessor = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();
        Officer o = Officer.builder("CB-1", "DV", Role.STAFF).monthsWorked(8).tasks(10, 10, 10, 10).scores(25, 60).build();
        Assessment a = assessor.assess(new Dossier(new Period(2026), Unit.of("DV", "Đội"), o));

        assertThat(a.notRated()).as("8 months < 9 in the cell: not rated").isTrue();
        List<String> texts = a.reasons().stream().filter(r -> r.criterion().equals("TG-6T"))
                .map(r -> r.citation() + " | " + r.message()).toList();
        assertThat(texts).as("TG-6T reasons with G10 = 9").isNotEmpty().noneMatch(t -> t.contains("dưới 6 tháng"));
    }
}
