package org.chuanmuc.criteria.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Tasks;

/**
 * What the decrees say, written from their published text and nothing else: not from the rule files, the
 * decision table or the session runner. Each method names the clause it encodes. The sources read are listed
 * on {@link LegalOraclePropertyTest}.
 *
 * <p>Where the dossier cannot say what the decree asks (e.g. which tasks were late <em>and</em> below
 * quality), the oracle uses only what the counts prove, so that it never asks for more than the law does.
 */
final class Decree {
    /**
     * NĐ 335/2025 Điều 20 khoản 5 điểm a: "không vượt quá 20% tổng số công chức được xếp loại Hoàn thành tốt
     * nhiệm vụ … trong từng nhóm công chức có nhiệm vụ tương đồng". Before 2026, NĐ 90/2020 Điều 2 khoản 6
     * (added by NĐ 48/2023) caps the share of xuất sắc among all officers of the unit or group at the share the
     * party allows its members, which is reported as 20% of those rated tốt; the oracle applies the same 20% of
     * the final number rated tốt in both regimes, as the project does.
     */
    static final Rational QUOTA_SHARE = Rational.of(20, 100);

    /** The sign of Nghị quyết 04-NQ/TW for embezzlement; a mark of condition d (see the README). */
    static final String EMBEZZLEMENT_SIGN = "NQ4-DD-07";
    /** The sign for waste (gây thất thoát, lãng phí): condition d names "tham ô, tham nhũng, lãng phí". */
    static final String WASTE_SIGN = "NQ4-DD-06";

    private static final Rational SEVENTY = Rational.of(70, 1);

    private Decree() {
    }

    /**
     * The most officers who keep xuất sắc in one group: the largest x with x ≤ p·(T + C − x), the final number
     * rated tốt being the T rated tốt on their own merits plus the C − x candidates moved down, and never more
     * than the C candidates. Found by trying every x with exact fractions, not by the closed form.
     *
     * @param good       T: rated tốt on their own merits
     * @param candidates C: would be xuất sắc without the cap
     */
    static int maxKept(int good, int candidates) {
        int best = 0;
        for (int x = 0; x <= candidates; x++) {
            Rational finalGood = Rational.of(good + candidates - x, 1);
            if (Rational.of(x, 1).compareTo(QUOTA_SHARE.times(finalGood)) <= 0) {
                best = x;
            }
        }
        return best;
    }

    /**
     * Task points: the dossier's when given, otherwise the project's default formula stated in the README
     * ("task points {@code 70 × (quantity% + quality% + progress%) / 3}"), with the shares of
     * NĐ 335/2025 Điều 14: completed, at quality, on time, each over assigned (all 1 when nothing was assigned).
     */
    static Rational taskPoints(Officer o) {
        var given = o.scores().flatMap(s -> s.tasks());
        if (given.isPresent()) {
            return Rational.ofDecimal(given.get());
        }
        Tasks t = o.tasks();
        if (t.assigned() == 0) {
            return SEVENTY;
        }
        return SEVENTY.times(Rational.of((long) t.completed() + t.highQuality() + t.onTime(), 3L * t.assigned()));
    }

    /** NĐ 335/2025: general criteria (max 30) plus task results (max 70). */
    static Rational total(Officer o) {
        double general = o.scores().map(s -> s.general()).orElse(0.0);
        return Rational.ofDecimal(general).plus(taskPoints(o));
    }

    /** NĐ 335/2025 Điều 20 khoản 1–4 điểm a: ≥ 90 xuất sắc, 70 to < 90 tốt, 50 to < 70 hoàn thành, < 50 không. */
    static RatingLevel band(Rational total) {
        if (total.compareTo(Rational.of(90, 1)) >= 0) {
            return RatingLevel.HOAN_THANH_XUAT_SAC;
        }
        if (total.compareTo(SEVENTY) >= 0) {
            return RatingLevel.HOAN_THANH_TOT;
        }
        if (total.compareTo(Rational.of(50, 1)) >= 0) {
            return RatingLevel.HOAN_THANH;
        }
        return RatingLevel.KHONG_HOAN_THANH;
    }

