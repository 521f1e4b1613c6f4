package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * A hostile review of the standard criteria against the law as the project documents it (README “Legal basis and
 * project defaults”, docs/formats.md) and, where those are silent or provisional, the published text of the
 * decrees and party regulations. Each test targets a point {@link LegalOraclePropertyTest} does not cover; each
 * is a seeded property (a loop over generated dossiers, the same for the same seed: jqwik is not on this module's
 * test class path) or a minimal example. Every expectation is written from the quoted legal sentence, never from
 * the rule files.
 *
 * <p>Tests that FAIL on today's code are findings; the one passing test is kept because it covers a rule the
 * existing oracle never checks (see its comment).
 */
class LawAttackPropertyTest {
    private static final long SEED = 20_260_115L;

    private static Assessor assessor;
    private static DossierReader reader;

    @BeforeAll
    static void build() {
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        reader = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. Fractional points at the band boundaries (NĐ 335/2025 Điều 20 khoản 1–4)
    // ---------------------------------------------------------------------------------------------------------

    /*
     * NĐ 335/2025/NĐ-CP Điều 20 (cafef.vn, 28/12/2025, "Công chức không hoàn thành nhiệm vụ trong trường hợp nào"):
     *   "1. Hoàn thành xuất sắc nhiệm vụ: Đạt từ 90 điểm trở lên. 2. Hoàn thành tốt nhiệm vụ: Đạt từ 70 điểm trở lên
     *    đến dưới 90 điểm. 3. Hoàn thành nhiệm vụ: Đạt từ 50 điểm đến dưới 70 điểm. 4. Không hoàn thành nhiệm vụ …
     *    a) Có kết quả theo dõi, đánh giá dưới 50 điểm."
     * The decree does not say to how many decimals points are kept. The project's rule (README legal table,
     * docs/formats.md `scores.tasks`): points are compared to ten decimal places, more decimals rounded half up, so
     * that a spreadsheet's binary rounding (19.999999999999996 written for 20) never costs an officer a band. The
     * review that wrote this test first asked for exact comparison at any number of decimals (a total 5e-11 below a
     * threshold rated in the lower band); that conflicts with the tolerance, which protects far likelier inputs.
     *
     * Property: a total below a threshold by 10^-d points is in the lower band for d ≤ 10 decimals (it is visibly
     * below at the precision kept) and in the threshold's band for d ≥ 11 (within the rounding), read by the
     * library's own JSON reader. The unit is outstanding so that the quota on xuất sắc cannot hide the result at 90.
     */
    @Test
    void nd335_totalJustBelowABand_lowerBandAtTenDecimals_thresholdBandBeyond() {
        SplittableRandom r = new SplittableRandom(SEED);
        int[] thresholds = {50, 70, 90};
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int threshold = thresholds[r.nextInt(thresholds.length)];
            int digits = 1 + r.nextInt(13); // 1–13 decimals (at most 15 significant digits: a double holds them)
            // a general score in tenths that leaves task points within 0–70
            int loTenths = Math.max(1, (threshold - 70) * 10 + 1);
            int hiTenths = Math.min(300, threshold * 10);
            BigDecimal generalRounded = BigDecimal.valueOf(loTenths + r.nextInt(hiTenths - loTenths + 1), 1);
            BigDecimal general = generalRounded.subtract(BigDecimal.ONE.movePointLeft(digits));
            BigDecimal tasks = BigDecimal.valueOf(threshold).subtract(generalRounded);
            BigDecimal exactTotal = general.add(tasks);
            int year = 2026 + r.nextInt(2);
            String json = "{\"period\":{\"year\":" + year + "},\"units\":[{\"id\":\"DV\",\"name\":\"Đơn vị\","
                    + "\"outstanding\":true}],\"officers\":[{\"id\":\"CB-1\",\"unitId\":\"DV\",\"role\":\"STAFF\","
                    + "\"monthsWorked\":12,\"tasks\":{\"assigned\":10,\"completed\":10,\"onTime\":10,\"highQuality\":10},"
                    + "\"scores\":{\"general\":" + general.toPlainString() + ",\"tasks\":" + tasks.toPlainString() + "}}]}";
            DossierFile file = read(json);
            assertThat(file.rejected()).as(json).isEmpty();
            Assessment a = assessor.assess(file.dossiers().get(0));
            RatingLevel expected = digits <= 10 ? bandBelow(threshold) : bandAt(threshold);
            if (a.rating() != expected) {
                broken.add(year + ": general " + general.toPlainString() + " + tasks " + tasks.toPlainString() + " = "
                        + exactTotal.toPlainString() + " (" + digits + " decimals) vs " + threshold + " → expected "
                        + expected + ", library " + a.rating() + " " + capsOf(a));
            }
        }
        assertThat(shown(broken)).as("totals just below a band threshold (NĐ 335/2025 Điều 20: \"từ 90 điểm trở lên\","
                + " \"dưới 50 điểm\"; points kept to ten decimals)").isEmpty();
    }

