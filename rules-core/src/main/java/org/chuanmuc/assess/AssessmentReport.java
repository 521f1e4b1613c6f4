package org.chuanmuc.assess;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chuanmuc.model.RatingLevel;

/**
 * The assessments of a batch, in the order the dossiers were given. Immutable.
 *
 * @param ruleSet     the rules that produced them
 * @param assessments one per dossier, in input order
 */
public record AssessmentReport(RuleSetInfo ruleSet, List<Assessment> assessments) {

    /** @throws NullPointerException when a component is null */
    public AssessmentReport {
        Objects.requireNonNull(ruleSet, "ruleSet");
        assessments = List.copyOf(assessments);
    }

    /** @return how many officers got each level; levels nobody got are absent */
    public Map<RatingLevel, Integer> countByRating() {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (Assessment a : assessments) {
            counts.merge(a.rating(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
