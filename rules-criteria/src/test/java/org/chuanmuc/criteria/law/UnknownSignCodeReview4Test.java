package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile legal review 4: a sign "concluded by the competent authority" ({@code verified: true}) makes the officer
 * Không hoàn thành nhiệm vụ in both regimes, whatever its severity (rating.md, "Style criteria…" last bullet;
 * NĐ 90/2020 as amended by 48/2023 Điều 11 khoản 1, 2 điểm a; NĐ 335/2025 Điều 20 khoản 4 điểm b). The public
 * builder API ({@code Officer.builder(...).sign(code, true)}) and {@link Dossier} accept any code, and the rules only
 * see a sign whose code is in the catalogue: a mistyped or lower-case code ("NQ4-CT-1", "nq4-dd-07") of a concluded
 * sign is dropped without a word and the officer keeps xuất sắc. The CLI's reader refuses such codes; an embedding
 * program using the documented builder gets no refusal, no cap and no review flag.
 *
 * <p>Expected: never a silent top rating. Any of these is acceptable: the dossier or assessment is refused, the
 * officer is rated KHONG_HOAN_THANH, or a review flag names the code the rules could not read.
 */
class UnknownSignCodeReview4Test {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();

    @ParameterizedTest(name = "{0}: verified sign \"{1}\"")
    @CsvSource({"2025, NQ4-CT-1", "2025, nq4-dd-07", "2026, NQ4-TDB-3", "2026, 'NQ4-DD-09 '", "2024, NQ4-CT-10"})
    void verifiedSignWithACodeTheCatalogueLacks_isNeverSilentlyIgnored(int year, String code) {
        Unit outstanding = new Unit("DV", "Đội", Optional.empty(), true);
        var b = Officer.builder("CB-1", "DV", Role.STAFF).partyMember(true).tasks(40, 40, 40, 40).sign(code, true);
        if (year >= 2026) {
            b.scores(28, 65);
        }
        Assessment a;
        try {
            a = ASSESSOR.assess(new Dossier(new Period(year), outstanding, b.build()));
        } catch (IllegalArgumentException | org.chuanmuc.assess.AssessmentException refused) {
            return; // refused: acceptable
        }
        List<String> said = new ArrayList<>();
        a.reviewFlags().forEach(f -> said.add(f.code() + ": " + f.message()));
        boolean flagged = a.reviewFlags().stream().anyMatch(f -> f.message().contains(code.strip()));
        assertThat(a.rating())
                .as("%d, concluded sign \"%s\": expected KHONG_HOAN_THANH (NĐ %s, điểm %s), a refusal or a review flag"
                        + " naming the code; got %s, party %s, flags %s", year, code,
                        year >= 2026 ? "335/2025 Điều 20 khoản 4" : "90/2020 Điều 11 khoản 1", year >= 2026 ? "b" : "a",
                        a.rating(), a.partyRating(), said)
                .matches(r -> flagged || r == RatingLevel.KHONG_HOAN_THANH);
    }
}
