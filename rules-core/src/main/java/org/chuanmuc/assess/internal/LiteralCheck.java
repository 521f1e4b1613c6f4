package org.chuanmuc.assess.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.LiteralUses;
import org.chuanmuc.assess.internal.guard.LiteralUses.Literal;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Severity;

/**
 * The literals a rule writes where the model takes only a fixed set of values ({@link LiteralUses}), checked on the
 * texts the compiler gets: after the DSL sentences are expanded and the tables converted, so a sentence, a DRL rule
 * and a table cell are checked alike. Each wrong one compiles, then fails at run time or silently never matches:
 * <ul>
 * <li>a level that {@link RatingLevel#of} does not know: every unit the rule fires on is rejected;
 * <li>a string given to an enum's {@code valueOf} that is none of its constants' names: the same;
 * <li>a severity that is no {@link Severity}'s code: the rule never fires;
 * <li>a share of the tasks above 1 (95 for 95%): no count reaches it;
 * <li>a criterion code of the base criteria that their catalogue does not hold: its reasons go out without label
 *     or citation.
 * </ul>
 * A problem is reported at the text's line (a DSLR file keeps its lines when expanded), and for a table at the cell
 * that holds the value when one cell of the rule's row does.
 */
public final class LiteralCheck {
    private static final List<String> LEVELS = Arrays.stream(RatingLevel.values()).map(RatingLevel::label).toList();
    private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).toList();

    private LiteralCheck() {
    }

    /**
     * Checks the levels, enum constants, severities and shares of the texts.
     *
     * @param texts    the texts, after expansion and conversion
     * @param cells    the workbooks, to name a table's cell
     * @param problems receives one diagnostic per wrong literal
     */
    static void values(List<DrlText> texts, ParameterCells cells, List<Diagnostic> all) {
        for (DrlText text : texts) {
            List<Diagnostic> problems = new ArrayList<>();
            LiteralUses uses = LiteralUses.of(text.sourceName(), text.drl());
            for (Literal l : uses.levels()) {
                if (!isLevel(l.value())) {
                    problems.add(at(text, l, GuardMessages.levelUnknown(cell(text, l, cells), l.value(), LEVELS)));
                }
            }
            for (LiteralUses.Constant c : uses.enumTexts()) {
                problems.add(at(text, c.literal(), GuardMessages.enumComparedWithText(cell(text, c.literal(), cells),
                        c.type().getSimpleName(), c.literal().value(), constantNames(c.type()))));
            }
            for (LiteralUses.Constant c : uses.constants()) {
                List<String> names = constantNames(c.type());
                Literal l = c.literal();
                if (!names.contains(l.value())) {
                    String level = c.type() == RatingLevel.class && isLevel(l.value())
                            ? RatingLevel.of(l.value()).name() : "";
                    problems.add(at(text, l, GuardMessages.constantUnknown(cell(text, l, cells),
                            c.type().getSimpleName(), l.value(), names, level)));
                }
            }
            for (Literal l : uses.severities()) {
                // "" is the severity of a criterion without one: comparing with it is a choice, not a typo
                if (!l.value().isEmpty() && !SEVERITIES.contains(l.value())) {
                    problems.add(at(text, l, GuardMessages.severityUnknown(cell(text, l, cells), l.value(),
                            SEVERITIES)));
                }
            }
            for (Literal l : uses.shares()) {
                if (LiteralUses.aboveOne(l.value())) {
                    // read as a percentage, as a person writes it: 95.0d is 95%, to be written 0.95
                    BigDecimal percent = LiteralUses.value(l.value()).orElseThrow();
                    problems.add(at(text, l, GuardMessages.shareAboveOne(cell(text, l, cells), l.value(),
                            percent.stripTrailingZeros().toPlainString(),
                            percent.movePointLeft(2).stripTrailingZeros().toPlainString())));
                }
            }
            capped(text, problems, all);
        }
    }

    /**
     * Adds a text's first diagnostics and counts the rest in one more: a table row copied a thousand times is one.
     *
     * @param text  the text they are about
     * @param found its diagnostics
     * @param all   where they go
     */
    private static void capped(DrlText text, List<Diagnostic> found, List<Diagnostic> all) {
        int max = GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE;
        // in a table, a cell the row's template uses twice (a share compared, then written in the reason) is one
        // mistake, and its two places in the generated text mean nothing to the person editing the sheet; in a
        // rule file, the same wrong literal written twice on a line is two places to correct, each at its column
        boolean table = ParameterCells.isTable(text.sourceName());
        Set<String> seen = new HashSet<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Diagnostic d : found) {
            if (seen.add(d.line() + ":" + (table ? "" : d.column()) + "\n" + d.message())) {
                problems.add(d);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        all.addAll(problems.subList(0, Math.min(max, problems.size())));
        if (problems.size() > max) {
            Diagnostic next = problems.get(max);
            all.add(new Diagnostic(next.source(), next.line(), next.column(),
                    GuardMessages.moreProblems(problems.size() - max)));
        }
    }

    /**
     * Checks that every criterion code a cap or a finding of the base criteria writes as a literal is in the
     * catalogue given with them. The rules of a local folder are not checked: the folder cannot add to the catalogue,
     * and its rules name their own codes and citations.
     *
     * <p>A code sits in a template's code rather than in a cell, so a table's code is reported at its rule row.
     *
     * @param texts the texts the rules were compiled from
     * @param codes the catalogue's codes
     * @return one diagnostic per code not in the catalogue, each where it is written, sorted by place
     */
    public static List<Diagnostic> criteria(List<DrlText> texts, Collection<String> codes) {
        Set<String> known = new HashSet<>(codes);
        List<Diagnostic> problems = new ArrayList<>();
        for (DrlText text : texts) {
            List<Diagnostic> found = new ArrayList<>();
            if (text.local()) {
                continue; // a local folder has no catalogue of its own: its codes (DP-01) are its own business
            }
            for (Literal l : LiteralUses.of(text.sourceName(), text.drl()).criteria()) {
                if (!known.contains(l.value())) {
                    // no cell: a code sits in the template, and the position polished below names the rule row
                    found.add(at(text, l, GuardMessages.criterionNotInCatalogue("", l.value())));
                }
            }
            capped(text, found, problems);
        }
        return DiagnosticPositions.polish(problems, texts).stream()
                .sorted(java.util.Comparator.comparing(Diagnostic::source).thenComparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column))
                .toList();
    }

    /** @return whether {@link RatingLevel#of} finds a level for the text */
    private static boolean isLevel(String text) {
        try {
            RatingLevel.of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the names of an enum's constants, in declaration order */
    private static List<String> constantNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    private static String cell(DrlText text, Literal l, ParameterCells cells) {
        return cells.cellHolding(text, l.line(), l.value()).orElse("");
    }

    private static Diagnostic at(DrlText text, Literal l, String message) {
        return new Diagnostic(text.sourceName(), l.line(), l.column(), message);
    }
}
