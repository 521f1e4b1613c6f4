package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile legal review r18: two properties of the law over generated dossiers. The brief asked for jqwik; jqwik is on
 * no class path of this build (no pom declares it, the offline repository does not hold it), so each property is a
 * seeded loop, the same dossiers for the same seed, as LawAttackPropertyTest does. Each failure message gives the
 * dossier. Expectations come from the quoted text, not from the rule files.
 *
 * <ol>
 *   <li>Discipline decided in the year. Up to 2025: NĐ 90/2020 as amended by NĐ 48/2023, Điều 2 khoản 5 điểm a (as the
 *       project's README and the decree's reporting quote it: “bị kỷ luật đảng hoặc kỷ luật hành chính trong năm đánh
 *       giá thì xếp loại … không hoàn thành nhiệm vụ”), Điều 11 khoản 1 điểm c, khoản 2 điểm đ. From 2026: NĐ 335/2025
 *       Điều 20 khoản 4 điểm c (cafef.vn quoting the article: “Có hành vi vi phạm liên quan đến hoạt động công vụ bị kỷ
 *       luật bằng hình thức từ khiển trách trở lên trong năm đánh giá”); every form of either system is khiển trách or
 *       above. Property: such an officer, whatever the points, tasks, role, unit (outstanding or not) and other
 *       records, is rated không hoàn thành, so never xuất sắc; a party member's party rating too (QĐ 124-QĐ/TW, kept
 *       for QĐ 366-QĐ/TW: “bị xử lý kỷ luật trong năm”).</li>
 *   <li>Quota from 2026: NĐ 335/2025 Điều 20 khoản 5 điểm a (cafef.vn): “Tỷ lệ công chức xếp loại ‘Hoàn thành xuất sắc
 *       nhiệm vụ’ không vượt quá 20% tổng số công chức được xếp loại ‘Hoàn thành tốt nhiệm vụ’ trong phạm vi cùng một cơ
 *       quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng”. Property: in a unit not recognised
 *       as outstanding, among the officers rated this year, 5 × (xuất sắc) ≤ (tốt), in each group and in the whole
 *       unit.</li>
 * </ol>
 */
class DisciplineAndQuotaPropertyLawR18Test {
    private static final long SEED = 18_2026_0001L;
    private static final int DOSSIERS = 240;
    private static final int UNITS = 120;
    private static Assessor assessor;

    @BeforeAll
    static void build() {
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
    }

