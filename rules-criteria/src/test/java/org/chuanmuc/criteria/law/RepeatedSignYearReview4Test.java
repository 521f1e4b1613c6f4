package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile legal review 4: the aggravating reason of rule NQ4-TAI says the concluded sign "đã bị phát hiện ở năm trước
 * và lặp lại trong năm đánh giá" — found in the previous year. The rule's condition is any earlier year
 * ({@code SignFinding(code == $s.code, before($p.year))}), verified or not: a finding six years back, never concluded,
 * is written as last year's. The reason states a year the dossier contradicts.
 *
 * <p>Input: a 2025 (or 2026) dossier with a concluded NQ4-CT-01 dated in the year and an unverified NQ4-CT-01 dated
 * 2019. Expected: no reason says the sign was found "ở năm trước" (the year before the assessment), since it was not.
 */
class RepeatedSignYearReview4Test {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();

    @ParameterizedTest(name = "{0}: earlier finding dated {1}")
    @CsvSource({"2025, 2019", "2026, 2020", "2025, 2023"})
    void earlierFindingNotInThePreviousYear_isNotCalledLastYears(int year, int earlier) {
        var b = Officer.builder("CB-1", "DV", Role.STAFF).tasks(40, 40, 40, 40)
                .sign(new SignFinding("NQ4-CT-01", false, Optional.of(LocalDate.of(earlier, 3, 1)), ""))
                .sign(new SignFinding("NQ4-CT-01", true, Optional.of(LocalDate.of(year, 3, 1)), ""));
        if (year >= 2026) {
            b.scores(25, 60);
        }
        Assessment a = ASSESSOR.assess(new Dossier(new Period(year), new Unit("DV", "Đội", Optional.empty(), true),
                b.build()));
        List<String> said = a.reasons().stream().filter(r -> r.kind() == ReasonKind.AGGRAVATING)
                .map(Reason::message).toList();
        assertThat(said).as("%d, NQ4-CT-01 concluded in %d, earlier unverified finding in %d", year, year, earlier)
                .noneMatch(m -> m.contains("ở năm trước"));
    }
}
