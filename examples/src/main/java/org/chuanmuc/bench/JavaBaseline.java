package org.chuanmuc.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Regime;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.Unit;

/**
 * The state rating written by hand in plain Java from the decrees and the project defaults the README lists,
 * with the default numbers as constants. It exists to measure what the rules engine costs, and as a second,
 * independent implementation that the tests compare with the rules. It gives no reasons and cannot be edited
 * by policy staff; that is what the rules are for.
 *
 * <ul>
 *   <li>A sign concluded by the competent authority (verified, in the year or undated), of any severity:
 *       Không hoàn thành (NĐ 335/2025 Điều 20 khoản 4 điểm b; NĐ 90/2020 điểm a).</li>
 *   <li>Discipline decided in the year: up to 2025 any party or state discipline gives Không hoàn thành
 *       (NĐ 90/2020 Điều 2 khoản 5 as added by NĐ 48/2023); from 2026 a party or state discipline for a violation
 *       related to duties does (NĐ 335/2025 Điều 20 khoản 4 điểm c, Điều 11 khoản 3 điểm a), and a state one
 *       unrelated to duties caps at Hoàn thành (project default).</li>
 *   <li>Up to 2025: Không hoàn thành when 50% or more of the tasks are not completed, late or below quality,
 *       counted from the task counts as the largest of the three shortfalls (NĐ 90/2020 điểm b); tốt and xuất sắc
 *       need every own task on time and at quality (Điều 8, 9 điểm b), otherwise at most Hoàn thành; a leader
 *       also needs the unit's tasks all completed with at least 80% on time and at quality, which the counts can
 *       only bound: at most Hoàn thành when on time or at quality is under 80% (Điều 9 khoản 2 điểm c).</li>
 *   <li>Fewer than 6 months worked: not rated; the proposal stays but the officer does not count in the quota
 *       (NĐ 90/2020 Điều 2 khoản 3; from 2026 a project default).</li>
 *   <li>From 2026: the score bands of NĐ 335/2025, task points {@code 70 × (quantity + quality + progress) / 3}
 *       when the dossier does not give them.</li>
 *   <li>Leaders: a leader with a concluded sign breaks the duty to set an example (CT05) and is not rated above
 *       the unit's own rating (LD-DV), both project defaults; up to 2025 a leader whose unit completed under 50% of
 *       its tasks is Không hoàn thành (NĐ 90/2020 khoản 2 điểm c); the head of a unit where embezzlement or waste (a
 *       verified {@code NQ4-DD-07} or {@code NQ4-DD-06}) was concluded in the year is Không hoàn thành (điểm d).</li>
 *   <li>Style: 2 unmet style criteria or 5 verified conduct complaints cap at Hoàn thành (project defaults).</li>
 *   <li>The quota: per unit and group with similar duties, at most the largest x with x ≤ 20% × (T + C − x) of the
 *       C candidates keep xuất sắc, T being those rated tốt on their own merits; the others become tốt. Who keeps
 *       it: from 2026 the higher total score, then completion, quality, smaller id; up to 2025 completion,
 *       quality, id. An outstanding unit is not capped. Officers not rated count in neither T nor C.
 *       O(n log n) per unit.</li>
 * </ul>
 */
public final class JavaBaseline {
    /** The cap on xuất sắc: 20% of the final number rated tốt (NĐ 335/2025 Điều 20 khoản 5). */
    static final int QUOTA_PERCENT = 20;
    private static final double MAX_TASK_POINTS = 70;
    /** Fewer months worked than this: not rated (NĐ 90/2020 Điều 2 khoản 3). */
    private static final int MIN_MONTHS = 6;

    private final Set<String> signCodes = new HashSet<>();

    /** @param criteria the catalogue: the signs of degradation it lists are the ones a conclusion can name */
    public JavaBaseline(List<Criterion> criteria) {
        criteria.forEach(c -> c.severity().ifPresent(s -> signCodes.add(c.code())));
    }

