package org.chuanmuc.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;

/**
 * The comparison as plain text for people: both rule sets, the level matrices, the units whose officers
 * changed level, and every officer whose outcome differs with the reasons and flags that appeared
 * ({@code +}) and disappeared ({@code −}); a reason shows its criterion's label and legal citation, as in the CSV and
 * HTML formats.
 */
public final class ComparisonSummary {
    private ComparisonSummary() {
    }

    /**
     * Writes the summary as UTF-8 text. The stream is flushed, not closed.
     *
     * @param input the comparison
     * @param out   where to write
     * @throws IOException when writing fails
     */
    public static void write(ComparisonInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(input, "input");
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        RuleSetComparison.Report report = input.report();
        p.println(ComparisonWords.title(input.period().year()));
        p.println("  " + ComparisonWords.BASE + ": " + ComparisonWords.ruleSet(report.base()));
        p.println("  " + ComparisonWords.CHANGED + ": " + ComparisonWords.ruleSet(report.changed()));
        p.println();
        p.println(ComparisonWords.summary(report.officers(), report.changes().size(), input.ratingChanges(),
                input.rejected().size()));
        if (!report.renamedRules().isEmpty()) {
            p.println(ComparisonWords.RENAMED + ": " + ReportText.number(report.renamedRules().size()));
            report.renamedRules().forEach(r -> p.println("  " + ComparisonWords.renamed(r)));
        }
        p.println();
        matrix(p, ComparisonWords.STATE_MATRIX, report.state());
        if (report.party().total() > 0) {
            p.println();
            matrix(p, ComparisonWords.PARTY_MATRIX, report.party());
        }
        List<RuleSetComparison.UnitCounts> moved = report.units().stream()
                .filter(u -> u.state().moved() + u.party().moved() > 0).toList();
        if (!moved.isEmpty()) {
            p.println();
            p.println(ComparisonWords.UNITS + ":");
            for (RuleSetComparison.UnitCounts unit : moved) {
                p.println("  " + ComparisonWords.unit(unit.unitId(), unit.unitName(), unit.state().total(),
                        unit.state().moved()));
                transitions(p, "", unit.state());
                transitions(p, "đảng viên ", unit.party());
            }
        }
        p.println();
        if (report.changes().isEmpty()) {
            p.println(ComparisonWords.NO_CHANGES);
        } else {
            p.println(ComparisonWords.OFFICERS + ": " + ReportText.number(report.changes().size()));
            report.changes().forEach(c -> officer(p, c));
        }
        if (!input.rejected().isEmpty()) {
            p.println();
            p.println(ComparisonWords.REJECTED + ": " + ReportText.number(input.rejected().size()));
            for (RejectedOfficer r : input.rejected()) {
                p.println("  " + (r.officerId().isEmpty() ? ReportText.position(r.index()) : r.officerId())
                        + ComparisonWords.refusedBy(input.side(r)) + ": "
                        + String.join("; ", r.errors().stream().map(ReportText::error).toList()));
            }
        }
        List<List<FieldError>> unitRecords = UnitRecordErrors.byRecord(input.unitErrors());
        if (!unitRecords.isEmpty()) {
            p.println();
            p.println(UnitRecordErrors.heading(unitRecords.size()));
            unitRecords.forEach(record -> p.println("  " + UnitRecordErrors.line(record)));
        }
        p.flush();
        if (p.checkError()) {
            throw new IOException("không ghi được kết quả so sánh (cannot write the comparison)");
        }
    }

    private static void matrix(PrintStream p, String title, RuleSetComparison.LevelMatrix m) {
        List<Standing> shown = ComparisonWords.shown(m);
        p.println(title + ":");
        StringBuilder header = new StringBuilder(String.format("  %-8s", ""));
        for (Standing to : shown) {
            header.append(String.format(column(to) + "s", ComparisonWords.shortLabel(to)));
        }
        p.println(header.append(String.format("%8s", ComparisonWords.TOTAL)));
        for (Standing from : shown) {
            StringBuilder row = new StringBuilder(String.format("  %-8s", ComparisonWords.shortLabel(from)));
            for (Standing to : shown) {
                row.append(String.format(column(to) + "d", m.count(from, to)));
            }
            p.println(row.append(String.format("%8d", m.before(from))));
        }
        StringBuilder total = new StringBuilder(String.format("  %-8s", ComparisonWords.TOTAL));
        for (Standing to : shown) {
            total.append(String.format(column(to) + "d", m.after(to)));
        }
        p.println(total.append(String.format("%8d", m.total())));
    }

    /** @return the format of a column: 7 wide, wider for a longer label */
    private static String column(Standing to) {
        return "%" + Math.max(7, ComparisonWords.shortLabel(to).length() + 1);
    }

    private static void transitions(PrintStream p, String prefix, RuleSetComparison.LevelMatrix m) {
        List<String> moves = new ArrayList<>();
        for (Standing from : Standing.values()) {
            for (Standing to : Standing.values()) {
                if (from != to && m.count(from, to) > 0) {
                    moves.add(ComparisonWords.shortLabel(from) + " → " + ComparisonWords.shortLabel(to) + ": "
                            + m.count(from, to));
                }
            }
        }
        if (!moves.isEmpty()) {
            p.println("    " + prefix + String.join(", ", moves));
        }
    }

    private static void officer(PrintStream p, RuleSetComparison.OfficerChange c) {
        StringBuilder line = new StringBuilder("  ").append(c.officerId());
        if (!c.name().isBlank()) {
            line.append(' ').append(c.name());
        }
        line.append(" (").append(c.unitId()).append("): ")
                .append(ComparisonWords.rating(c.baseRating(), c.baseNotRated()));
        if (c.ratingChanged() || c.baseRating() != c.changedRating()) {
            line.append(" → ").append(ComparisonWords.rating(c.changedRating(), c.changedNotRated()));
        }
        if (c.partyRatingChanged() || !c.baseParty().equals(c.changedParty())) {
            line.append("; đảng viên: ").append(ComparisonWords.party(c.baseParty(), c.baseNotRated())).append(" → ")
                    .append(ComparisonWords.party(c.changedParty(), c.changedNotRated()));
        }
        p.println(line);
        ShownReason.of(c.reasonsAdded()).forEach(r -> p.println("      + " + reason(r)));
        ShownReason.of(c.reasonsRemoved()).forEach(r -> p.println("      − " + reason(r)));
        c.reviewFlagsAdded().forEach(f -> p.println("      + cần xem xét " + flag(f)));
        c.reviewFlagsRemoved().forEach(f -> p.println("      − cần xem xét " + flag(f)));
        c.warningsAdded().forEach(f -> p.println("      + cảnh báo " + flag(f)));
        c.warningsRemoved().forEach(f -> p.println("      − cảnh báo " + flag(f)));
    }

    /** @return {@code "criterion — label — citation — message (cap)"}, the criterion's words as the council reads them */
    private static String reason(ShownReason shown) {
        return ReportText.reason(shown.reason()) + ReportText.cap(shown).map(cap -> " (" + cap + ")").orElse("");
    }

    private static String flag(Flag f) {
        return ReportText.flag(f);
    }
}
