package org.chuanmuc.assess.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.LiteralUses;
import org.chuanmuc.assess.internal.guard.ParameterUses;
import org.chuanmuc.assess.internal.guard.ParameterUses.Given;
import org.chuanmuc.assess.internal.guard.ParameterUses.Read;
import org.chuanmuc.assess.internal.guard.RuleGuard;

/**
 * Every parameter the rules read has exactly one value. A {@code Parameter} fact comes only from a rule that inserts
 * it (a row of the table “Tham số”): a value cell left blank, a deleted row or a misspelt name leaves the rules that
 * read the parameter never firing, without a word, and a row given twice makes them fire once per value. Both are
 * refused here, with the cell or the rule to look at.
 *
 * <p>Costs a walk of the texts' parse the guard made anyway; the workbook is opened again only to name the cell of
 * a problem found.
 */
final class ParameterCheck {
    /** How many rules or parameters a message lists before “…”. */
    private static final int MAX_LISTED = 5;

    private ParameterCheck() {
    }

    /**
     * A parameter a table row gives from its cell as is (a row of “Tham số”, with conditions or without) must be a
     * constant number: a single plain decimal literal ({@link ParameterUses#form}), or a number cell, not formatted
     * as a percentage when the parameter is counted in percent, and not above 1 when it is a share (55 typed for
     * 0.55). The guard's own
     * findings inside such a value (one per unknown word) give way to one message naming the cell and the parameter.
     *
     * @param text     the text examined
     * @param examined what the guard found in it
     * @param cells    the workbooks, to name the cell
     * @return the diagnostics to report for the text
     */
    static List<Diagnostic> values(DrlText text, RuleGuard.Examined examined, ParameterCells cells) {
        if (!ParameterCells.isTable(text.sourceName()) || examined.parameters().isEmpty()) {
            return examined.diagnostics();
        }
        List<Given> wrong = new ArrayList<>();
        List<Diagnostic> messages = new ArrayList<>();
        for (Given g : examined.parameters().get().given()) {
            // every row of a table, with conditions or without: its value cell is what the rules read
            if (g.name().isPresent()) {
                problem(text, g, cells, isShare(g.name().get())).ifPresent(message -> {
                    wrong.add(g);
                    messages.add(new Diagnostic(text.sourceName(), g.line(), g.column(), message));
                });
            }
        }
        if (wrong.isEmpty()) {
            return examined.diagnostics();
        }
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic d : examined.diagnostics()) {
            if (wrong.stream().noneMatch(g -> d.line() == g.line() && d.column() >= g.column()
                    && d.column() < g.endColumn())) {
                result.add(d);
            }
        }
        result.addAll(messages);
        return result;
    }

    /** @return why a value of a table is not a number the rules may read, or empty when it is one */
    private static Optional<String> problem(DrlText text, Given g, ParameterCells cells, boolean share) {
        String name = g.name().orElseThrow();
        boolean number = g.form() == ParameterUses.ValueForm.NUMBER || g.form() == ParameterUses.ValueForm.GROUPED;
        if (number && cells.checkedAtBuild(text)) {
            return Optional.empty(); // its number cells were told from percentages when the library was built
        }
        Optional<ParameterCells.Located> located = cells.locate(text, name, g.line(), g.column());
        String cell = located.map(ParameterCells.Located::address).orElse("");
        Optional<Cell> original = located.flatMap(ParameterCells.Located::cell);
        String value = g.value();
        if (located.isPresent() && !located.get().template().asIs()) {
            // the row's template computes the value ($param / 100.0, a condition's binding): code of the table's
            // author, judged like a rule of a DRL file, not a value typed in a cell
            return Optional.empty();
        }
        return switch (g.form()) {
            // a percent cell holds the fraction it shows (20% is 0.2): right for a ratio, wrong for a parameter counted
            // in percent, which its name says (han-muc.xuat-sac.phan-tram is 20 for 20%)
            case NUMBER -> original.filter(c -> inPercent(name) && ParameterCells.percent(c))
                    .map(c -> GuardMessages.parameterPercent(cell, name, ParameterCells.shown(c, value), value,
                            new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString()))
                    // the mirror mistake: a share written in percent (55 for 55%), above the 100% no count reaches
                    .or(() -> share && new BigDecimal(value).compareTo(BigDecimal.ONE) > 0
                            ? Optional.of(GuardMessages.parameterShareAboveOne(cell, name,
                                    new BigDecimal(value).stripTrailingZeros().toPlainString(),
                                    new BigDecimal(value).movePointLeft(2).stripTrailingZeros().toPlainString()))
                            : Optional.empty());
            case GROUPED -> original.filter(ParameterCells::numeric).isPresent() ? Optional.empty()
                    : Optional.of(GuardMessages.parameterGrouped(cell, name, value, value.replace(".", ""),
                            decimal(value)));
            case LEADING_ZERO -> Optional.of(GuardMessages.parameterLeadingZero(cell, name, value,
                    new BigDecimal(value).toPlainString()));
            // a number cell holds a double: =1/3 has 16 digits after the point that no one typed
            case OUT_OF_RANGE -> original.filter(ParameterCells::numeric).isPresent() && withinRange(value)
                    ? Optional.empty() : Optional.of(GuardMessages.parameterOutOfRange(cell, name, value,
                    ParameterUses.MAX_VALUE.toPlainString(), ParameterUses.MAX_DECIMALS));
            case OTHER -> Optional.of(GuardMessages.parameterNotNumber(cell, name, value));
        };
    }

    /**
     * A share whose name does not say so ({@code nd90.tot.don-vi-dung-han-chat-luong-toi-thieu}) is known by its use:
     * a rule of any text gives its value to a {@code Tasks} share method ({@link LiteralUses#shareParameters}). Its
     * value above 1 (80 typed for 0.8) is refused at its cell, as a {@code ty-le} parameter's is by {@link #values}.
     *
     * @param texts      the texts the guard examined, in the order of {@code parameters}
     * @param parameters what each gives and reads of the parameters
     * @param cells      the workbooks, to name the cell
     * @param problems   where the diagnostics go
     */
    static void sharesByUse(List<DrlText> texts, List<ParameterUses> parameters, ParameterCells cells,
                            List<Diagnostic> problems) {
        java.util.Set<String> shares = new java.util.HashSet<>();
        texts.forEach(text -> shares.addAll(LiteralUses.shareParameters(text.drl())));
        shares.removeIf(ParameterCheck::isShare); // already checked by values()
        if (shares.isEmpty()) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            DrlText text = texts.get(i);
            if (!ParameterCells.isTable(text.sourceName())) {
                continue;
            }
            for (Given g : parameters.get(i).given()) {
                if (g.name().isPresent() && shares.contains(g.name().get())
                        && problem(text, g, cells, false).isEmpty()) {
                    problem(text, g, cells, true).ifPresent(message ->
                            problems.add(new Diagnostic(text.sourceName(), g.line(), g.column(), message)));
                }
            }
        }
    }

    /**
     * @return whether a parameter is counted in percent, by the naming rule of the standard criteria: its name holds
     *         the word {@code phan-tram} (percent: {@code han-muc.xuat-sac.phan-tram}, {@code …phan-tram-toi-da});
     *         other parameters hold plain numbers or ratios ({@code ty-le})
     */
    static boolean inPercent(String name) {
        return name.contains("phan-tram");
    }

    /**
     * @return whether a parameter is a share, a fraction from 0 to 1, by the naming rule of the standard criteria: its
     *         name holds the word {@code ty-le} (ratio: {@code lanh-dao.ty-le-don-vi-toi-thieu},
     *         {@code nd90.ht.ty-le-khong-bao-dam-toi-da})
     */
    static boolean isShare(String name) {
        return name.contains("ty-le");
    }

    /** @return whether a value of a number cell is within the range any value must be in */
    private static boolean withinRange(String value) {
        try {
            return ParameterUses.withinMagnitude(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return a number with three digits after its point read as a decimal: 1.000 → 1.0, 2.500 → 2.5 */
    private static String decimal(String grouped) {
        String plain = new BigDecimal(grouped).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /**
     * Checks the rule set as a whole: each parameter read is given, and none with a value always there is given
     * twice. Run only when every text passed the guard, so that a text refused for another reason does not show up
     * as missing parameters too.
     *
     * @param texts    the texts, in order
     * @param uses     what each text reads and gives, in the same order
     * @param cells    the workbooks, to name cells
     * @param problems receives one diagnostic per problem
     */
    static void coverage(List<DrlText> texts, List<ParameterUses> uses, ParameterCells cells,
                         List<Diagnostic> problems) {
        List<Diagnostic> found = new ArrayList<>();
        check(texts, uses, cells, found);
        // a table row copied a thousand times is one mistake: a hundred lines of it are enough to see it
        Map<String, Integer> perSource = new HashMap<>();
        Map<String, Diagnostic> firstLeftOut = new LinkedHashMap<>();
        for (Diagnostic d : found) {
            if (perSource.merge(d.source(), 1, Integer::sum) <= GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE) {
                problems.add(d);
            } else {
                firstLeftOut.putIfAbsent(d.source(), d);
            }
        }
        firstLeftOut.forEach((source, d) -> problems.add(new Diagnostic(source, d.line(), d.column(),
                GuardMessages.moreProblems(perSource.get(source) - GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE))));
    }

    private static void check(List<DrlText> texts, List<ParameterUses> uses, ParameterCells cells,
                              List<Diagnostic> problems) {
        Map<String, List<Place<Read>>> reads = new LinkedHashMap<>();
        // every giver that may fire: two of them, one always there, give the readers two values
        Map<String, List<Place<Given>>> given = new LinkedHashMap<>();
        // the givers that may not fire, or never do: they give no reader a value it can count on
        Map<String, List<Place<Given>>> idle = new LinkedHashMap<>();
        Set<String> sure = new HashSet<>();
        boolean computedName = false;
        for (int i = 0; i < texts.size(); i++) {
            DrlText text = texts.get(i);
            for (Read r : uses.get(i).reads()) {
                reads.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(new Place<>(text, r));
            }
            for (Given g : uses.get(i).given()) {
                if (g.name().isEmpty()) {
                    // any name may be given: which are missing cannot be told
                    computedName |= g.firing() != ParameterUses.Firing.NEVER;
                    continue;
                }
                String name = g.name().get();
                if (g.firing() != ParameterUses.Firing.NEVER) {
                    given.computeIfAbsent(name, k -> new ArrayList<>()).add(new Place<>(text, g));
                }
                if (g.firing() == ParameterUses.Firing.ALWAYS || g.firing() == ParameterUses.Firing.CONDITIONAL) {
                    sure.add(name);
                } else {
                    idle.computeIfAbsent(name, k -> new ArrayList<>()).add(new Place<>(text, g));
                }
            }
        }
        Map<String, List<Place<Read>>> unmet = new LinkedHashMap<>();
        reads.forEach((name, readers) -> {
            for (Place<Read> r : readers) {
                // under an or, the read needs no value when every parameter of another branch is given
                if (!sure.contains(name) && r.use().alternatives().stream().noneMatch(sure::containsAll)) {
                    unmet.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
                }
            }
        });
        if (!computedName && !unmet.isEmpty()) {
            String unread = unread(reads, given, cells);
            unmet.forEach((name, readers) -> {
                Optional<String> twin = Stream.concat(given.keySet().stream(), idle.keySet().stream())
                        .filter(n -> !n.equals(name) && nfc(n).equals(nfc(name))).findFirst();
                if (idle.containsKey(name)) {
                    String givers = idleList(name, idle.get(name), cells);
                    for (Place<Read> r : readers) {
                        problems.add(new Diagnostic(r.text().sourceName(), r.use().line(), r.use().column(),
                                GuardMessages.parameterNotSurelyGiven(name, givers, r.use().firesWithout())));
                    }
                } else if (twin.isPresent()) {
                    String there = place(given.getOrDefault(twin.get(), idle.get(twin.get())).get(0), twin.get(), cells);
                    String[] differ = differing(name, twin.get());
                    for (Place<Read> r : readers) {
                        problems.add(new Diagnostic(r.text().sourceName(), r.use().line(), r.use().column(),
                                GuardMessages.parameterComposition(name, there, differ[0], differ[1])));
                    }
                } else {
                    missing(name, readers, unread, texts, cells, problems);
                }
            });
        }
        given.forEach((name, places) -> {
            if (places.size() > 1 && places.stream().anyMatch(p -> p.use().always())) {
                String first = place(places.get(0), name, cells);
                for (Place<Given> p : places.subList(1, places.size())) {
                    problems.add(new Diagnostic(p.text().sourceName(), p.use().line(), p.use().column(),
                            GuardMessages.parameterTwice(cells.valueCell(p.text(), name, p.use().line(),
                                    p.use().column()), name, first)));
                }
            }
        });
    }

    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /**
     * @return the part where two names that look alike differ, each as its code points: for "hạn" composed and
     *         decomposed, {@code U+0061 U+0323} and {@code U+1EA1}
     */
    private static String[] differing(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return new String[] {codePoints(a.substring(prefix, a.length() - suffix)),
            codePoints(b.substring(prefix, b.length() - suffix))};
    }

    private static String codePoints(String s) {
        return s.codePoints().limit(MAX_LISTED * 2L).mapToObj(c -> String.format("U+%04X", c))
                .collect(Collectors.joining(" "));
    }

    /**
     * @return the givers of a parameter that may not fire, each with its place and why:
     *         {@code a.drl:6 (enabled false)}
     */
    private static String idleList(String name, List<Place<Given>> givers, ParameterCells cells) {
        List<String> listed = givers.stream().map(p -> place(p, name, cells) + " (" + p.use().attribute() + ")")
                .distinct().toList();
        return listed.size() <= MAX_LISTED ? String.join(", ", listed)
                : String.join(", ", listed.subList(0, MAX_LISTED)) + ", …";
    }

    /** One missing parameter: at its blank value cell when a workbook has one, else at every rule reading it. */
    private static void missing(String name, List<Place<Read>> readers, String unread, List<DrlText> texts,
                                ParameterCells cells, List<Diagnostic> problems) {
        Optional<ParameterCells.Template> template = cells.template(name);
        if (template.isPresent()) {
            ParameterCells.Template t = template.get();
            DrlText table = texts.stream().filter(x -> x.sourceName().equals(t.textName())).findFirst().orElse(null);
            List<ParameterCells.RuleRow> rows = table == null ? List.of() : cells.ruleRows(table).stream()
                    .filter(r -> r.headerRow() == t.tableRow()).toList();
            // Drools makes a rule even of a deleted row (an empty one): a blank cell is found in that case too
            for (ParameterCells.RuleRow row : rows) {
                if (ParameterCells.blank(t, row.row())) {
                    problems.add(new Diagnostic(t.textName(), row.ruleLine(), 1,
                            GuardMessages.parameterBlank(ParameterCells.address(row.row(), t.column()), name,
                                    readerList(readers))));
                    return;
                }
            }
        }
        for (Place<Read> r : readers) {
            problems.add(new Diagnostic(r.text().sourceName(), r.use().line(), r.use().column(),
                    GuardMessages.parameterMissing(name, unread, r.use().firesWithout())));
        }
    }

    /** @return the parameters given and read by no rule, each with its place: perhaps the misspelt name */
    private static String unread(Map<String, List<Place<Read>>> reads, Map<String, List<Place<Given>>> given,
                                 ParameterCells cells) {
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, List<Place<Given>>> e : given.entrySet()) {
            if (!reads.containsKey(e.getKey())) {
                if (listed.size() == MAX_LISTED) {
                    listed.add("…");
                    break;
                }
                listed.add("\"" + GuardMessages.echo(e.getKey()) + "\" (" + place(e.getValue().get(0), e.getKey(), cells)
                        + ")");
            }
        }
        return String.join(", ", listed);
    }

    /** @return where a parameter is given: {@code bang-quyet-dinh.xlsx[Tham số] ô B10} or {@code chuan.drl:12} */
    private static String place(Place<Given> p, String name, ParameterCells cells) {
        String file = fileName(p.text().sourceName());
        if (ParameterCells.isTable(p.text().sourceName())) {
            String cell = cells.valueCell(p.text(), name, p.use().line(), p.use().column());
            if (!cell.isEmpty()) {
                return file + " ô " + cell;
            }
        }
        return file + ":" + p.use().line();
    }

    private static String readerList(List<Place<Read>> readers) {
        List<String> names = readers.stream().map(r -> fileName(r.text().sourceName()) + ":" + r.use().line())
                .distinct().toList();
        return names.size() <= MAX_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, MAX_LISTED)) + ", …";
    }

    /** @return the last segment of a source's name: its file, and the sheet of a workbook */
    private static String fileName(String sourceName) {
        int bracket = sourceName.lastIndexOf(".xlsx[");
        String path = bracket < 0 ? sourceName : sourceName.substring(0, bracket);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return GuardMessages.echo(sourceName.substring(slash + 1));
    }

    /** A read or a given, with its text. */
    private record Place<T>(DrlText text, T use) {
    }
}