    static Rational completion(Tasks t) {
        return t.assigned() == 0 ? Rational.of(1, 1) : Rational.of(t.completed(), t.assigned());
    }

    static Rational quality(Tasks t) {
        return t.assigned() == 0 ? Rational.of(1, 1) : Rational.of(t.highQuality(), t.assigned());
    }

    /**
     * Who keeps xuất sắc within the cap, best first: from 2026 the higher total score, then the higher
     * completion share, the higher quality share, the smaller officer id; up to 2025 completion, quality, id
     * (the order the issue states; the project's default where the decree leaves it to the unit).
     */
    static Comparator<Officer> precedence(int year) {
        Comparator<Officer> byTasks = Comparator.<Officer, Rational>comparing(o -> completion(o.tasks())).reversed()
                .thenComparing(Comparator.<Officer, Rational>comparing(o -> quality(o.tasks())).reversed())
                .thenComparing(Officer::id);
        if (year >= 2026) {
            return Comparator.<Officer, Rational>comparing(Decree::total).reversed().thenComparing(byTasks);
        }
        return byTasks;
    }

    /**
     * The conditions of Không hoàn thành nhiệm vụ that the officer's dossier proves, each with the citation a
     * reason must carry.
     *
     * <p>From 2026, NĐ 335/2025 Điều 20 khoản 4: a) under 50 points; b) concluded by the competent authority to
     * show degradation (a verified sign of any severity, dated in the year or undated); c) disciplined in the
     * year, khiển trách or heavier, for a violation related to public duties (state discipline); d) for leaders,
     * the unit under their direct charge involved in embezzlement, corruption or waste and handled under the law.
     *
     * <p>Up to 2025, NĐ 90/2020 as amended by NĐ 48/2023 (civil servants, Điều 11; the same letters as the
     * article for public employees, Điều 15). Staff (khoản 1): a) concluded signs of degradation; b) 50% or
     * more of the task criteria not ensuring progress, quality or efficiency (50% included, as the issue and the
     * translated Điều 15 read it; the Vietnamese text found for the article on cán bộ, Điều 7, says "trên 50%",
     * so the boundary deserves a look at the official text); c) disciplined in the year.
     * Leaders (khoản 2): a), b) the same; c) the field or unit in their charge completes under 50% of its targets
     * and tasks; d) corruption or waste in the unit under their direct charge, handled under the law;
     * đ) disciplined in the year. NĐ 48/2023 removed "trong quá trình thực thi nhiệm vụ" from c) and đ) and
     * added to Điều 2 (khoản 5) that party <em>or</em> state discipline in the year gives Không hoàn thành,
     * so the condition holds whatever the violation concerned and whichever system imposed it.
     *
     * @param o    the officer
     * @param unit every officer of the unit (for the unit's task share and its embezzlement)
     * @param year the assessment year
     */
    static List<Condition> conditions(Officer o, List<Officer> unit, int year) {
        List<Condition> out = new ArrayList<>();
        boolean concludedSign = o.signs().stream().anyMatch(s -> s.verified() && s.inYear(year));
        boolean embezzlementInUnit = unit.stream().filter(other -> !other.id().equals(o.id()))
                .flatMap(other -> other.signs().stream())
                .anyMatch(s -> isEmbezzlement(s, year));
        if (year >= 2026) {
            String nd = "335/2025";
            if (total(o).lessThan(Rational.of(50, 1))) {
                out.add(Condition.required(nd, "a", "tổng điểm " + total(o).show() + " dưới 50 (total under 50 points)"));
            }
            if (concludedSign) {
                out.add(Condition.required(nd, "b", "cấp có thẩm quyền kết luận có biểu hiện suy thoái: "
                        + signsOf(o, year) + " (a concluded sign, any severity)"));
            }
            // điểm c names the violation and the form, not the system; Điều 11 khoản 3 điểm a: "bị kỷ luật đảng hoặc
            // kỷ luật hành chính trong năm đánh giá do … vi phạm liên quan đến hoạt động công vụ" (every party form is
            // khiển trách or heavier)
            List<DisciplineRecord> duty = o.disciplines().stream().filter(k -> k.decidedIn(year)
                    && k.relatedToDuties()).toList();
            if (!duty.isEmpty()) {
                out.add(Condition.required(nd, "c", "kỷ luật " + duty.get(0).form().label() + " trong năm vì vi phạm"
                        + " liên quan đến hoạt động công vụ (duty-related discipline in the year)"));
            }
            if (embezzlementInUnit) {
                out.add(leaderEmbezzlement(o, nd, "d"));
            }
            return out.stream().filter(c -> c != null).toList();
        }
        String nd = "90/2020";
        if (concludedSign) {
            out.add(Condition.required(nd, "a", "biểu hiện suy thoái theo kết luận của cấp có thẩm quyền: "
                    + signsOf(o, year) + " (a concluded sign, any severity)"));
        }
        Tasks t = o.tasks();
        if (t.assigned() > 0 && 2L * Math.min(t.onTime(), t.highQuality()) <= t.assigned()) {
            // the share failing is at least max(1 − completed, 1 − onTime, 1 − highQuality) / assigned,
            // and onTime, highQuality ≤ completed: so it is ≥ 50% exactly when 2·min(onTime, highQuality) ≤ assigned
            out.add(Condition.required(nd, "b", "ít nhất 50% nhiệm vụ không bảo đảm tiến độ, chất lượng: "
                    + t.summary() + " (50% or more of the tasks fail progress or quality)"));
        }
        List<DisciplineRecord> any = o.disciplines().stream().filter(k -> k.decidedIn(year)).toList();
        if (!any.isEmpty()) {
            DisciplineRecord k = any.get(0);
            String letter = o.role() == Role.STAFF ? "c" : "đ";
            out.add(new Condition(List.of(nd, "48/2023"), List.of(letter), List.of("khoản 5 điều 2"), true,
                    "bị kỷ luật " + (k.system() == DisciplineSystem.PARTY ? "đảng" : "hành chính") + " "
                            + k.form().label() + " trong năm" + (k.relatedToDuties() ? "" : ", vi phạm không liên quan"
                            + " đến nhiệm vụ") + " (disciplined in the year: NĐ 48/2023 makes any party or state"
                            + " discipline count)"));
        }
        if (o.role() != Role.STAFF) {
            long assigned = unit.stream().mapToLong(x -> x.tasks().assigned()).sum();
            long completed = unit.stream().mapToLong(x -> x.tasks().completed()).sum();
            if (assigned > 0 && 2 * completed < assigned) {
                out.add(Condition.required(nd, "c", "đơn vị hoàn thành " + completed + "/" + assigned
                        + " nhiệm vụ, dưới 50% (the unit completed under 50% of its tasks)"));
            }
        }
        if (embezzlementInUnit) {
            out.add(leaderEmbezzlement(o, nd, "d"));
        }
        return out.stream().filter(c -> c != null).toList();
    }