    @Test
    void disciplinedInTheYear_isKhongHoanThanh_underEitherRegime_neverXuatSac() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            int year = 2023 + rnd.nextInt(5); // 2023–2027: both regimes, both party regulations
            DisciplineSystem system = rnd.nextBoolean() ? DisciplineSystem.STATE : DisciplineSystem.PARTY;
            List<DisciplineForm> forms = system.forms().stream().toList();
            DisciplineForm form = forms.get(rnd.nextInt(forms.size()));
            // up to 2025 any discipline counts; from 2026 the one the decree names: related to duties
            boolean related = year >= 2026 || rnd.nextBoolean();
            boolean party = system == DisciplineSystem.PARTY || rnd.nextBoolean();
            Role role = Role.values()[rnd.nextInt(Role.values().length)];
            OfficerBuilder b = Officer.builder("CB-" + i, "DV", role).name("Cán bộ " + i).partyMember(party)
                    .monthsWorked(6 + rnd.nextInt(7));
            int assigned = 1 + rnd.nextInt(60);
            b.tasks(assigned, assigned, assigned - rnd.nextInt(Math.min(assigned, 2) + 1) * (rnd.nextInt(4) == 0 ? 1 : 0),
                    assigned);
            if (year >= 2026) {
                if (rnd.nextBoolean()) {
                    b.scores(20 + rnd.nextInt(11), 55 + rnd.nextInt(16));
                } else {
                    b.generalScore(20 + rnd.nextInt(11));
                }
            }
            LocalDate decided = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            b.discipline(new DisciplineRecord(form, system, decided, "QĐ-" + i, related));
            if (rnd.nextInt(4) == 0) { // noise: an older decision of the other system
                DisciplineSystem other = system == DisciplineSystem.STATE ? DisciplineSystem.PARTY : DisciplineSystem.STATE;
                b.discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, other, LocalDate.of(year - 1, 6, 1),
                        "CU-" + i, true));
            }
            if (rnd.nextInt(3) == 0) {
                b.history(year - 1, RatingLevel.values()[rnd.nextInt(RatingLevel.values().length)]);
            }
            Officer o = b.build();
            Unit unit = new Unit("DV", "Đội", rnd.nextInt(3) == 0 ? Optional.of(RatingLevel.HOAN_THANH_XUAT_SAC)
                    : Optional.empty(), rnd.nextBoolean());
            Assessment a = assessor.assess(new Dossier(new Period(year), unit, o));
            String who = year + " " + role + (party ? " party member" : "") + ", " + system + " " + form
                    + (related ? " related to duties" : " not related to duties") + " decided " + decided
                    + ", tasks " + o.tasks().summary() + o.scores().map(s -> ", scores " + s).orElse("");
            if (a.rating() != RatingLevel.KHONG_HOAN_THANH) {
                broken.add(who + " → state " + a.rating() + " " + a.reasons());
            }
            if (party && a.partyRating().orElse(null) != RatingLevel.KHONG_HOAN_THANH) {
                broken.add(who + " → party " + a.partyRating() + " " + a.reasons());
            }
        }
        assertThat(broken).as("officers disciplined in the year who are not không hoàn thành (NĐ 90/2020 amended by"
                + " 48/2023 Điều 2 khoản 5 điểm a up to 2025; NĐ 335/2025 Điều 20 khoản 4 điểm c from 2026)").isEmpty();
    }

    @Test
    void from2026_xuatSacNeverAboveTwentyPercentOfThoseRatedTot_perGroupAndPerUnit() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        List<String> broken = new ArrayList<>();
        long withCandidates = 0;
        for (int u = 0; u < UNITS; u++) {
            int year = 2026 + rnd.nextInt(2);
            int size = 1 + rnd.nextInt(24);
            boolean grouped = rnd.nextBoolean();
            Unit unit = new Unit("DV" + u, "Đội " + u, Optional.empty(), false);
            List<Dossier> dossiers = new ArrayList<>();
            Map<String, String> groupOf = new HashMap<>();
            for (int i = 0; i < size; i++) {
                Role role = i == 0 ? Role.HEAD : (i == 1 && size > 4 ? Role.DEPUTY_HEAD : Role.STAFF);
                OfficerBuilder b = Officer.builder(unit.id() + "-" + i, unit.id(), role).name("Cán bộ " + i)
                        .partyMember(rnd.nextBoolean()).monthsWorked(rnd.nextInt(10) == 0 ? 3 + rnd.nextInt(3) : 12)
                        .tasks(40, 40, 40 - rnd.nextInt(3), 40);
                // points around the 90 boundary: many candidates, many tốt
                b.scores(24 + rnd.nextInt(7), 60 + rnd.nextInt(11));
                String g = grouped ? (role != Role.STAFF ? "Lãnh đạo" : (rnd.nextBoolean() ? "Điều tra" : "Tổng hợp")) : "";
                if (!g.isEmpty()) {
                    b.group(g);
                }
                Officer o = b.build();
                groupOf.put(o.id(), g);
                dossiers.add(new Dossier(new Period(year), unit, o));
            }
            List<Assessment> as = assessor.assessAll(dossiers).assessments();
            Map<String, int[]> counts = new HashMap<>(); // group → {xs, tot}; "*" = the whole unit
            for (Assessment a : as) {
                if (a.reviewFlags().stream().anyMatch(f -> f.code().equals(Flag.NOT_RATED))) {
                    continue; // not rated this year: counts in no level
                }
                for (String key : List.of(groupOf.get(a.officerId()), "*")) {
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    if (a.rating() == RatingLevel.HOAN_THANH_XUAT_SAC) {
                        c[0]++;
                    } else if (a.rating() == RatingLevel.HOAN_THANH_TOT) {
                        c[1]++;
                    }
                }
            }
            if (as.stream().anyMatch(a -> a.reasons().stream().anyMatch(r -> r.criterion().equals("HAN-MUC-XS")))) {
                withCandidates++;
            }
            counts.forEach((g, c) -> {
                if (5L * c[0] > c[1]) {
                    broken.add(year + " " + unit.id() + (g.equals("*") ? " whole unit" : g.isEmpty() ? " (no group)"
                            : " group " + g) + ": " + c[0] + " xuất sắc, " + c[1] + " tốt");
                }
            });
        }
        assertThat(withCandidates).as("units where the quota had candidates").isGreaterThan(UNITS / 3);
        assertThat(broken).as("NĐ 335/2025 Điều 20 khoản 5 điểm a: xuất sắc ≤ 20% of those rated tốt, per unit and per"
                + " group of similar duties").isEmpty();
    }
}
