package org.chuanmuc.cli.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Period;

/**
 * Everything a comparison report shows: the comparison of two rule sets on one input file, and the input
 * records that could not be compared.
 *
 * @param period    the assessment period of the input
 * @param report    the comparison: counts and the officers whose outcome differs
 * @param rejected  records that were not compared (invalid data, or rules that failed on their unit), sorted
 *                  by position in the input
 * @param refusedBy for a record only one rule set refused (a sign code only the other's catalogue holds, rules
 *                  that failed on its unit under one set), that set, by the record's position; a record not here
 *                  was refused by both
 * @param unitErrors the errors of the input's unit records, in input order, each with its JSON path
 *                  ({@code units[1]}): shown after the records not compared
 */
public record ComparisonInput(Period period, RuleSetComparison.Report report, List<RejectedOfficer> rejected,
                              Map<Integer, Side> refusedBy, List<FieldError> unitErrors) {

    /** Which rule set refused a record that was not compared. */
    public enum Side {
        /** The base rule set only: the changed one assessed it. */
        BASE,
        /** The changed rule set only: the base one assessed it. */
        CHANGED,
        /** Both: the data is wrong for either. */
        BOTH;

        /** @return its name in the JSON, {@code base}, {@code changed} or {@code both}, as the rule sets' fields */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @throws NullPointerException when a component is null */
    public ComparisonInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(report, "report");
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedOfficer::index)).toList();
        refusedBy = Map.copyOf(refusedBy);
        unitErrors = List.copyOf(unitErrors);
    }

    /**
     * An input whose unit records are all valid.
     *
     * @param period    the assessment period of the input
     * @param report    the comparison
     * @param rejected  records that were not compared
     * @param refusedBy for a record only one rule set refused, that set, by the record's position
     */
    public ComparisonInput(Period period, RuleSetComparison.Report report, List<RejectedOfficer> rejected,
                           Map<Integer, Side> refusedBy) {
        this(period, report, rejected, refusedBy, List.of());
    }

    /**
     * Records that both rule sets refused.
     *
     * @param period   the assessment period of the input
     * @param report   the comparison
     * @param rejected records that were not compared
     */
    public ComparisonInput(Period period, RuleSetComparison.Report report, List<RejectedOfficer> rejected) {
        this(period, report, rejected, Map.of());
    }

    /** @return which rule set refused a record of {@link #rejected} */
    public Side side(RejectedOfficer record) {
        return refusedBy.getOrDefault(record.index(), Side.BOTH);
    }

    /**
     * @return how many officers moved in the state matrix ({@link RuleSetComparison.OfficerChange#ratingChanged()}):
     *         another level, or rated under one rule set only
     */
    public int ratingChanges() {
        return (int) report.changes().stream().filter(RuleSetComparison.OfficerChange::ratingChanged).count();
    }
}