    /**
     * Condition d for a leader: certain for the head (the whole unit is under their direct charge); for a
     * deputy head the dossier does not say which part of the unit they direct, so the oracle neither demands
     * nor forbids it.
     */
    private static Condition leaderEmbezzlement(Officer o, String nd, String letter) {
        String words = "cán bộ của đơn vị được kết luận tham ô (" + EMBEZZLEMENT_SIGN + ", verified) — người "
                + "lãnh đạo đơn vị (embezzlement in the unit under the leader's charge)";
        return switch (o.role()) {
            case HEAD -> Condition.required(nd, letter, words);
            case DEPUTY_HEAD -> new Condition(List.of(nd), List.of(letter), List.of(), false, words);
            case STAFF -> null;
        };
    }

    /**
     * NĐ 90/2020 Điều 2 khoản 3 (as it stands after NĐ 48/2023): "có thời gian công tác trong năm chưa đủ 06
     * tháng thì không thực hiện việc đánh giá, xếp loại chất lượng … trừ trường hợp nghỉ chế độ thai sản". An
     * officer who worked fewer than 6 months is not rated, so they are neither rated tốt nor a candidate for
     * xuất sắc in the quota pool of their group. The dossier does not record maternity leave.
     */
    static final int MIN_MONTHS = 6;

    /** The most months worked that still leaves room for an absence of 3 months (12 − 3). */
    private static final int MAX_MONTHS_WITH_LONG_ABSENCE = 9;

