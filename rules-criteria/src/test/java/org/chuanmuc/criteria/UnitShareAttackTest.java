package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Hostile review of commit 43c1f69 (the leader's unit share read from one UnitTasks per unit, compared exactly) and
 * c79226b (task counts as longs). Expectations come from the legal text as the README's "Legal basis and project
 * defaults" records it, and from the Javadoc:
 * <ul>
 * <li>NĐ 90/2020 Điều 11 khoản 2 điểm c (up to 2025): a leader whose unit completes "dưới 50%" of its tasks is
 *     Không hoàn thành nhiệm vụ (rule LD-C); QĐ 124 (party, up to 2024, QD124-DV); QĐ 366 (party, from 2025,
 *     QD366-DV, and QD366-NV: 100% on time and at quality for tốt and above);</li>
 * <li>README: "a unit's share of tasks is the sum over its officers (rule DV-NV, once per unit with a leader)";
 *     "a deputy's field is the whole unit"; "the reason gives the unit's counts and the share in effect";</li>
 * <li>from 2026 NĐ 335/2025 has no such point: LD-C and the ND90-* unit rules never apply.</li>
 * </ul>
 * An edited copy that kept the old rule {@code ND90-DV} beside {@code DV-NV} inserts a unit's total twice up to 2025:
 * the session refuses the second one, and the unit fails with a message naming both rules instead of giving each
 * leader every unit cap twice.
 */
class UnitShareAttackTest {
    private static final String UNIT = "PC08";
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";

    private static Officer officer(String id, Role role, boolean party, int months, int assigned, int completed) {
        return Officer.builder(id, UNIT, role).name("Nguyễn Văn " + id).monthsWorked(months).partyMember(party)
                .tasks(assigned, completed, completed, completed).scores(28, 60).build();
    }

    private static List<Dossier> unit(int year, Officer... officers) {
        return Dossiers.all(year, Unit.of(UNIT, "Phòng Cảnh sát giao thông"), officers);
    }

    private static Assessment of(AssessmentReport report, String id) {
        return report.assessments().stream().filter(a -> a.officerId().equals(id)).findFirst().orElseThrow();
    }

    private static List<Reason> byRule(Assessment a, String rulePrefix) {
        return a.reasons().stream().filter(r -> r.rule().startsWith(rulePrefix + " ")).toList();
    }

    // ---- zero assigned tasks: "dưới 50%" of nothing is not below anything -------------------------------------

    @Test
    void unitWithALeaderAndNoAssignedTasks_noUnitShareRuleInAnyYear() {
        for (int year : new int[] {2024, 2025, 2026}) {
            AssessmentReport r = Dossiers.standard().assessAll(unit(year,
                    officer("TP-1", Role.HEAD, true, 12, 0, 0), officer("CB-1", Role.STAFF, false, 12, 0, 0)));
            Assessment head = of(r, "TP-1");
            for (String rule : List.of("LD-C", "QD124-DV", "QD366-DV")) {
                assertThat(byRule(head, rule)).as("%d %s", year, rule).isEmpty();
            }
            assertThat(head.reasons()).as("%d: QD366-NV of the leader's unit", year)
                    .noneMatch(x -> x.rule().startsWith("QD366-NV đơn vị"));
            assertThat(head.rating()).as("%d", year).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
        }
    }

    // ---- a unit with deputies only, several leaders: one cap each, per rule ------------------------------------

    @Test
    void deputiesOnly_eachDeputyGetsExactlyOneCapPerRule_2024and2025() {
        // 4 of 10 tasks (40%, "dưới 50%"): every leader of the unit, a deputy's field being the whole unit
        for (int year : new int[] {2024, 2025}) {
            AssessmentReport r = Dossiers.standard().assessAll(unit(year,
                    officer("PP-1", Role.DEPUTY_HEAD, true, 12, 3, 1), officer("PP-2", Role.DEPUTY_HEAD, true, 12, 3, 1),
                    officer("CB-1", Role.STAFF, true, 12, 4, 2)));
            for (String id : List.of("PP-1", "PP-2")) {
                Assessment a = of(r, id);
                assertThat(byRule(a, "LD-C")).as("%d %s", year, id).singleElement()
                        .satisfies(x -> assertThat(x.message())
                                .isEqualTo("Đơn vị Phòng Cảnh sát giao thông hoàn thành 4/10 nhiệm vụ được giao, dưới 50%"));
                assertThat(byRule(a, year <= 2024 ? "QD124-DV" : "QD366-DV")).as("%d %s", year, id).hasSize(1);
                assertThat(a.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
                assertThat(a.partyRating()).contains(RatingLevel.KHONG_HOAN_THANH);
                if (year == 2025) {
                    assertThat(a.reasons()).filteredOn(x -> x.rule().startsWith("QD366-NV đơn vị")).hasSize(1);
                }
            }
            assertThat(byRule(of(r, "CB-1"), "LD-C")).isEmpty();
        }
    }

    // ---- officers not rated (fewer than 6 months) still count in the unit's sums --------------------------------

    @Test
    void notRatedOfficersTasks_stillCountInTheUnitShare() {
        // README: "a unit's share of tasks is the sum over its officers". The head completed 10/10; a staff officer
        // with 3 months (not rated, TG-6T) completed 0/30: the unit completed 10/40 = 25%, below 50%.
        AssessmentReport r = Dossiers.standard().assessAll(unit(2025,
                officer("TP-1", Role.HEAD, true, 12, 10, 10), officer("CB-1", Role.STAFF, false, 3, 30, 0)));
        assertThat(of(r, "CB-1").notRated()).isTrue();
        Assessment head = of(r, "TP-1");
        assertThat(byRule(head, "LD-C")).singleElement().satisfies(x -> assertThat(x.message()).contains("10/40"));
        assertThat(head.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    // ---- 2026: UnitTasks now exists, but no NĐ 90 unit rule may use it -----------------------------------------

    @Test
    void year2026_unitBelowHalf_onlyTheParty366RulesApply() {
        AssessmentReport r = Dossiers.standard().assessAll(unit(2026,
                officer("TP-1", Role.HEAD, true, 12, 10, 1), officer("PP-1", Role.DEPUTY_HEAD, false, 12, 10, 5),
                officer("CB-1", Role.STAFF, false, 12, 10, 6)));
        for (String id : List.of("TP-1", "PP-1")) {
            Assessment a = of(r, id);
            assertThat(a.reasons()).as(id).noneMatch(x -> x.rule().startsWith("LD-C ") || x.rule().startsWith("ND90-")
                    || x.criterion().startsWith("ND90-"));
            assertThat(a.reviewFlags()).as(id).noneMatch(f -> f.code().startsWith("ND90-"));
        }
        Assessment head = of(r, "TP-1");
        assertThat(byRule(head, "QD366-DV")).singleElement().satisfies(x -> assertThat(x.message())
                .isEqualTo("Đơn vị do đảng viên lãnh đạo hoàn thành 12/30 nhiệm vụ được giao, dưới 50%"));
        assertThat(byRule(of(r, "PP-1"), "QD366-DV")).as("not a party member").isEmpty();
    }

    @Test
    void year2025_unitBetween50And70_nd90ReviewFlagsStillRaised() {
        // ND90-HT-C: 60% is neither "trên 70%" (Điều 10 khoản 2 điểm c) nor "dưới 50%" (Điều 11): flag on the leader
        // proposed hoàn thành; ND90-TOT-C caps the leader at hoàn thành (Điều 9 khoản 2 điểm c: all tasks completed)
        AssessmentReport r = Dossiers.standard().assessAll(unit(2025,
                officer("TP-1", Role.HEAD, false, 12, 10, 10), officer("CB-1", Role.STAFF, false, 12, 10, 2)));
        Assessment head = of(r, "TP-1");
        assertThat(byRule(head, "LD-C")).isEmpty();
        assertThat(head.reasons()).filteredOn(x -> x.criterion().equals("ND90-TOT-C")).hasSize(1);
        assertThat(head.reviewFlags()).filteredOn(f -> f.code().equals("ND90-HT-C")).hasSize(1);
        assertThat(head.rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    // ---- the share in effect, with a Vietnamese decimal comma ---------------------------------------------------

    @Test
    void shareOf27Point5Percent_isWrittenWithADecimalComma_andComparedExactly() {
        Assessor edited = Assessor.builder().rules(PolicyEditTest.replace(TABLES, bytes -> PolicyEditTest.setCell(
                PolicyEditTest.setCell(bytes, "Tham số", "lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.275),
                "Tham số", "qd366.lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.275))).build();
        // 11 of 40 is exactly 27.5%: not below
        Assessment exact = of(edited.assessAll(unit(2025, officer("TP-1", Role.HEAD, true, 12, 20, 5),
                officer("CB-1", Role.STAFF, false, 12, 20, 6))), "TP-1");
        assertThat(byRule(exact, "LD-C")).isEmpty();
        assertThat(byRule(exact, "QD366-DV")).isEmpty();
        // 10 of 40 is 25%
        Assessment below = of(edited.assessAll(unit(2025, officer("TP-1", Role.HEAD, true, 12, 20, 5),
                officer("CB-1", Role.STAFF, false, 12, 20, 5))), "TP-1");
        assertThat(byRule(below, "LD-C")).singleElement().satisfies(x -> assertThat(x.message())
                .isEqualTo("Đơn vị Phòng Cảnh sát giao thông hoàn thành 10/40 nhiệm vụ được giao, dưới 27,5%"));
        assertThat(byRule(below, "QD366-DV")).singleElement().satisfies(x -> assertThat(x.message())
                .endsWith("hoàn thành 10/40 nhiệm vụ được giao, dưới 27,5%"));
    }

    // ---- sessions reused from unit to unit: each unit's total is its own ----------------------------------------

    @Test
    void manyUnitsInOneCall_eachLeaderJudgedOnItsOwnUnitOnly() {
        List<Dossier> all = new ArrayList<>();
        List<Boolean> below = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "U" + i;
            Unit u = Unit.of(id, "Đội " + i);
            boolean isBelow = i % 3 == 1;
            int year = 2024 + i % 3;
            below.add(isBelow);
            all.add(new Dossier(new Period(year), u, Officer.builder("TP-" + i, id, Role.HEAD).name("A")
                    .monthsWorked(12).partyMember(true).tasks(10, isBelow ? 2 : 10, isBelow ? 2 : 10, isBelow ? 2 : 10)
                    .scores(28, 60).build()));
            all.add(new Dossier(new Period(year), u, Officer.builder("CB-" + i, id, Role.STAFF).name("B")
                    .monthsWorked(12).tasks(10, isBelow ? 2 : 10, isBelow ? 2 : 10, isBelow ? 2 : 10)
                    .scores(28, 60).build()));
        }
        AssessmentReport r = Dossiers.standard().assessAll(all);
        for (int i = 0; i < 12; i++) {
            Assessment head = of(r, "TP-" + i);
            int year = 2024 + i % 3;
            String party = year <= 2024 ? "QD124-DV" : "QD366-DV";
            assertThat(byRule(head, party)).as("unit %d", i).hasSize(below.get(i) ? 1 : 0);
            assertThat(byRule(head, "LD-C")).as("unit %d", i).hasSize(below.get(i) && year <= 2025 ? 1 : 0);
            byRule(head, party).forEach(x -> assertThat(x.message()).contains(" 4/20 "));
        }
    }

    // ---- counts as longs through the public API ------------------------------------------------------------------

    @Test
    void year2026_officerWithLongTaskCounts_allDoneOnTimeAtQuality_getsAll70TaskPoints() {
        // Tasks is a record of longs (c79226b: "Tasks now keeps longs"), and Officer accepts any Tasks. TotalScore.of
        // documents task points = 70 × (quantity% + quality% + progress%) / 3: every task completed, on time and at
        // quality is 70 points, so 28 + 70 = 98, Hoàn thành xuất sắc in an outstanding unit (no quota).
        long n = 4_000_000_000_000_000_000L;
        Officer o = new Officer("CB-1", "Nguyễn Văn An", UNIT, Optional.empty(), Role.STAFF, false, 12,
                new Tasks(n, n, n, n), Optional.of(new Scores(28, Optional.empty())), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Unit outstanding = new Unit(UNIT, "Phòng Cảnh sát giao thông", Optional.empty(), true);
        Assessment a = Dossiers.standard().assess(new Dossier(new Period(2026), outstanding, o));
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    // ---- a policy officer's copy of xep-loai.drl, exported before 43c1f69 ----------------------------------------

    private static byte[] resource(String name) {
        try (var in = UnitShareAttackTest.class.getResourceAsStream("attack/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new AssertionError("test resource " + name, e);
        }
    }

    @Test
    void xepLoaiExportedBeforeTheChange_stillCompilesAndRatesTheLeader() {
        // export-criteria wrote the whole xep-loai.drl of the previous version (accumulates, ND90-DV for 2025 only);
        // loaded in place of the shipped one it must still build and apply NĐ 90 Điều 11 khoản 2 điểm c
        Assessor old = Assessor.builder().rules(PolicyEditTest.replace(StandardCriteria.FOLDER + "xep-loai.drl",
                bytes -> resource("xep-loai-before-43c1f69.drl"))).build();
        for (int year : new int[] {2024, 2025, 2026}) {
            AssessmentReport r = old.assessAll(unit(year, officer("TP-1", Role.HEAD, true, 12, 10, 2),
                    officer("CB-1", Role.STAFF, false, 12, 10, 2)));
            Assessment head = of(r, "TP-1");
            assertThat(byRule(head, "LD-C")).as("%d", year).hasSize(year <= 2025 ? 1 : 0);
            assertThat(byRule(head, year <= 2024 ? "QD124-DV" : "QD366-DV")).as("%d", year).hasSize(1);
        }
    }

    private static final String DV_NV = "DV-NV tổng nhiệm vụ của đơn vị có người lãnh đạo";
    private static final String ND90_DV = "ND90-DV tổng nhiệm vụ của đơn vị có người lãnh đạo (đến 2025)";

    /** The shipped criteria with the old "ND90-DV" rule appended, as a merge that kept it would leave them. */
    private static Assessor mergedWithOldNd90Dv() {
        String oldRule = new String(resource("xep-loai-before-43c1f69.drl"), java.nio.charset.StandardCharsets.UTF_8);
        int start = oldRule.indexOf("rule \"ND90-DV");
        int end = oldRule.indexOf("\nend\n", start) + 5;
        String nd90dv = oldRule.substring(start, end);
        assertThat(nd90dv).startsWith("rule \"" + ND90_DV + "\"").contains("insert(UnitTasks.of($u, $ds));");
        return Assessor.builder().rules(PolicyEditTest.replace(StandardCriteria.FOLDER + "xep-loai.drl",
                bytes -> (new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n" + nd90dv + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    @Test
    void editedCopyKeepingTheOldNd90DvRuleBesideDvNv_eachUnitWithALeaderFailsNamingBothRules() {
        // a policy officer merges the new xep-loai.drl into an edited copy that kept the old "ND90-DV" rule: two rules
        // now insert the unit's total up to 2025. README: the unit's total is computed "once per unit with a leader";
        // before, each leader got LD-C (and QD124-DV / QD366-DV) twice from the doubled total. Now the second total
        // stops the unit with a message naming both rules, the type and the unit; the batch goes on with the others.
        Assessor merged = mergedWithOldNd90Dv();
        for (int year : new int[] {2024, 2025}) {
            AssessmentException e = assertThrows(AssessmentException.class,
                    () -> merged.assessAll(unit(year, officer("TP-1", Role.HEAD, false, 12, 10, 2),
                            officer("CB-1", Role.STAFF, false, 12, 10, 2))), "year " + year);
            // both rules activate together with the same salience: either may fire first
            assertThat(e.getMessage()).as("%d", year).isIn(
                    GuardMessages.derivedTwice(ND90_DV, DV_NV, "UnitTasks", UNIT, ""),
                    GuardMessages.derivedTwice(DV_NV, ND90_DV, "UnitTasks", UNIT, ""));
            assertThat(e.getMessage()).as("%d", year)
                    .contains("\"" + DV_NV + "\"", "\"" + ND90_DV + "\"")
                    .contains("tổng nhiệm vụ (UnitTasks) thứ hai của đơn vị \"PC08\"")
                    .contains("mỗi đơn vị chỉ có một, các quy tắc đọc nó sẽ kết luận hai lần")
                    .contains("a second UnitTasks for unit \"PC08\"");
            assertThat(e.rule()).as("%d", year).get().isIn(DV_NV, ND90_DV);
        }
    }

    @Test
    void editedCopyKeepingTheOldNd90DvRule_unitsNothingInsertsTwiceForAreStillAssessed() {
        Assessor merged = mergedWithOldNd90Dv();
        // no leader: neither DV-NV nor ND90-DV fires (both need one), so the staff are rated as with the shipped rules
        List<Dossier> staffOnly = unit(2025, officer("CB-1", Role.STAFF, false, 12, 10, 2),
                officer("CB-2", Role.STAFF, false, 12, 10, 10));
        AssessmentReport r = merged.assessAll(staffOnly);
        AssessmentReport shipped = Dossiers.standard().assessAll(staffOnly);
        assertThat(r.assessments()).extracting(Assessment::rating)
                .containsExactlyElementsOf(shipped.assessments().stream().map(Assessment::rating).toList());
        assertThat(r.firedRules()).noneMatch(x -> x.startsWith("DV-NV ") || x.startsWith("ND90-DV "));
        assertThat(r.assessments()).extracting(Assessment::reasons)
                .containsExactlyElementsOf(shipped.assessments().stream().map(Assessment::reasons).toList());
        // 2026 (NĐ 335/2025): ND90-DV is for up to 2025 only, DV-NV alone inserts the total, the leader is assessed
        List<Dossier> withLeader = unit(2026, officer("TP-1", Role.HEAD, false, 12, 10, 2),
                officer("CB-1", Role.STAFF, false, 12, 10, 2));
        AssessmentReport r2026 = merged.assessAll(withLeader);
        AssessmentReport shipped2026 = Dossiers.standard().assessAll(withLeader);
        assertThat(r2026.firedRules()).contains(DV_NV).doesNotContain(ND90_DV);
        assertThat(r2026.assessments()).extracting(Assessment::rating)
                .containsExactlyElementsOf(shipped2026.assessments().stream().map(Assessment::rating).toList());
        assertThat(r2026.assessments()).extracting(Assessment::reasons)
                .containsExactlyElementsOf(shipped2026.assessments().stream().map(Assessment::reasons).toList());
    }

    // =============================================================================================================
    // Second pass (brief a–f). Expectations from NĐ 90/2020 Điều 11 khoản 2 điểm c ("dưới 50%", up to 2025),
    // QĐ 124 / QĐ 366 and the README table "Legal basis and project defaults".
    // =============================================================================================================

    private static Officer leader(String id, Role role, boolean party, int months, int a, int c, int t, int q) {
        return Officer.builder(id, UNIT, role).name("Trần Văn " + id).monthsWorked(months).partyMember(party)
                .tasks(a, c, t, q).scores(28, 60).build();
    }

    private static boolean nd90UnitRuleOrFlag(Assessment a) {
        return a.reasons().stream().anyMatch(x -> x.rule().startsWith("LD-C ") || x.rule().startsWith("ND90-TOT-C")
                || x.rule().startsWith("ND90-HT-C") || x.criterion().equals("ND90-TOT-C")
                || x.criterion().equals("ND90-HT-C"))
                || a.reviewFlags().stream().anyMatch(f -> f.code().equals("ND90-TOT-C") || f.code().equals("ND90-HT-C"));
    }

    /** a) 2026 (NĐ 335/2025): UnitTasks now exists every year, yet no NĐ 90 unit rule or flag may apply. */
    @Test
    void a1_year2026_unitAt30Percent_noLdcNoNd90TotCNoNd90HtC_withTaskScores() {
        AssessmentReport r = Dossiers.standard().assessAll(unit(2026,
                leader("TP-1", Role.HEAD, true, 12, 10, 3, 3, 3), leader("CB-1", Role.STAFF, false, 12, 10, 3, 3, 3)));
        Assessment head = of(r, "TP-1");
        assertThat(nd90UnitRuleOrFlag(head)).as("reasons %s flags %s", head.reasons(), head.reviewFlags()).isFalse();
        // the party rule of QĐ 366 still applies (6/20 = 30% < 50%)
        assertThat(byRule(head, "QD366-DV")).hasSize(1);
    }

    @Test
    void a2_year2026_unitAt30Percent_noNd90UnitRule_withGeneralScoreOnly() {
        Officer head = Officer.builder("TP-1", UNIT, Role.HEAD).name("Trần Văn A").monthsWorked(12).partyMember(true)
                .tasks(10, 3, 3, 3).generalScore(28).build();
        Officer staff = Officer.builder("CB-1", UNIT, Role.STAFF).name("Nguyễn Văn B").monthsWorked(12)
                .tasks(10, 3, 3, 3).generalScore(28).build();
        Assessment a = of(Dossiers.standard().assessAll(unit(2026, head, staff)), "TP-1");
        assertThat(nd90UnitRuleOrFlag(a)).as("reasons %s flags %s", a.reasons(), a.reviewFlags()).isFalse();
        assertThat(byRule(a, "QD366-DV")).hasSize(1);
    }

    @Test
    void a3_year2025_unitUnder80PercentOnTime_nd90TotCStillCapsTheLeader() {
        // NĐ 90 Điều 9 khoản 2 điểm c: tốt needs the unit to complete all, ≥ 80% on time and at quality.
        // Head 10/10/10/10 (own tasks perfect), staff 10/10/4/10: unit on time 14/20 = 70% < 80%.
        AssessmentReport r = Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, false, 12, 10, 10, 10, 10),
                leader("CB-1", Role.STAFF, false, 12, 10, 10, 4, 10)));
        Assessment head = of(r, "TP-1");
        assertThat(head.reasons()).filteredOn(x -> x.criterion().equals("ND90-TOT-C")).hasSize(1);
        assertThat(byRule(head, "LD-C")).isEmpty();
        assertThat(head.rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    /** b) README: "a deputy's field is the whole unit" — a unit led by a deputy only. */
    @Test
    void b_deputyOnlyUnit_2025_ldcAppliesToTheDeputy() {
        AssessmentReport r = Dossiers.standard().assessAll(unit(2025,
                leader("PP-1", Role.DEPUTY_HEAD, false, 12, 10, 4, 4, 4),
                leader("CB-1", Role.STAFF, false, 12, 10, 4, 4, 4)));
        Assessment deputy = of(r, "PP-1");
        assertThat(byRule(deputy, "LD-C")).singleElement().satisfies(x -> assertThat(x.message())
                .isEqualTo("Đơn vị Phòng Cảnh sát giao thông hoàn thành 8/20 nhiệm vụ được giao, dưới 50%"));
        assertThat(deputy.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(byRule(of(r, "CB-1"), "LD-C")).isEmpty();
    }

    /** c) Nothing assigned: nothing is "dưới 50%". */
    @Test
    void c_leaderAndStaffWithZeroAssigned_noLdcNoQd366Dv() {
        for (int year : new int[] {2024, 2025, 2026}) {
            AssessmentReport r = Dossiers.standard().assessAll(unit(year,
                    leader("TP-1", Role.HEAD, true, 12, 0, 0, 0, 0), leader("PP-1", Role.DEPUTY_HEAD, true, 12, 0, 0, 0, 0),
                    leader("CB-1", Role.STAFF, true, 12, 0, 0, 0, 0), leader("CB-2", Role.STAFF, false, 12, 0, 0, 0, 0)));
            for (String id : List.of("TP-1", "PP-1")) {
                Assessment a = of(r, id);
                assertThat(byRule(a, "LD-C")).as("%d %s", year, id).isEmpty();
                assertThat(byRule(a, "QD366-DV")).as("%d %s", year, id).isEmpty();
                assertThat(byRule(a, "QD124-DV")).as("%d %s", year, id).isEmpty();
                assertThat(a.rating()).as("%d %s", year, id).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
                assertThat(a.partyRating()).as("%d %s", year, id).isNotEqualTo(Optional.of(RatingLevel.KHONG_HOAN_THANH));
            }
        }
    }

    /** d) Not rated (3 months) still counts in the unit's sums, as the accumulate over every officer did. */
    @Test
    void d_notRatedOfficer_countsInTheUnitSums_bothWays() {
        // pulls the unit below: head 10/10 + not-rated 0/30 = 10/40 = 25%
        AssessmentReport down = Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, true, 12, 10, 10, 10, 10), leader("CB-1", Role.STAFF, false, 3, 30, 0, 0, 0)));
        assertThat(of(down, "CB-1").notRated()).isTrue();
        assertThat(byRule(of(down, "TP-1"), "LD-C")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains(" 10/40 nhiệm vụ được giao, dưới 50%"));
        assertThat(byRule(of(down, "TP-1"), "QD366-DV")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains(" 10/40 nhiệm vụ được giao, dưới 50%"));
        // lifts the unit above: head 2/10 + not-rated 30/30 = 32/40 = 80%
        AssessmentReport up = Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, true, 12, 10, 2, 2, 2), leader("CB-1", Role.STAFF, false, 3, 30, 30, 30, 30)));
        assertThat(byRule(of(up, "TP-1"), "LD-C")).isEmpty();
        assertThat(byRule(of(up, "TP-1"), "QD366-DV")).isEmpty();
        // a not-rated leader is still a leader of the unit for the sums (DV-NV: "once per unit with a leader")
        AssessmentReport notRatedHead = Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, true, 3, 10, 1, 1, 1), leader("PP-1", Role.DEPUTY_HEAD, true, 12, 10, 1, 1, 1),
                leader("CB-1", Role.STAFF, false, 12, 20, 2, 2, 2)));
        assertThat(byRule(of(notRatedHead, "PP-1"), "LD-C")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains(" 4/40 "));
    }

    /** e) Several leaders in one unit: one LD-C each, never one per leader per leader. */
    @Test
    void e_severalLeaders_eachGetsExactlyOneLdc() {
        for (int year : new int[] {2024, 2025}) {
            AssessmentReport r = Dossiers.standard().assessAll(unit(year,
                    leader("TP-1", Role.HEAD, true, 12, 10, 2, 2, 2), leader("TP-2", Role.HEAD, false, 12, 10, 2, 2, 2),
                    leader("PP-1", Role.DEPUTY_HEAD, true, 12, 10, 2, 2, 2),
                    leader("PP-2", Role.DEPUTY_HEAD, false, 12, 10, 2, 2, 2),
                    leader("CB-1", Role.STAFF, true, 12, 10, 2, 2, 2)));
            for (String id : List.of("TP-1", "TP-2", "PP-1", "PP-2")) {
                Assessment a = of(r, id);
                assertThat(byRule(a, "LD-C")).as("%d %s", year, id).singleElement()
                        .satisfies(x -> assertThat(x.message()).isEqualTo(
                                "Đơn vị Phòng Cảnh sát giao thông hoàn thành 10/50 nhiệm vụ được giao, dưới 50%"));
                assertThat(a.reasons()).as("%d %s ND90-TOT-C", year, id)
                        .filteredOn(x -> x.criterion().equals("ND90-TOT-C")).hasSizeLessThanOrEqualTo(1);
                String party = year <= 2024 ? "QD124-DV" : "QD366-DV";
                boolean member = id.equals("TP-1") || id.equals("PP-1");
                assertThat(byRule(a, party)).as("%d %s", year, id).hasSize(member ? 1 : 0);
            }
            assertThat(byRule(of(r, "CB-1"), "LD-C")).isEmpty();
        }
    }

    /** f) A three-decimal share: "dưới 27,5%", and exactly 11/40 is not below. */
    @Test
    void f_shareOf0_275_vietnameseCommaAndExactBoundary_2024to2026() {
        Assessor edited = Assessor.builder().rules(PolicyEditTest.replace(TABLES, bytes -> PolicyEditTest.setCell(
                PolicyEditTest.setCell(bytes, "Tham số", "lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.275),
                "Tham số", "qd366.lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.275))).build();
        for (int year : new int[] {2024, 2025, 2026}) {
            String party = year <= 2024 ? "QD124-DV" : "QD366-DV";
            Assessment exact = of(edited.assessAll(unit(year, leader("TP-1", Role.HEAD, true, 12, 30, 8, 8, 8),
                    leader("CB-1", Role.STAFF, false, 12, 10, 3, 3, 3))), "TP-1");
            assertThat(byRule(exact, "LD-C")).as("%d 11/40", year).isEmpty();
            assertThat(byRule(exact, party)).as("%d 11/40", year).isEmpty();
            Assessment below = of(edited.assessAll(unit(year, leader("TP-1", Role.HEAD, true, 12, 30, 8, 8, 8),
                    leader("CB-1", Role.STAFF, false, 12, 10, 2, 2, 2))), "TP-1");
            if (year <= 2025) {
                assertThat(byRule(below, "LD-C")).as("%d", year).singleElement().satisfies(x -> assertThat(x.message())
                        .isEqualTo("Đơn vị Phòng Cảnh sát giao thông hoàn thành 10/40 nhiệm vụ được giao, dưới 27,5%"));
            } else {
                assertThat(byRule(below, "LD-C")).as("%d", year).isEmpty();
            }
            assertThat(byRule(below, party)).as("%d", year).singleElement().satisfies(x -> assertThat(x.message())
                    .endsWith(" 10/40 nhiệm vụ được giao, dưới 27,5%"));
            assertThat(below.reasons()).as("%d no rounded or binary percentage", year)
                    .noneMatch(x -> x.message().contains("27,500") || x.message().contains("0,275")
                            || x.message().contains("28%") || x.message().contains("27.5"));
        }
    }

    /** Boundaries of the NĐ 90 unit rules now reading UnitTasks: ≥ 80% on time, "trên 70%", "dưới 50%", 2025. */
    @Test
    void g_year2025_nd90UnitBoundaries_exactly80OnTime_exactly70_exactly50() {
        // exactly 80% on time and at quality, all completed: Điều 9 khoản 2 điểm c is met, no ND90-TOT-C cap
        Assessment at80 = of(Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, false, 12, 10, 10, 10, 10),
                leader("CB-1", Role.STAFF, false, 12, 10, 10, 6, 6))), "TP-1");
        assertThat(at80.reasons()).filteredOn(x -> x.criterion().equals("ND90-TOT-C") && x.cap().isPresent()).isEmpty();
        // exactly 70% completed: not "trên 70%" (Điều 10 khoản 2 điểm c) nor "dưới 50%": hoàn thành + ND90-HT-C flag
        Assessment at70 = of(Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, false, 12, 10, 10, 10, 10),
                leader("CB-1", Role.STAFF, false, 12, 10, 4, 4, 4))), "TP-1");
        assertThat(byRule(at70, "LD-C")).isEmpty();
        assertThat(at70.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(at70.reviewFlags()).filteredOn(f -> f.code().equals("ND90-HT-C")).hasSize(1);
        // exactly 50% completed: not "dưới 50%"
        Assessment at50 = of(Dossiers.standard().assessAll(unit(2025,
                leader("TP-1", Role.HEAD, true, 12, 10, 10, 10, 10),
                leader("CB-1", Role.STAFF, false, 12, 10, 0, 0, 0))), "TP-1");
        assertThat(byRule(at50, "LD-C")).isEmpty();
        assertThat(byRule(at50, "QD366-DV")).isEmpty();
        assertThat(at50.rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }
}
