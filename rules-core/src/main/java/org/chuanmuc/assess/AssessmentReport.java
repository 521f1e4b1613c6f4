package org.chuanmuc.assess;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.chuanmuc.model.RatingLevel;

/**
 * The assessments of a batch, in the order the dossiers were given. Immutable.
 *
 * @param ruleSet     the rules that produced them
 * @param assessments one per dossier, in input order
 * @param firedRules  the names of every rule that fired in the batch, as the engine reports them
 *                    (including rules that only derive facts, such as the parameter table rows), sorted
 */
public record AssessmentReport(RuleSetInfo ruleSet, List<Assessment> assessments, SortedSet<String> firedRules) {

    /** @throws NullPointerException when a component is null */
    public AssessmentReport {
        Objects.requireNonNull(ruleSet, "ruleSet");
        assessments = List.copyOf(assessments);
        firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
    }

    /**
     * A report that does not say which rules fired (e.g. one assembled from stored assessments).
     *
     * @param ruleSet     the rules that produced the assessments
     * @param assessments one per dossier, in input order
     */
    public AssessmentReport(RuleSetInfo ruleSet, List<Assessment> assessments) {
        this(ruleSet, assessments, new TreeSet<>());
    }

    /**
     * @return how many officers got each level; levels nobody got are absent. An officer not rated this year
     *         ({@link Assessment#notRated()}) is counted in no level, whatever level is proposed for information (see
     *         {@link #countNotRated()}), as the command line's summaries count them
     */
    public Map<RatingLevel, Integer> countByRating() {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (Assessment a : assessments) {
            if (!a.notRated()) {
                counts.merge(a.rating(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** @return how many officers are not rated this year ({@link Assessment#notRated()}) */
    public int countNotRated() {
        return (int) assessments.stream().filter(Assessment::notRated).count();
    }
}