    /**
     * NĐ 90/2020 Điều 2 khoản 3, second paragraph: "nghỉ không tham gia công tác theo quy định của pháp luật
     * trong năm từ 03 tháng đến dưới 06 tháng thì vẫn thực hiện đánh giá nhưng không xếp loại chất lượng ở mức
     * hoàn thành tốt nhiệm vụ trở lên" (maternity leave is rated on the time actually worked, third paragraph).
     *
     * <p>The decree counts months <em>absent</em>; the dossier has months <em>worked</em>. An officer who worked
     * m months was absent at most 12 − m of them (less if they joined during the year), so an absence of 3 to
     * under 6 months is possible exactly when m ≤ 9, and the officer is rated at all when m ≥ 6: for m in 6–9
     * the dossier neither proves nor rules out the cap (a late hire who worked 7 months was never absent; an
     * officer on 5 months' leave worked 7 too). For m ≥ 10 the absence is at most 2 months, so the cap cannot
     * apply, whatever the rounding of a part month.
     *
     * @return true when the officer is rated (m ≥ 6) and may have been absent 3 to under 6 months (m ≤ 9)
     */
    static boolean mayHaveLongAbsence(int monthsWorked) {
        return monthsWorked >= MIN_MONTHS && monthsWorked <= MAX_MONTHS_WITH_LONG_ABSENCE;
    }

    /**
     * The best state rating that the task counts leave possible up to 2025, and the clause that sets it.
     *
     * @param level  the best level the counts allow ({@link RatingLevel#HOAN_THANH_XUAT_SAC} when the counts
     *               rule nothing out)
     * @param clause the clause that rules the next level out, e.g. {@code "90/2020 Điều 9 khoản 1 điểm b"};
     *               empty when nothing is ruled out
     * @param words  what the counts show, for the failure message
     */
    record Ceiling(RatingLevel level, String clause, String words) {
    }

