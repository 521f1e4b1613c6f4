package org.chuanmuc.cli.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * Everything a report shows about one assessment run: what {@link HtmlReport} and {@link CsvReport} write.
 *
 * <p>The input file's {@code officers} array is split in two: {@code rows} holds the assessed officers in
 * input order, {@code rejected} the records that could not be assessed, each with its position
 * ({@link RejectedOfficer#index()}). Together they cover the positions {@code 0 … rows.size() +
 * rejected.size() - 1} exactly once, so the position of every row follows: the rows fill, in order, the
 * positions no rejected record holds. {@link #forEachInInputOrder} uses that to interleave them again.
 *
 * @param period   the assessment period
 * @param ruleSet  the rules that produced the assessments
 * @param rows     the assessed officers, in input order
 * @param rejected the rejected records, in any order
 * @param units    the units of the input file, in file order: a unit without an assessed officer gets a section
 *                 too; empty when not known (the sections are then the units of the rows)
 * @param unitErrors the errors of the input's unit records, in input order, each with its JSON path
 *                 ({@code units[1]}): shown with the rejected records, since a broken unit record is a bad record
 *                 of the input even when no officer names it
 */
public record ReportInput(Period period, RuleSetInfo ruleSet, List<ReportRow> rows, List<RejectedOfficer> rejected,
                          List<Unit> units, List<FieldError> unitErrors) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when two rejected records claim the same position, or a position lies
     *                                  outside {@code 0 … rows.size() + rejected.size() - 1}
     */
    public ReportInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ruleSet, "ruleSet");
        rows = List.copyOf(rows);
        units = List.copyOf(units);
        unitErrors = List.copyOf(unitErrors);
        rejected = rejected.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        int total = rows.size() + rejected.size();
        BitSet taken = new BitSet(total);
        for (RejectedOfficer r : rejected) {
            if (r.index() < 0 || r.index() >= total) {
                throw new IllegalArgumentException("rejected record at index " + r.index()
                        + " lies outside the " + total + " input records");
            }
            if (taken.get(r.index())) {
                throw new IllegalArgumentException("two rejected records at index " + r.index());
            }
            taken.set(r.index());
        }
    }

    /**
     * A report of an input whose unit records are all valid.
     *
     * @param period   the assessment period
     * @param ruleSet  the rules that produced the assessments
     * @param rows     the assessed officers, in input order
     * @param rejected the rejected records, in any order
     * @param units    the units of the input file, in file order (see the canonical constructor)
     */
    public ReportInput(Period period, RuleSetInfo ruleSet, List<ReportRow> rows, List<RejectedOfficer> rejected,
                       List<Unit> units) {
        this(period, ruleSet, rows, rejected, units, List.of());
    }

    /**
     * A report of the rows' units only.
     *
     * @param period   the assessment period
     * @param ruleSet  the rules that produced the assessments
     * @param rows     the assessed officers, in input order
     * @param rejected the rejected records, in any order
     */
    public ReportInput(Period period, RuleSetInfo ruleSet, List<ReportRow> rows, List<RejectedOfficer> rejected) {
        this(period, ruleSet, rows, rejected, List.of());
    }

    /**
     * @return the units of the input without an assessed officer (none of their records, or every one rejected),
     *         in file order
     */
    public List<Unit> unitsWithoutRows() {
        Set<String> withRows = new HashSet<>();
        rows.forEach(r -> withRows.add(r.dossier().unit().id()));
        return units.stream().filter(u -> !withRows.contains(u.id())).toList();
    }

    /** @return how many officer records the input held: assessed plus rejected */
    public int totalRecords() {
        return rows.size() + rejected.size();
    }

    /**
     * Visits every input record once, in input order: assessed rows and rejected records interleaved by
     * their position in the input.
     *
     * @param assessed called for each assessed officer
     * @param refused  called for each rejected record
     */
    public void forEachInInputOrder(Consumer<ReportRow> assessed, Consumer<RejectedOfficer> refused) {
        int next = 0;
        int index = 0;
        for (RejectedOfficer r : rejected) {
            while (index < r.index()) {
                assessed.accept(rows.get(next++));
                index++;
            }
            refused.accept(r);
            index++;
        }
        while (next < rows.size()) {
            assessed.accept(rows.get(next++));
        }
    }

    /**
     * @return the quota on the top level per unit and group of similar duties, counted from the rows: units in
     *         the order they first appear, groups likewise within each unit
     */
    public List<QuotaGroup> quotaGroups() {
        return QuotaTally.of(rows);
    }

    /**
     * @return the assessed rows grouped by unit id, units in the order they first appear, rows in input order
     *         within each unit
     */
    public Map<String, List<ReportRow>> rowsByUnit() {
        Map<String, List<ReportRow>> byUnit = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            byUnit.computeIfAbsent(row.dossier().unit().id(), k -> new ArrayList<>()).add(row);
        }
        byUnit.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(byUnit);
    }
}