    /**
     * @param unit dossiers of one unit in one period
     * @return the state rating of each, in order
     */
    public List<RatingLevel> rate(List<Dossier> unit) {
        Unit u = unit.get(0).unit();
        int year = unit.get(0).period().year();
        Regime regime = unit.get(0).period().regime();
        long assigned = 0;
        long completed = 0;
        long onTime = 0;
        long highQuality = 0;
        boolean embezzlement = false;
        for (Dossier d : unit) {
            assigned += d.officer().tasks().assigned();
            completed += d.officer().tasks().completed();
            onTime += d.officer().tasks().onTime();
            highQuality += d.officer().tasks().highQuality();
            for (SignFinding s : d.officer().signs()) {
                embezzlement |= s.verified() && s.inYear(year)
                        && (s.code().equals("NQ4-DD-07") || s.code().equals("NQ4-DD-06"));
            }
        }
        boolean unitBelowHalf = assigned > 0 && 2 * completed < assigned;
        // Điều 9 khoản 2 điểm c: every task done and at least 80% both on time and at quality, certainly not met
        // when either count is under 80% (5·count < 4·assigned, in integers)
        boolean unitNotGood = completed < assigned || 5 * Math.min(onTime, highQuality) < 4 * assigned;

        int n = unit.size();
        RatingLevel[] ratings = new RatingLevel[n];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            Officer o = unit.get(i).officer();
            totals[i] = regime == Regime.ND_335_2025 ? total(o) : 0;
            ratings[i] = rate(o, u, year, regime, totals[i], unitBelowHalf, unitNotGood, embezzlement);
        }
        if (!u.outstanding()) {
            applyQuota(unit, regime, totals, ratings);
        }
        return Arrays.asList(ratings);
    }

    private RatingLevel rate(Officer o, Unit u, int year, Regime regime, double total, boolean unitBelowHalf,
                             boolean unitNotGood, boolean embezzlement) {
        RatingLevel r = RatingLevel.HOAN_THANH_XUAT_SAC;
        for (SignFinding s : o.signs()) {
            if (s.verified() && s.inYear(year) && signCodes.contains(s.code())) {
                r = RatingLevel.KHONG_HOAN_THANH;
            }
        }
        for (DisciplineRecord k : o.disciplines()) {
            if (!k.decidedIn(year)) {
                continue;
            }
            if (regime == Regime.ND_90_2020) {
                r = RatingLevel.KHONG_HOAN_THANH;
            } else if (k.relatedToDuties()) {
                r = RatingLevel.KHONG_HOAN_THANH; // NĐ 335/2025 Điều 11 khoản 3 điểm a: party or administrative
            } else if (k.system() == DisciplineSystem.STATE) {
                r = r.min(RatingLevel.HOAN_THANH);
            }
        }
        Tasks t = o.tasks();
        if (regime == Regime.ND_90_2020) {
            if (t.assigned() > 0 && 2L * Math.min(t.onTime(), t.highQuality()) <= t.assigned()) {
                r = RatingLevel.KHONG_HOAN_THANH;
            }
            if (t.onTime() < t.assigned() || t.highQuality() < t.assigned()) {
                r = r.min(RatingLevel.HOAN_THANH);
            }
        } else if (total < 50) {
            r = RatingLevel.KHONG_HOAN_THANH;
        } else if (total < 70) {
            r = r.min(RatingLevel.HOAN_THANH);
        } else if (total < 90) {
            r = r.min(RatingLevel.HOAN_THANH_TOT);
        }
        java.util.Set<String> unmetCriteria = new java.util.HashSet<>();
        for (StyleEvaluation e : o.styleEvaluations()) {
            if (!e.met()) {
                unmetCriteria.add(e.criterion());
            }
        }
        int unmet = unmetCriteria.size();
        int complaints = 0;
        for (CitizenFeedback f : o.citizenFeedback()) {
            if (f.verified() && f.kind() == FeedbackKind.COMPLAINT && f.inYear(year)
                    && (f.criterion().startsWith("BIET-") || f.criterion().startsWith("PC-NV-"))) {
                complaints++;
            }
        }
        if (unmet >= 2 || complaints >= 5) {
            r = r.min(RatingLevel.HOAN_THANH);
        }
        if (o.role() != Role.STAFF) {
            if (u.rating().isPresent()) {
                r = r.min(u.rating().get());
            }
            if (regime == Regime.ND_90_2020 && unitNotGood) {
                r = r.min(RatingLevel.HOAN_THANH);
            }
            if (regime == Regime.ND_90_2020 && unitBelowHalf) {
                r = RatingLevel.KHONG_HOAN_THANH;
            }
        }
        if (o.role() == Role.HEAD && embezzlement) {
            r = RatingLevel.KHONG_HOAN_THANH;
        }
        return r;
    }

    /** General points plus task points: given, or {@code 70 × (quantity + quality + progress) / 3}. */
    private static double total(Officer o) {
        var scores = o.scores().orElseThrow();
        Tasks t = o.tasks();
        return scores.general() + scores.tasks().orElseGet(
                () -> MAX_TASK_POINTS * (t.completionRatio() + t.qualityRatio() + t.onTimeRatio()) / 3);
    }

    private static void applyQuota(List<Dossier> unit, Regime regime, double[] totals, RatingLevel[] ratings) {
        Map<String, List<Integer>> candidatesByGroup = new HashMap<>();
        Map<String, Integer> goodByGroup = new HashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            if (unit.get(i).officer().monthsWorked() < MIN_MONTHS) {
                continue; // not rated this year: neither tốt nor a candidate
            }
            String group = unit.get(i).officer().group().orElse("");
            if (ratings[i] == RatingLevel.HOAN_THANH_XUAT_SAC) {
                candidatesByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
            } else if (ratings[i] == RatingLevel.HOAN_THANH_TOT) {
                goodByGroup.merge(group, 1, Integer::sum);
            }
        }
        Comparator<Integer> byTasks = Comparator.<Integer>comparingDouble(i -> -unit.get(i).officer().tasks().completionRatio())
                .thenComparingDouble(i -> -unit.get(i).officer().tasks().qualityRatio())
                .thenComparing(i -> unit.get(i).officer().id());
        Comparator<Integer> precedence = regime == Regime.ND_335_2025
                ? Comparator.<Integer>comparingDouble(i -> -totals[i]).thenComparing(byTasks) : byTasks;
        for (var e : candidatesByGroup.entrySet()) {
            List<Integer> candidates = e.getValue();
            long finalCount = goodByGroup.getOrDefault(e.getKey(), 0) + (long) candidates.size();
            // the largest x with 100·x ≤ p·(T + C − x), i.e. x ≤ p·(T + C) / (100 + p), in integers
            long allowed = Math.min(candidates.size(), QUOTA_PERCENT * finalCount / (100 + QUOTA_PERCENT));
            if (allowed >= candidates.size()) {
                continue;
            }
            candidates.sort(precedence);
            for (int k = (int) allowed; k < candidates.size(); k++) {
                ratings[candidates.get(k)] = RatingLevel.HOAN_THANH_TOT;
            }
        }
    }
}