    /**
     * Up to 2025, the levels above không hoàn thành of NĐ 90/2020 for civil servants (công chức), which
     * NĐ 48/2023 left as they were: Điều 8 (xuất sắc), Điều 9 (tốt), Điều 10 (hoàn thành); khoản 1 for officers
     * without a leading post, khoản 2 for leaders. Each level asks for all of its criteria ("đạt được tất cả các
     * tiêu chí sau đây"):
     *
     * <ul>
     *   <li>Điều 9 khoản 1 điểm b (staff, tốt): "hoàn thành 100% nhiệm vụ … bảo đảm đúng tiến độ, chất lượng,
     *       hiệu quả"; khoản 2 điểm b (leaders, tốt): their own task criteria "đều hoàn thành đúng tiến độ, bảo
     *       đảm chất lượng, hiệu quả". From the counts: completed = on time = at quality = assigned. Điều 8 asks
     *       the same with "hiệu quả cao", so a task late or below quality rules out tốt and xuất sắc.</li>
     *   <li>Điều 9 khoản 2 điểm c (leaders, tốt): the unit or field in their charge "hoàn thành tất cả các chỉ
     *       tiêu, nhiệm vụ, trong đó ít nhất 80% hoàn thành đúng tiến độ, bảo đảm chất lượng"; Điều 8 khoản 2
     *       điểm c (xuất sắc): all of them completed, at least 50% exceeded. For the head, the unit is the whole
     *       unit and its tasks are the sum over its officers (the README's project default). The counts prove at
     *       most min(on time, at quality) tasks both on time and at quality, so the head's tốt and xuất sắc are
     *       ruled out when the unit left a task uncompleted or when min(on time, at quality) &lt; 80% of the
     *       unit's tasks. The levels are read as a ladder: xuất sắc is not allowed where tốt is ruled out (Điều 8
     *       does not repeat the 80%, but a leader whose unit misses it is not rated above one who meets it).
     *       A deputy head's field is not in the dossier: only their own tasks are judged.</li>
     *   <li>Điều 8–10 khoản 2 điểm d (the units under the leader's direct management): the dossier has flat
     *       units with no units under them, so the condition is vacuous and not judged.</li>
     *   <li>Điều 10 (hoàn thành) asks for every task completed with at most 20% not ensuring progress or quality,
     *       and Điều 11 gives không hoàn thành from 50%: between the two, and for a task left uncompleted with
     *       under 50% failing, the decree names no level. The oracle does not judge that gap: it never asks for
     *       hoàn thành or forbids it there, and (d) judges không hoàn thành.</li>
     * </ul>
     *
     * <p>Only the direction the counts prove is checked (never above); the criteria of Điều 3 khoản 1–4 (politics,
     * ethics, style, discipline) are the council's judgement, shown by the assessment's own reasons.
     *
     * @param o    the officer
     * @param unit every officer of the unit (for the head's unit)
     */
    static Ceiling ceiling(Officer o, List<Officer> unit) {
        Tasks t = o.tasks();
        boolean staff = o.role() == Role.STAFF;
        if (!(t.completed() == t.assigned() && t.onTime() == t.assigned() && t.highQuality() == t.assigned())) {
            return new Ceiling(RatingLevel.HOAN_THANH, "90/2020 Điều 9 khoản " + (staff ? "1" : "2") + " điểm b",
                    "own tasks not all completed on time and at quality: " + t.summary()
                            + (staff ? " (Điều 9 khoản 1 điểm b: \"hoàn thành 100% nhiệm vụ … bảo đảm đúng tiến độ,"
                            + " chất lượng\")" : " (Điều 9 khoản 2 điểm b: the leader's own task criteria \"đều hoàn"
                            + " thành đúng tiến độ, bảo đảm chất lượng\")"));
        }
        if (o.role() == Role.HEAD) {
            long assigned = unit.stream().mapToLong(x -> x.tasks().assigned()).sum();
            long completed = unit.stream().mapToLong(x -> x.tasks().completed()).sum();
            long onTime = unit.stream().mapToLong(x -> x.tasks().onTime()).sum();
            long quality = unit.stream().mapToLong(x -> x.tasks().highQuality()).sum();
            String counts = "the unit (sum over its " + unit.size() + " officers) completed " + completed + "/" + assigned
                    + ", on time " + onTime + "/" + assigned + ", at quality " + quality + "/" + assigned;
            if (completed < assigned) {
                return new Ceiling(RatingLevel.HOAN_THANH, "90/2020 Điều 9 khoản 2 điểm c (unit: not all completed)", counts
                        + ": not all of its tasks completed (Điều 9 khoản 2 điểm c and Điều 8 khoản 2 điểm c: \"hoàn"
                        + " thành tất cả các chỉ tiêu, nhiệm vụ\")");
            }
            if (5 * Math.min(onTime, quality) < 4 * assigned) {
                return new Ceiling(RatingLevel.HOAN_THANH, "90/2020 Điều 9 khoản 2 điểm c (unit: under 80%)", counts
                        + ": fewer than 80% of its tasks can have been both on time and at quality (Điều 9 khoản 2"
                        + " điểm c: \"ít nhất 80% hoàn thành đúng tiến độ, bảo đảm chất lượng\")");
            }
        }
        return new Ceiling(RatingLevel.HOAN_THANH_XUAT_SAC, "", "");
    }

    /**
     * Điều 8 khoản 1 điểm b (staff): "trong đó ít nhất 50% nhiệm vụ hoàn thành vượt mức"; khoản 2 điểm c
     * (leaders): "ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức". The dossier has no count of tasks done
     * beyond the required level, so it can never show this condition of xuất sắc. The weakest check the decree
     * justifies: an officer rated xuất sắc up to 2025 carries a review flag, or a reason on the state rating,
     * whose words name the condition ("vượt mức"), so that the council knows the proposal assumes it.
     */
    static final String EXCEEDED = "vượt mức";

    static boolean isEmbezzlement(SignFinding s, int year) {
        return (s.code().equals(EMBEZZLEMENT_SIGN) || s.code().equals(WASTE_SIGN)) && s.verified() && s.inYear(year);
    }

    private static String signsOf(Officer o, int year) {
        return o.signs().stream().filter(s -> s.verified() && s.inYear(year)).map(SignFinding::code).toList().toString();
    }
}
