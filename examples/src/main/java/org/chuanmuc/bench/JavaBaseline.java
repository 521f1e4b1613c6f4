package org.chuanmuc.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.chuanmuc.model.Severity;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Unit;

/**
 * The state rating of the standard criteria written by hand in plain Java, with the default numbers of
 * the decision tables as constants. It exists to measure what the rules engine costs, and as a second,
 * independent implementation that the tests compare with the rules. It gives no reasons and cannot be
 * edited by policy staff; that is what the rules are for.
 */
public final class JavaBaseline {
    private final Map<String, Severity> severities = new HashMap<>();

    /** @param criteria the catalogue, for the severity of each sign */
    public JavaBaseline(List<Criterion> criteria) {
        criteria.forEach(c -> c.severity().ifPresent(s -> severities.put(c.code(), s)));
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
        boolean embezzlement = false;
        for (Dossier d : unit) {
            assigned += d.officer().tasks().assigned();
            completed += d.officer().tasks().completed();
            for (SignFinding s : d.officer().signs()) {
                embezzlement |= s.verified() && s.inYear(year) && s.code().equals("NQ4-DD-07");
            }
        }
        boolean unitBelowHalf = assigned > 0 && completed < assigned * 0.5;

        List<RatingLevel> ratings = new ArrayList<>(unit.size());
        for (Dossier d : unit) {
            ratings.add(rate(d.officer(), u, year, regime, unitBelowHalf, embezzlement));
        }
        applyQuota(unit, u, ratings);
        return ratings;
    }

    private RatingLevel rate(Officer o, Unit u, int year, Regime regime, boolean unitBelowHalf,
                             boolean embezzlement) {
        RatingLevel r = RatingLevel.HOAN_THANH_XUAT_SAC;
        boolean leader = o.role() != Role.STAFF;
        for (SignFinding s : o.signs()) {
            if (s.verified() && s.inYear(year)) {
                Severity sev = severities.get(s.code());
                if (sev != null) {
                    r = r.min(sev == Severity.NHE ? RatingLevel.HOAN_THANH : RatingLevel.KHONG_HOAN_THANH);
                }
                if (leader) {
                    r = RatingLevel.KHONG_HOAN_THANH;
                }
            }
        }
        for (DisciplineRecord k : o.disciplines()) {
            if (k.system() == DisciplineSystem.STATE && k.decidedIn(year)) {
                r = r.min(k.relatedToDuties() ? RatingLevel.KHONG_HOAN_THANH : RatingLevel.HOAN_THANH);
            }
        }
        var t = o.tasks();
        if (regime == Regime.ND_90_2020) {
            if (t.onTimeRatio() < 1.0 || t.qualityRatio() < 0.8) {
                r = r.min(RatingLevel.HOAN_THANH_TOT);
            }
            if (t.completionRatio() < 1.0 || t.onTimeRatio() < 0.8) {
                r = r.min(RatingLevel.HOAN_THANH);
            }
            if (t.completionRatio() < 0.5) {
                r = RatingLevel.KHONG_HOAN_THANH;
            }
        } else {
            var scores = o.scores().orElseThrow();
            double tasks = scores.tasks().orElse(70 * (t.completionRatio() + t.qualityRatio() + t.onTimeRatio()) / 3);
            double total = scores.general() + tasks;
            if (total < 50) {
                r = RatingLevel.KHONG_HOAN_THANH;
            } else if (total < 70) {
                r = r.min(RatingLevel.HOAN_THANH);
            } else if (total < 90) {
                r = r.min(RatingLevel.HOAN_THANH_TOT);
            }
        }
        int unmet = 0;
        for (StyleEvaluation e : o.styleEvaluations()) {
            unmet += e.met() ? 0 : 1;
        }
        int complaints = 0;
        for (CitizenFeedback f : o.citizenFeedback()) {
            if (f.verified() && f.kind() == FeedbackKind.COMPLAINT
                    && (f.criterion().startsWith("BIET-") || f.criterion().startsWith("PC-NV-"))) {
                complaints++;
            }
        }
        if (unmet >= 2 || complaints >= 5) {
            r = r.min(RatingLevel.HOAN_THANH);
        }
        if (leader) {
            if (u.rating().isPresent()) {
                r = r.min(u.rating().get());
            }
            if (unitBelowHalf) {
                r = RatingLevel.KHONG_HOAN_THANH;
            }
        }
        if (o.role() == Role.HEAD && embezzlement) {
            r = RatingLevel.KHONG_HOAN_THANH;
        }
        return r;
    }

    private static void applyQuota(List<Dossier> unit, Unit u, List<RatingLevel> ratings) {
        if (u.outstanding()) {
            return;
        }
        long good = ratings.stream().filter(RatingLevel.HOAN_THANH_TOT::equals).count();
        long allowed = (long) Math.floor(good * 20 / 100.0);
        List<Integer> excellent = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i) == RatingLevel.HOAN_THANH_XUAT_SAC) {
                excellent.add(i);
            }
        }
        excellent.sort(Comparator.<Integer>comparingDouble(i -> -unit.get(i).officer().tasks().completionRatio())
                .thenComparingDouble(i -> -unit.get(i).officer().tasks().qualityRatio())
                .thenComparing(i -> unit.get(i).officer().id()));
        for (int k = (int) allowed; k < excellent.size(); k++) {
            ratings.set(excellent.get(k), RatingLevel.HOAN_THANH_TOT);
        }
    }
}
