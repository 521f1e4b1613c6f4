package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.junit.jupiter.api.Test;

/** Hostile tests of today's law fixes: LD-D for waste, KL-MOT-LAN, KL-DANG from 2026, for the years 2024–2027. */
class LawFixAttackTest {

    private static List<Assessment> run(int year, Officer... officers) {
        return Dossiers.standard().assessAll(Dossiers.all(year, Dossiers.unit(), officers)).assessments();
    }

    private static DisciplineRecord discipline(DisciplineSystem system, int year, boolean related) {
        return new DisciplineRecord(DisciplineForm.KHIEN_TRACH, system, LocalDate.of(year, 3, 1), "1/QĐ", related);
    }

    private static long flags(Assessment a, String code) {
        return a.reviewFlags().stream().filter(f -> f.code().equals(code)).count();
    }

    /**
     * README: "a discipline in the year still counts, with a review flag when the previous year was không hoàn
     * thành or the other system disciplined in an earlier year". One act punished by the party and the state in the
     * same year (the usual case: two decisions for one act) gives the council the same question twice: KL-MOT-LAN
     * binds each discipline of the year, so the officer carries two KL-MOT-LAN flags with the same text but the
     * decision's summary.
     */
    @Test
    void klMotLan_twoDisciplinesOfTheYearForOneAct_oneFlag() {
        for (int year = 2024; year <= 2027; year++) {
            Officer o = Dossiers.staff("A").partyMember(true).history(year - 1, RatingLevel.KHONG_HOAN_THANH)
                    .discipline(discipline(DisciplineSystem.PARTY, year, true))
                    .discipline(discipline(DisciplineSystem.STATE, year, true)).build();
            Assessment a = run(year, o).get(0);
            assertThat(a.rating()).as("%s", year).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            assertThat(flags(a, "KL-MOT-LAN")).as("KL-MOT-LAN flags in %s: %s", year, a.reviewFlags()).isEqualTo(1);
        }
    }

    /** Guard (passes today): KL-MOT-LAN does not fire without a prior KHT or an earlier discipline of the other system. */
    @Test
    void klMotLan_notFiredForAFirstDisciplineOrTheSameSystemEarlier() {
        for (int year = 2024; year <= 2027; year++) {
            Officer o = Dossiers.staff("A").history(year - 1, RatingLevel.HOAN_THANH)
                    .history(year - 2, RatingLevel.KHONG_HOAN_THANH)
                    .discipline(discipline(DisciplineSystem.STATE, year - 1, true))
                    .discipline(discipline(DisciplineSystem.STATE, year, true)).build();
            assertThat(flags(run(year, o).get(0), "KL-MOT-LAN")).as("%s", year).isZero();
        }
    }

    /**
     * Guard (passes today): LD-D for waste (README: "the head answers for a unit member's concluded embezzlement
     * (NQ4-DD-07) or waste (NQ4-DD-06), deputies do not"): fires for the head only, on a verified sign of the year.
     */
    @Test
    void ldD_waste_headOnly_verifiedSignOfTheYear() {
        for (int year = 2024; year <= 2027; year++) {
            Officer head = Dossiers.head("H").build();
            Officer deputy = Officer.builder("D", Dossiers.UNIT, Role.DEPUTY_HEAD).name("Phó").monthsWorked(12)
                    .tasks(40, 40, 40, 40).generalScore(28).build();
            Officer waster = Dossiers.staff("S").sign(new SignFinding("NQ4-DD-06", true,
                    java.util.Optional.of(LocalDate.of(year, 5, 1)), "")).build();
            List<Assessment> r = run(year, head, deputy, waster);
            assertThat(r.get(0).rating()).as("head %s", year).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            assertThat(r.get(1).rating()).as("deputy %s", year).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);

            Officer lastYear = Dossiers.staff("S").sign(new SignFinding("NQ4-DD-06", true,
                    java.util.Optional.of(LocalDate.of(year - 1, 5, 1)), "")).build();
            Officer unverified = Dossiers.staff("T").sign("NQ4-DD-06", false).build();
            assertThat(run(year, Dossiers.head("H").build(), lastYear, unverified).get(0).rating())
                    .as("head %s, sign of the year before or unverified", year)
                    .isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
        }
    }

    /**
     * README: "2026+: … duty-related discipline from khiển trách up in the year, administrative or party (điểm c)";
     * "a party discipline unrelated to duties asks the council to review the state rating". Guard (passes today)
     * for a party member and a non-member, 2026 and 2027.
     */
    @Test
    void klDang_from2026_relatedToDutiesDecides() {
        for (int year = 2026; year <= 2027; year++) {
            for (boolean member : new boolean[] {true, false}) {
                Officer related = Dossiers.staff("R").partyMember(member)
                        .discipline(discipline(DisciplineSystem.PARTY, year, true)).build();
                Officer unrelated = Dossiers.staff("U").partyMember(member)
                        .discipline(discipline(DisciplineSystem.PARTY, year, false)).build();
                List<Assessment> r = run(year, related, unrelated);
                assertThat(r.get(0).rating()).as("%s member=%s related", year, member)
                        .isEqualTo(RatingLevel.KHONG_HOAN_THANH);
                assertThat(r.get(1).rating()).as("%s member=%s unrelated", year, member)
                        .isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
                assertThat(flags(r.get(1), "KL-DANG")).as("%s member=%s unrelated flag", year, member).isEqualTo(1);
            }
        }
    }
}
