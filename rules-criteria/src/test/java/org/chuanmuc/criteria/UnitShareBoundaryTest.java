package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The leader's unit share, at any value a province writes in the workbook. The decree and the party regulations
 * say "dưới 50%":
 * <ul>
 * <li>Nghị định 90/2020/NĐ-CP, Điều 11 khoản 2 điểm c, as amended by Nghị định 48/2023/NĐ-CP: a leader whose
 *     "cơ quan, tổ chức, đơn vị hoặc lĩnh vực công tác được giao phụ trách hoàn thành dưới 50% các chỉ tiêu, nhiệm
 *     vụ" is rated Không hoàn thành nhiệm vụ (rule {@code LD-C}, cell {@code lanh-dao.ty-le-don-vi-toi-thieu});</li>
 * <li>Quy định 124-QĐ/TW, for party members up to 2024: "hoàn thành dưới 50% chỉ tiêu, nhiệm vụ" (rule
 *     {@code QD124-DV}, the same cell);</li>
 * <li>Quy định 366-QĐ/TW from 2025, 50% as a project default in a cell of its own ({@code QD366-DV},
 *     {@code qd366.lanh-dao.ty-le-don-vi-toi-thieu}).</li>
 * </ul>
 * "Dưới X%" is strictly below, and a unit that completes exactly X% is not below it. The expectation here is
 * worked out in decimal arithmetic from the share as written in the cell, never with the rules' own methods.
 *
 * <p>Shares such as 55% or 68% are not exact in binary floating point: 100 × 0.55 is 55.00000000000001. Before the
 * rules compared the unit's sums in whole numbers, a unit that completed exactly 55 of 100 tasks was "below 55%",
 * and its leader was rated Không hoàn thành nhiệm vụ.
 */
class UnitShareBoundaryTest {
    private static final long SEED = 20_261_204L;
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";
    private static final String UNIT = "PC08";

    @Test
    void leaderUnitShare_belowOnlyWhenStrictlyBelowTheCell_atSharesBinaryCannotHold() {
        SplittableRandom random = new SplittableRandom(SEED);
        // 0.5 is the law's; the others are what a province could write, each inexact in binary
        for (String share : List.of("0.5", "0.55", "0.56", "0.68", "0.7")) {
            BigDecimal cell = new BigDecimal(share);
            Assessor edited = Assessor.builder().rules(withUnitShares(Double.parseDouble(share))).build();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int assigned = assigned(random, cell);
                int completed = completed(random, cell, assigned);
                boolean below = BigDecimal.valueOf(completed).compareTo(cell.multiply(BigDecimal.valueOf(assigned))) < 0;
                for (int year : new int[] {2024, 2025, 2026}) {
                    check(edited, year, assigned, completed, below, cell, random, failures);
                }
            }
            assertThat(failures).as("share %s", share).isEmpty();
        }
    }

    /** Assesses a head (a party member) and some staff whose tasks add up to {@code completed / assigned}. */
    private static void check(Assessor assessor, int year, int assigned, int completed, boolean below, BigDecimal cell,
                              SplittableRandom random, List<String> failures) {
        Unit unit = Unit.of(UNIT, "Phòng Cảnh sát giao thông");
        int staff = random.nextInt(4);
        List<Dossier> dossiers = new ArrayList<>();
        int leftAssigned = assigned;
        int leftCompleted = completed;
        for (int s = 0; s < staff; s++) {
            int a = random.nextInt(leftAssigned / (staff + 1) + 1);
            int c = Math.max(0, Math.min(a, leftCompleted - (leftAssigned - a)));
            c = c + random.nextInt(Math.min(a, leftCompleted) - c + 1);
            leftAssigned -= a;
            leftCompleted -= c;
            dossiers.add(new Dossier(new Period(year), unit, officer("CB-" + s, Role.STAFF, a, c)));
        }
        dossiers.add(0, new Dossier(new Period(year), unit, officer("TP-1", Role.HEAD, leftAssigned, leftCompleted)));
        Assessment head = assessor.assessAll(dossiers).assessments().stream()
                .filter(a -> a.officerId().equals("TP-1")).findFirst().orElseThrow();

        String where = year + ", " + completed + "/" + assigned + " against " + cell.toPlainString();
        boolean stateRule = year <= 2025; // NĐ 90/2020; from 2026 NĐ 335/2025 has no such point
        String partyRule = year <= 2024 ? "QD124-DV" : "QD366-DV";
        expect(head, "LD-C", stateRule && below, completed, assigned, cell, where, failures);
        expect(head, partyRule, below, completed, assigned, cell, where, failures);
        if (stateRule && below && head.rating() != RatingLevel.KHONG_HOAN_THANH) {
            failures.add(where + ": LD-C fired, rated " + head.rating());
        }
        if (below && !head.partyRating().equals(Optional.of(RatingLevel.KHONG_HOAN_THANH))) {
            failures.add(where + ": " + partyRule + " fired, party rating " + head.partyRating());
        }
    }

    private static void expect(Assessment head, String rule, boolean fires, int completed, int assigned,
                               BigDecimal cell, String where, List<String> failures) {
        List<Reason> reasons = head.reasons().stream().filter(r -> r.rule().startsWith(rule + " ")).toList();
        if (reasons.size() != (fires ? 1 : 0)) {
            failures.add(where + ": " + rule + " " + (fires ? "expected" : "not expected") + ", found " + reasons);
            return;
        }
        // the message gives the unit's counts and the share in effect, never a rounded percentage that could read
        // as the share itself (49.6% shown as 50% "below 50%")
        String percent = cell.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
        for (Reason r : reasons) {
            if (!r.message().contains(" " + completed + "/" + assigned + " nhiệm vụ được giao, dưới " + percent)) {
                failures.add(where + ": " + rule + " says " + r.message());
            }
        }
    }

    /** Mostly multiples of the share's denominator (where the boundary is a whole count), sometimes any count. */
    private static int assigned(SplittableRandom random, BigDecimal cell) {
        int denominator = BigDecimal.ONE.movePointRight(cell.scale()).intValueExact();
        return random.nextInt(4) == 0 ? 1 + random.nextInt(3_000) : denominator * (1 + random.nextInt(30));
    }

    /** The boundary count, one either side of it, or any count. */
    private static int completed(SplittableRandom random, BigDecimal cell, int assigned) {
        int boundary = cell.multiply(BigDecimal.valueOf(assigned)).setScale(0, java.math.RoundingMode.CEILING)
                .intValueExact();
        int c = switch (random.nextInt(4)) {
            case 0 -> boundary;
            case 1 -> boundary - 1;
            case 2 -> boundary + 1;
            default -> random.nextInt(assigned + 1);
        };
        return Math.max(0, Math.min(assigned, c));
    }

    private static Officer officer(String id, Role role, int assigned, int completed) {
        return Officer.builder(id, UNIT, role).name("Nguyễn Văn " + id).monthsWorked(12).partyMember(true)
                .tasks(assigned, completed, completed, completed).scores(28, 60).build();
    }

    /** The standard criteria with NĐ 90's (and QĐ 124's) unit share and QĐ 366's both set to {@code share}. */
    private static org.chuanmuc.assess.RuleBundle withUnitShares(double share) {
        return PolicyEditTest.replace(TABLES, bytes -> PolicyEditTest.setCell(
                PolicyEditTest.setCell(bytes, "Tham số", "lanh-dao.ty-le-don-vi-toi-thieu", -1, share),
                "Tham số", "qd366.lanh-dao.ty-le-don-vi-toi-thieu", -1, share));
    }
}
