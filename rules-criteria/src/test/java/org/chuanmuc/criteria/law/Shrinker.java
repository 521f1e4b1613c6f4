package org.chuanmuc.criteria.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.PriorRating;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Unit;

/**
 * Makes a counter-example small: removes officers (halves, quarters, … single ones) and strips each remaining
 * officer of whatever does not matter, as long as the same invariant still fails. Greedy, to a fixed point or
 * until the budget of re-assessments is spent.
 */
final class Shrinker {
    private final Predicate<GeneratedUnit> stillFails;
    private int budget;

    /**
     * @param stillFails true when the unit still breaks the invariant being shrunk
     * @param budget     the most candidate units to try
     */
    Shrinker(Predicate<GeneratedUnit> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    GeneratedUnit shrink(GeneratedUnit start) {
        GeneratedUnit best = start;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            GeneratedUnit fewer = removeOfficers(best);
            if (fewer != best) {
                best = fewer;
                progress = true;
            }
            GeneratedUnit simpler = simplify(best);
            if (simpler != best) {
                best = simpler;
                progress = true;
            }
        }
        return best;
    }

    private GeneratedUnit removeOfficers(GeneratedUnit u) {
        GeneratedUnit best = u;
        for (int chunk = Math.max(1, best.officers().size() / 2); chunk >= 1; chunk /= 2) {
            int start = 0;
            while (start < best.officers().size() && best.officers().size() > 1 && budget > 0) {
                List<Officer> rest = new ArrayList<>(best.officers());
                rest.subList(start, Math.min(start + chunk, rest.size())).clear();
                if (!rest.isEmpty() && accepts(best.withOfficers(rest))) {
                    best = best.withOfficers(rest);
                } else {
                    start += chunk;
                }
            }
        }
        return best;
    }

    private GeneratedUnit simplify(GeneratedUnit u) {
        GeneratedUnit best = u;
        if (best.unit().rating().isPresent()) {
            GeneratedUnit unrated = best.withUnit(new Unit(u.unit().id(), u.unit().name(), Optional.empty(),
                    u.unit().outstanding()));
            if (accepts(unrated)) {
                best = unrated;
            }
        }
        if (best.officers().stream().anyMatch(o -> o.group().isPresent())) {
            GeneratedUnit ungrouped = best.withOfficers(best.officers().stream().map(o -> with(o, o.role(), Optional.empty(),
                    o.partyMember(), o.monthsWorked(), o.signs(), o.disciplines(), o.styleEvaluations(),
                    o.citizenFeedback(), o.history())).toList());
            if (accepts(ungrouped)) {
                best = ungrouped;
            }
        }
        List<UnaryOperator<Officer>> steps = List.of(
                o -> with(o, o.role(), o.group(), o.partyMember(), o.monthsWorked(), List.of(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()),
                o -> with(o, o.role(), o.group(), o.partyMember(), o.monthsWorked(), o.signs(), List.of(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()),
                o -> with(o, o.role(), o.group(), o.partyMember(), o.monthsWorked(), o.signs(), o.disciplines(),
                        List.of(), List.of(), List.of()),
                o -> with(o, Role.STAFF, o.group(), o.partyMember(), o.monthsWorked(), o.signs(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()),
                o -> with(o, o.role(), o.group(), false, o.monthsWorked(), o.signs(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()),
                o -> with(o, o.role(), o.group(), o.partyMember(), 12, o.signs(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()),
                o -> o.signs().size() > 1 ? with(o, o.role(), o.group(), o.partyMember(), o.monthsWorked(),
                        o.signs().subList(0, 1), o.disciplines(), o.styleEvaluations(), o.citizenFeedback(),
                        o.history()) : o,
                o -> o.signs().size() > 1 ? with(o, o.role(), o.group(), o.partyMember(), o.monthsWorked(),
                        o.signs().subList(1, o.signs().size()), o.disciplines(), o.styleEvaluations(),
                        o.citizenFeedback(), o.history()) : o,
                o -> o.scores().isEmpty() ? o : new Officer(o.id(), o.name(), o.unitId(), o.group(), o.role(),
                        o.partyMember(), o.monthsWorked(), o.tasks(), Optional.empty(), o.signs(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history()));
        for (int i = 0; i < best.officers().size(); i++) {
            for (UnaryOperator<Officer> step : steps) {
                Officer before = best.officers().get(i);
                Officer after = step.apply(before);
                if (after.equals(before) || budget <= 0) {
                    continue;
                }
                List<Officer> changed = new ArrayList<>(best.officers());
                changed.set(i, after);
                if (accepts(best.withOfficers(changed))) {
                    best = best.withOfficers(changed);
                }
            }
        }
        return best;
    }

    private boolean accepts(GeneratedUnit candidate) {
        budget--;
        try {
            return stillFails.test(candidate);
        } catch (IllegalArgumentException e) {
            return false; // the candidate is not a valid unit: keep the larger one
        }
    }

    private static Officer with(Officer o, Role role, Optional<String> group, boolean party, int months,
                                List<SignFinding> signs, List<DisciplineRecord> disciplines,
                                List<StyleEvaluation> style, List<CitizenFeedback> feedback, List<PriorRating> history) {
        return new Officer(o.id(), o.name(), o.unitId(), group, role, party, months, o.tasks(), o.scores(), signs,
                disciplines, style, feedback, history);
    }
}
