package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile legal review 4: the party rating's "disciplined in the year" has an exception in the text the project
 * verified. rating.md, "Party rating — effective-dated": "Up to assessment year 2024: Quy định 124-QĐ/TW (4/10/2023).
 * VERIFIED excerpt (xaydungchinhsach.chinhphu.vn): an individual is KHONG_HOAN_THANH if among others: disciplined in
 * the year (unless self-detected and remedied); …"; from 2025 the project keeps QĐ 124's cases for QĐ 366 (README:
 * "the không hoàn thành cases of QĐ 124 are kept until Điều 11's own list is read"). The dossier cannot say whether
 * the violation was self-detected and remedied, so the project's own pattern for such exceptions applies (the
 * maternity exception of NĐ 90/2020 Điều 2 khoản 3: a review flag that names it, TG-6T). The rules KL-DANG, QD124-KL
 * and QD366-KL give the party rating Không hoàn thành with no word of the exception, so a council reading the result
 * is never told that a member who found and remedied the violation themselves is not Không hoàn thành for it.
 *
 * <p>Expected: a party member disciplined in the year is party KHONG_HOAN_THANH (the proposal) and a review flag or
 * a party reason names the exception ("tự phát hiện", "khắc phục").
 */
class PartyDisciplineExceptionReview4Test {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"2024, PARTY, KHIEN_TRACH", "2024, STATE, KHIEN_TRACH", "2025, PARTY, CANH_CAO", "2026, PARTY, KHIEN_TRACH"})
    void partyMemberDisciplinedInTheYear_councilToldOfTheSelfDetectionException(int year, DisciplineSystem system,
                                                                                DisciplineForm form) {
        var b = Officer.builder("CB-1", "DV", Role.STAFF).partyMember(true).tasks(40, 40, 40, 40)
                .discipline(new DisciplineRecord(form, system, LocalDate.of(year, 4, 2), "7-QĐ/ĐU", true));
        if (year >= 2026) {
            b.scores(28, 65);
        }
        Assessment a = ASSESSOR.assess(new Dossier(new Period(year), new Unit("DV", "Đội", Optional.empty(), true),
                b.build()));
        assertThat(a.partyRating()).as("party rating").contains(RatingLevel.KHONG_HOAN_THANH);
        List<String> texts = new ArrayList<>();
        a.reviewFlags().forEach(f -> texts.add("flag " + f.code() + ": " + f.message()));
        a.reasons().forEach(r -> texts.add(r.track() + " " + r.criterion() + ": " + r.message() + " | " + r.citation()));
        assertThat(texts).as("%d, party member with a %s %s in the year: the exception 'tự phát hiện … khắc phục' of the"
                + " party regulation is named somewhere", year, system, form)
                .anyMatch(t -> {
                    String n = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase();
                    return n.contains("tự phát hiện") || n.contains("khắc phục");
                });
    }
}
