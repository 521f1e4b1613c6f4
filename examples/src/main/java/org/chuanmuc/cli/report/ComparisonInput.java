package org.chuanmuc.cli.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Period;

/**
 * Everything a comparison report shows: the comparison of two rule sets on one input file, and the input
 * records that could not be compared.
 *
 * @param period   the assessment period of the input
 * @param report   the comparison: counts and the officers whose outcome differs
 * @param rejected records that were not compared (invalid data, or rules that failed on their unit), sorted
 *                 by position in the input
 */
public record ComparisonInput(Period period, RuleSetComparison.Report report, List<RejectedOfficer> rejected) {

    /** @throws NullPointerException when a component is null */
    public ComparisonInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(report, "report");
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedOfficer::index)).toList();
    }

    /**
     * @return how many officers moved in the state matrix ({@link RuleSetComparison.OfficerChange#ratingChanged()}):
     *         another level, or rated under one rule set only
     */
    public int ratingChanges() {
        return (int) report.changes().stream().filter(RuleSetComparison.OfficerChange::ratingChanged).count();
    }
}