    private static RatingLevel bandBelow(int threshold) {
        return switch (threshold) {
            case 50 -> RatingLevel.KHONG_HOAN_THANH;
            case 70 -> RatingLevel.HOAN_THANH;
            case 90 -> RatingLevel.HOAN_THANH_TOT;
            default -> throw new IllegalArgumentException("threshold " + threshold);
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. Party discipline for a duty violation, from 2026 (NĐ 335/2025 Điều 20 khoản 4 điểm c)
    // ---------------------------------------------------------------------------------------------------------

    /*
     * NĐ 335/2025/NĐ-CP Điều 20 khoản 4 (cafef.vn, 28/12/2025): "Không hoàn thành nhiệm vụ thuộc một trong các trường
     *   hợp sau: … c) Có hành vi vi phạm liên quan đến hoạt động công vụ bị kỷ luật bằng hình thức từ khiển trách trở
     *   lên trong năm đánh giá." The sentence names the violation (related to public duties) and the form (khiển trách
     *   or heavier), not the system that imposed it.
     * README legal table: "2026+ không hoàn thành: … duty-related discipline from khiển trách up in the year (điểm c)
     *   | verified". docs/formats.md: `disciplines[].relatedToDuties` "default true", `system` "STATE or PARTY".
     *
     * Property: a party member disciplined by the PARTY in the assessment year (any form from khiển trách up) for a
     * violation the dossier marks relatedToDuties = true is rated Không hoàn thành nhiệm vụ on the state track, with a
     * reason citing NĐ 335/2025 điểm c — whatever their points.
     */
    @Test
    void nd335_partyDisciplineForADutyViolationInTheYear_isStateKhongHoanThanh() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        DisciplineForm[] partyForms = {DisciplineForm.KHIEN_TRACH, DisciplineForm.CANH_CAO, DisciplineForm.CACH_CHUC,
                DisciplineForm.KHAI_TRU};
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int year = 2026 + r.nextInt(2);
            DisciplineForm form = partyForms[r.nextInt(partyForms.length)];
            LocalDate decided = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
            Role role = new Role[] {Role.STAFF, Role.DEPUTY_HEAD, Role.HEAD}[r.nextInt(3)];
            double general = 20 + r.nextInt(101) / 10.0;
            Officer o = Officer.builder("CB-1", "DV", role).partyMember(true).monthsWorked(12).tasks(10, 10, 10, 10)
                    .scores(general, 60 + r.nextInt(11))
                    .discipline(new DisciplineRecord(form, DisciplineSystem.PARTY, decided, "12-QĐ/UBKT", true))
                    .build();
            Assessment a = assessor.assess(new Dossier(new Period(year), outstandingUnit(), o));
            boolean cited = a.reasons().stream().anyMatch(x -> x.track() == Track.STATE && x.kind() == ReasonKind.CAP
                    && x.cap().equals(Optional.of(RatingLevel.KHONG_HOAN_THANH))
                    && new Condition(List.of("335/2025"), List.of("c"), List.of(), true, "").citedBy(x.citation()));
            if (a.rating() != RatingLevel.KHONG_HOAN_THANH || !cited) {
                broken.add(year + " " + role + ", party " + form + " on " + decided + " (relatedToDuties=true): state "
                        + a.rating() + ", party " + a.partyRating().orElse(null) + ", flags " + codes(a));
            }
        }
        assertThat(shown(broken)).as("a duty-related discipline from khiển trách up in the year gives Không hoàn thành"
                + " (NĐ 335/2025 Điều 20 khoản 4 điểm c), whichever system imposed it").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. Waste in the unit of a head, from 2026 (NĐ 335/2025 Điều 20 khoản 4 điểm d)
    // ---------------------------------------------------------------------------------------------------------

    /*
     * NĐ 335/2025/NĐ-CP Điều 20 khoản 4 điểm d (cafef.vn, 28/12/2025): "Cơ quan, tổ chức, đơn vị thuộc thẩm quyền phụ
     *   trách, quản lý trực tiếp liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý theo quy định của pháp luật
     *   (đối với công chức giữ chức vụ lãnh đạo, quản lý)."
     * README legal table: "2026+ không hoàn thành: … a leader whose unit was involved in embezzlement, corruption or
     *   waste and handled (điểm d) | verified | … `LD-D`".
     * The catalogue's sign NQ4-DD-06 is "Gây thất thoát, lãng phí thời gian, tiền của" (waste); a verified sign is one
     * concluded by the competent authority (formats.md: "only verified findings lower a rating").
     *
     * Property: the head (người đứng đầu: the whole unit is under their direct charge) of a unit where another officer
     * has a verified NQ4-DD-06 in the year is Không hoàn thành, citing điểm d.
     */
    @Test
    void nd335_concludedWasteInTheUnit_headIsKhongHoanThanh() {
        SplittableRandom r = new SplittableRandom(SEED + 3);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int year = 2026 + r.nextInt(2);
            int staff = 1 + r.nextInt(4);
            List<Officer> officers = new ArrayList<>();
            officers.add(Officer.builder("CB-0", "DV", Role.HEAD).monthsWorked(12).tasks(10, 10, 10, 10)
                    .scores(25 + r.nextInt(6), 65).build());
            for (int s = 1; s <= staff; s++) {
                var b = Officer.builder("CB-" + s, "DV", Role.STAFF).monthsWorked(12).tasks(10, 10, 10, 10).scores(26, 60);
                if (s == 1) {
                    b.sign(new SignFinding("NQ4-DD-06", true, Optional.of(LocalDate.ofYearDay(year, 1 + r.nextInt(365))),
                            "Kết luận thanh tra 7/KL-TTr"));
                }
                officers.add(b.build());
            }
            Map<String, Assessment> byId = assess(year, Unit.of("DV", "Đội"), officers);
            Assessment head = byId.get("CB-0");
            boolean cited = head.reasons().stream().anyMatch(x -> x.track() == Track.STATE
                    && x.cap().equals(Optional.of(RatingLevel.KHONG_HOAN_THANH))
                    && new Condition(List.of("335/2025"), List.of("d"), List.of(), true, "").citedBy(x.citation()));
            if (head.rating() != RatingLevel.KHONG_HOAN_THANH || !cited) {
                broken.add(year + ", unit of " + (staff + 1) + ", CB-1 has a verified NQ4-DD-06 (lãng phí): head rated "
                        + head.rating() + " " + capsOf(head) + "; CB-1 rated " + byId.get("CB-1").rating());
            }
        }
        assertThat(shown(broken)).as("a head whose unit is concluded to have caused waste is Không hoàn thành (NĐ 335/2025"
                + " Điều 20 khoản 4 điểm d: \"tham ô, tham nhũng, lãng phí\")").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 4. QĐ 366-QĐ/TW: a leader whose unit completes under 70% (party track, 2025 and after)
    // ---------------------------------------------------------------------------------------------------------

    /*
     * Quy định 366-QĐ/TW (30/8/2025) Điều 11 khoản 4 điểm 4.2, as published by dhtn.ttxvn.org.vn (30/09/2025, "Tiêu
     *   chí xếp loại không hoàn thành nhiệm vụ đối với cá nhân giữ chức vụ lãnh đạo, quản lý"): "Xếp loại không hoàn
     *   thành nhiệm vụ đối với cá nhân giữ chức vụ lãnh đạo, quản lý có tổng điểm đánh giá dưới 50 điểm hoặc thuộc
     *   một trong các trường hợp …: Địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo, quản
     *   lý hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch trong năm …"
     * README legal table: "party rating from 2025: the không hoàn thành cases of QĐ 124 are kept until Điều 11's own
     *   list is read | project default" — QĐ 124's threshold was 50%; Điều 11's own list says 70%.
     * README: "a unit's share of tasks is the sum over its officers" (project default used for the unit led).
     *
     * Property: from 2025, a party member who is head of a unit whose officers together completed at least 50% but
     * under 70% of their tasks has the party rating Không hoàn thành nhiệm vụ.
     */
    @Test
    @Disabled("QĐ 366-QĐ/TW Điều 11 khoản 4's 70% is quoted by the review from dhtn.ttxvn.org.vn (30/9/2025) but could"
            + " not be confirmed in any other public text searched on 2026-12-04; the README keeps QĐ 124's 50% as a"
            + " project default until Điều 11's own list is read. When it is: set the cell of its own parameter,"
            + " qd366.lanh-dao.ty-le-don-vi-toi-thieu (sheet 'Tham số', J10), to 0.7 and enable this test")
    void qd366_headWhoseUnitCompletesUnder70Percent_partyRatingIsKhongHoanThanh() {
        SplittableRandom r = new SplittableRandom(SEED + 4);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int year = 2025 + r.nextInt(3);
            // head 10/10/10/10; one staff member with 10 assigned and c completed: unit (10 + c) / 20 in [50%, 70%)
            int c = r.nextInt(4); // 0..3 → 50%, 55%, 60%, 65%
            List<Officer> officers = List.of(
                    Officer.builder("CB-0", "DV", Role.HEAD).partyMember(true).monthsWorked(12).tasks(10, 10, 10, 10)
                            .scores(28, 70).build(),
                    Officer.builder("CB-1", "DV", Role.STAFF).monthsWorked(12).tasks(10, c, c, c).scores(28, 7 * c).build());
            Assessment head = assess(year, Unit.of("DV", "Đội"), officers).get("CB-0");
            if (head.partyRating().orElse(null) != RatingLevel.KHONG_HOAN_THANH) {
                broken.add(year + ": unit completed " + (10 + c) + "/20 = " + (10 + c) * 5 + "%; head's party rating "
                        + head.partyRating().orElse(null) + " (state " + head.rating() + ")");
            }
        }
        assertThat(shown(broken)).as("QĐ 366-QĐ/TW Điều 11 khoản 4 điểm 4.2: a leader whose unit completes under 70% of its"
                + " tasks is Không hoàn thành nhiệm vụ").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 5. NĐ 48/2023 Điều 2 khoản 5: a discipline that must not count in the year it was decided
    // ---------------------------------------------------------------------------------------------------------

    /*
     * NĐ 90/2020 Điều 2 khoản 5 as added by NĐ 48/2023 (xaydungchinhsach.chinhphu.vn 25/07/2023; cuuchienbinh.vn;
     *   tintuc.thuvienphapluat.com 18/07/2023):
     *   "a) … bị xử lý kỷ luật đảng hoặc kỷ luật hành chính trong năm đánh giá thì xếp loại chất lượng ở mức không hoàn
     *    thành nhiệm vụ, trừ trường hợp quy định tại điểm b khoản này.
     *    b) Trường hợp hành vi vi phạm chưa có quyết định xử lý kỷ luật của cấp có thẩm quyền nhưng đã được dùng làm căn
     *    cứ để đánh giá, xếp loại chất lượng ở mức không hoàn thành nhiệm vụ trong năm đánh giá thì quyết định xử lý kỷ
     *    luật ban hành sau năm đánh giá đối với hành vi vi phạm đó (nếu có) không được tính để đánh giá, xếp loại chất
     *    lượng ở năm có quyết định xử lý kỷ luật.
     *    c) Trường hợp … là đảng viên, đã bị xử lý kỷ luật đảng và kỷ luật hành chính về cùng một hành vi vi phạm nhưng
     *    quyết định kỷ luật đảng và quyết định kỷ luật hành chính không có hiệu lực trong cùng năm đánh giá thì chỉ
     *    tính là căn cứ xếp loại chất lượng ở một năm đánh giá."
     * README: "up to 2025: any party or administrative discipline decided in the year makes the state rating không
     *   hoàn thành … | verified (NĐ 48/2023 added Điều 2 khoản 5 …)" — points b and c are not mentioned; the project's
     *   own pattern where the dossier cannot show a condition is a review flag for the council (ND90-XS, TG-NGHI).
     *
     * Examples: the dossier shows the previous year rated Không hoàn thành on a concluded sign (b) or on a party
     * discipline (c), and this year's only ground is a discipline decided this year. The dossier cannot say whether
     * it punishes the same act, so Không hoàn thành must at least come with a review flag naming the exception (its
     * message citing 48/2023 or Điều 2 khoản 5 with point b or c); silently rating Không hoàn thành may contradict b/c.
     */
    @Test
    void nd48_disciplineThisYearAfterLastYearsKhongHoanThanh_isNotSilentlyKhongHoanThanh() {
        Officer pointB = Officer.builder("CB-B", "DV", Role.STAFF).monthsWorked(12).tasks(10, 10, 10, 10)
                .sign(new SignFinding("NQ4-DD-03", true, Optional.of(LocalDate.of(2024, 6, 1)), "Kết luận 3/KL-UBKT"))
                .history(2024, RatingLevel.KHONG_HOAN_THANH)
                .discipline(new DisciplineRecord(DisciplineForm.CANH_CAO, DisciplineSystem.STATE, LocalDate.of(2025, 2, 10),
                        "15/QĐ-CAT", true))
                .build();
        Officer pointC = Officer.builder("CB-C", "DV", Role.STAFF).partyMember(true).monthsWorked(12).tasks(10, 10, 10, 10)
                .history(2024, RatingLevel.KHONG_HOAN_THANH)
                .discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.PARTY, LocalDate.of(2024, 11, 20),
                        "40-QĐ/UBKT", true))
                .discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, LocalDate.of(2025, 1, 15),
                        "5/QĐ-CAT", true))
                .build();
        Map<String, Assessment> byId = assess(2025, Unit.of("DV", "Đội"), List.of(pointB, pointC));
        List<String> broken = new ArrayList<>();
        for (Assessment a : byId.values()) {
            boolean flagged = a.reviewFlags().stream().anyMatch(f -> {
                String m = Condition.normalize(f.message());
                return (m.contains("48/2023") || m.contains("khoản 5")) && (m.contains("điểm b") || m.contains("điểm c"));
            });
            if (a.rating() == RatingLevel.KHONG_HOAN_THANH && !flagged) {
                broken.add(a.officerId() + ": Không hoàn thành by " + capsOf(a) + ", no review flag about NĐ 48/2023"
                        + " Điều 2 khoản 5 điểm b/c; flags " + codes(a));
            }
        }
        assertThat(shown(broken)).as("NĐ 48/2023 Điều 2 khoản 5 điểm b, c: a discipline for an act already counted in the"
                + " previous year's rating does not count again").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 6. Every discipline code the format accepts counts (NĐ 48/2023 Điều 2 khoản 5 điểm a; NĐ 335/2025 điểm c)
    // ---------------------------------------------------------------------------------------------------------

    /*
     * README legal table: "up to 2025: any party or administrative discipline decided in the year makes the state rating
     *   không hoàn thành, related to duties or not | verified". NĐ 335/2025 Điều 20 khoản 4 điểm c (above) from 2026.
     * docs/formats.md: `disciplines[].form` "required: KHIEN_TRACH, CANH_CAO, …, BUOC_THOI_VIEC or KHAI_TRU";
     *   `disciplines[].system` "required: administrative or party discipline" (STATE or PARTY).
     *
     * Property: every record the reader accepts (here the form KHAI_TRU with system STATE, which it does not reject)
     * and that is decided in the year is a discipline in the year: up to 2025 the state rating is Không hoàn thành; from
     * 2026 too when relatedToDuties (the default). A record the reader rejected would also satisfy the law (nothing
     * would be rated on it); a record silently ignored does not.
     */
    @Test
    void everyAcceptedDisciplineRecordDecidedInTheYear_countsAsADiscipline() {
        List<String> broken = new ArrayList<>();
        for (int year = 2024; year <= 2027; year++) {
            for (DisciplineForm form : DisciplineForm.values()) {
                for (String system : List.of("STATE", "PARTY")) {
                    String json = "{\"period\":{\"year\":" + year + "},\"units\":[{\"id\":\"DV\",\"outstanding\":true}],"
                            + "\"officers\":[{\"id\":\"CB-1\",\"unitId\":\"DV\",\"role\":\"STAFF\",\"partyMember\":true,"
                            + "\"monthsWorked\":12,\"tasks\":{\"assigned\":10,\"completed\":10,\"onTime\":10,\"highQuality\":10},"
                            + "\"scores\":{\"general\":29,\"tasks\":70},\"disciplines\":[{\"form\":\"" + form + "\",\"system\":\""
                            + system + "\",\"decidedOn\":\"" + year + "-03-01\",\"relatedToDuties\":true}]}]}";
                    DossierFile file = read(json);
                    if (!file.rejected().isEmpty()) {
                        continue;
                    }
                    if (year >= 2026 && system.equals("PARTY")) {
                        continue; // judged by nd335_partyDisciplineForADutyViolationInTheYear_isStateKhongHoanThanh
                    }
                    Assessment a = assessor.assess(file.dossiers().get(0));
                    if (a.rating() != RatingLevel.KHONG_HOAN_THANH) {
                        broken.add(year + " " + system + " " + form + " decided " + year + "-03-01 (accepted by the reader):"
                                + " state " + a.rating() + ", party " + a.partyRating().orElse(null) + " " + capsOf(a));
                    }
                }
            }
        }
        assertThat(shown(broken)).as("a discipline the format accepts, decided in the year, is silently ignored").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 7. (passes; kept) two consecutive years Không hoàn thành, across the regime switch
    // ---------------------------------------------------------------------------------------------------------

    /*
     * Luật Cán bộ, công chức, Điều 58 khoản 3 (luatvietnam.vn, "Khi nào công chức bị đánh giá không hoàn thành nhiệm
     *   vụ?"): "công chức nào có 02 năm liên tiếp không hoàn thành nhiệm vụ thì cơ quan, tổ chức, đơn vị có thẩm quyền
     *   giải quyết cho người đó thôi việc".
     * README legal table: "2 consecutive years không hoàn thành: review flag naming dismissal (giải quyết thôi việc) |
     *   verified | rule `LS-KHT2`".
     *
     * Kept although it passes: LegalOraclePropertyTest generates history but never checks this rule. Property over
     * 2024–2027 (both regimes, both party regulations, including 2026 whose previous year was rated under NĐ 90): a
     * rated officer Không hoàn thành this year (verified sign in the year) whose previous year was Không hoàn thành
     * gets the flag LS-KHT2 naming "thôi việc"; one whose last Không hoàn thành was two years ago, with a year between
     * rated otherwise, does not (the years are not consecutive).
     */
    @Test
    void history_twoConsecutiveYearsKhongHoanThanh_areFlaggedInEveryRegime() {
        List<String> broken = new ArrayList<>();
        for (int year = 2024; year <= 2027; year++) {
            SignFinding sign = new SignFinding("NQ4-DD-03", true, Optional.of(LocalDate.of(year, 4, 1)), "");
            Officer consecutive = Officer.builder("CB-1", "DV", Role.STAFF).monthsWorked(12).tasks(10, 10, 10, 10)
                    .scores(28, 70).sign(sign).history(year - 1, RatingLevel.KHONG_HOAN_THANH).build();
            Officer gap = Officer.builder("CB-2", "DV", Role.STAFF).monthsWorked(12).tasks(10, 10, 10, 10)
                    .scores(28, 70).sign(sign).history(year - 2, RatingLevel.KHONG_HOAN_THANH)
                    .history(year - 1, RatingLevel.HOAN_THANH).build();
            Map<String, Assessment> byId = assess(year, Unit.of("DV", "Đội"), List.of(consecutive, gap));
            Assessment c = byId.get("CB-1");
            Assessment g = byId.get("CB-2");
            if (c.rating() != RatingLevel.KHONG_HOAN_THANH || c.reviewFlags().stream().noneMatch(f -> f.code().equals("LS-KHT2")
                    && Condition.normalize(f.message()).contains("thôi việc"))) {
                broken.add(year + ": KHT in " + (year - 1) + " and " + year + " without LS-KHT2: " + c.rating() + " " + codes(c));
            }
            if (g.reviewFlags().stream().anyMatch(f -> f.code().equals("LS-KHT2"))) {
                broken.add(year + ": KHT in " + (year - 2) + " and " + year + " only, flagged LS-KHT2: " + codes(g));
            }
        }
        assertThat(shown(broken)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** @return the first 8 counter-examples, then how many more, so that a failure stays readable */
    private static List<String> shown(List<String> broken) {
        if (broken.size() <= 8) {
            return broken;
        }
        List<String> out = new ArrayList<>(broken.subList(0, 8));
        out.add("… and " + (broken.size() - 8) + " more of " + broken.size());
        return out;
    }

    private static RatingLevel bandAt(int threshold) {
        return Decree.band(Rational.of(threshold, 1));
    }

    private static Unit outstandingUnit() {
        return new Unit("DV", "Đơn vị", Optional.empty(), true);
    }

    private static Map<String, Assessment> assess(int year, Unit unit, List<Officer> officers) {
        List<Dossier> dossiers = officers.stream().map(o -> new Dossier(new Period(year), unit, o)).toList();
        Map<String, Assessment> byId = new LinkedHashMap<>();
        assessor.assessAll(dossiers).assessments().forEach(a -> byId.put(a.officerId(), a));
        return byId;
    }

    private static DossierFile read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "attack.json");
    }

    private static String capsOf(Assessment a) {
        return a.reasons().stream().filter(x -> x.kind() == ReasonKind.CAP)
                .map(x -> x.track() + ":" + x.criterion() + "→" + x.cap().orElse(null)).toList().toString();
    }

    private static List<String> codes(Assessment a) {
        return a.reviewFlags().stream().map(f -> f.code()).toList();
    }
}
