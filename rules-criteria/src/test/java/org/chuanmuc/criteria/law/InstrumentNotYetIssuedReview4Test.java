package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile legal review 4: the citation of a reason must name the rule in force in the assessment year. The reader and
 * {@link Period} accept any year 2000–2100 (docs/formats.md: "period.year … 2000–2100; chooses the rating regime: up
 * to 2025 Nghị định 90/2020 (amended by 48/2023)"), and every year up to 2025 gets the 2023 amendment, every year up
 * to 2024 the party's Quy định 124-QĐ/TW of 4/10/2023. For a 2021 or 2022 assessment a không hoàn thành is then
 * grounded on instruments not yet issued: Nghị định 48/2023/NĐ-CP (17/7/2023; it added Điều 2 khoản 5 — "any party or
 * state discipline in the year" — which the original Điều 11 khoản 1 điểm c, "vi phạm trong quá trình thực thi nhiệm
 * vụ bị xử lý kỷ luật", did not say) and Quy định 124-QĐ/TW (4/10/2023; before it Quy định 132-QĐ/TW of 2018). For
 * 2019 even Nghị định 90/2020 was not yet issued.
 *
 * <p>Expected: no reason capping at KHONG_HOAN_THANH rests on an instrument issued after the assessment year (or the
 * year is refused). The dossier: a party member disciplined in the year (state khiển trách, unrelated to duties) and
 * with a concluded sign.
 */
class InstrumentNotYetIssuedReview4Test {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();
    /** Instrument as cited → year issued. */
    private static final Map<String, Integer> ISSUED = Map.of("48/2023", 2023, "124-QĐ/TW", 2023, "366-QĐ/TW", 2025,
            "90/2020", 2020, "335/2025", 2025);

    @ParameterizedTest(name = "assessment year {0}")
    @ValueSource(ints = {2019, 2021, 2022})
    void kht_neverGroundedOnAnInstrumentIssuedAfterTheYear(int year) {
        Officer o = Officer.builder("CB-1", "DV", Role.STAFF).partyMember(true).tasks(40, 40, 40, 40)
                .discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE,
                        LocalDate.of(year, 5, 10), "12/QĐ", false))
                .sign("NQ4-DD-09", true).build();
        Assessment a;
        try {
            a = ASSESSOR.assess(new Dossier(new Period(year), new Unit("DV", "Đội", Optional.empty(), true), o));
        } catch (IllegalArgumentException refused) {
            return; // a year outside the regimes the rules know, refused: acceptable
        }
        List<String> wrong = new ArrayList<>();
        for (Reason r : a.reasons()) {
            if (r.kind() != ReasonKind.CAP || r.cap().orElse(null) != RatingLevel.KHONG_HOAN_THANH) {
                continue;
            }
            ISSUED.forEach((instrument, issued) -> {
                if (issued > year && r.citation().contains(instrument)) {
                    wrong.add(r.track() + " " + r.criterion() + " cites " + instrument + " (issued " + issued + "): "
                            + r.citation());
                }
            });
        }
        assertThat(wrong).as("%d: rated %s, party %s; KHT reasons citing instruments issued after %d", year,
                a.rating(), a.partyRating(), year).isEmpty();
    }
}
