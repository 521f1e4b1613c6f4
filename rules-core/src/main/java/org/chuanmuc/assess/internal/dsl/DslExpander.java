package org.chuanmuc.assess.internal.dsl;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.internal.dsl.DslMapping.DslEntry;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;

/**
 * Expands DSLR text into DRL with the sentences of some DSL files: the same steps and results as Drools'
 * {@code DefaultExpander} for the rule files this project writes, with three differences that make it safe on any
 * input.
 * <ul>
 * <li>Keys are matched by re2j in time linear in the line (Drools' expander runs them, and its own rule finder, on
 *     a backtracking engine: a key such as {@code (a+)+b}, or a file with many {@code rule} lines and no
 *     {@code end}, takes exponential or quadratic time there).
 * <li>Every step is budgeted: the length a line may grow to, the number of replacements, the matching work and
 *     the size of the result; a file past a budget gets a diagnostic instead of exhausting memory or time (Drools'
 *     expander substitutes a captured value again when it contains its own placeholder, without end).
 * <li>Every line of the DSLR file stays one line of the DRL (Drools drops block comments and {@code -} lines), so
 *     the guard's and the compiler's line numbers are the lines of the DSLR file. Nothing is ever printed (Drools'
 *     expander prints to standard output for the DSL's {@code #/} options, which are dropped when it is loaded).
 * </ul>
 */
public final class DslExpander {
    private static final String[] NO_LINES = new String[0];

    private final List<DslEntry> conditions = new ArrayList<>();
    private final List<DslEntry> actions = new ArrayList<>();

    /** @param mappings the DSL files whose sentences apply, in order */
    public DslExpander(List<DslMapping> mappings) {
        for (DslMapping mapping : mappings) {
            conditions.addAll(mapping.conditions());
            actions.addAll(mapping.actions());
        }
    }

    /**
     * @param sourceName the DSLR file's name, for diagnostics
     * @param text       the DSLR text
     * @param problems   receives every sentence that matches nothing, and any budget exceeded
     * @return the DRL text, or empty when there was a problem
     */
    public Optional<String> expand(String sourceName, String text, List<Diagnostic> problems) {
        Run run = new Run(sourceName, problems);
        try {
            String drl = run.expand(text);
            return run.failed ? Optional.empty() : Optional.of(drl);
        } catch (OverBudget e) {
            problems.add(new Diagnostic(sourceName, Math.max(1, e.line), 1, e.getMessage()));
            return Optional.empty();
        }
    }

    /** A character followed by the rest of a string from an offset, without copying it. */
    private static final class After implements CharSequence {
        private final char first;
        private final String rest;
        private final int from;

        After(char first, String rest, int from) {
            this.first = first;
            this.rest = rest;
            this.from = from;
        }

        @Override
        public int length() {
            return rest.length() - from + 1;
        }

        @Override
        public char charAt(int index) {
            return index == 0 ? first : rest.charAt(from + index - 1);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start == end) {
                return "";
            }
            return start == 0 ? first + rest.substring(from, from + end - 1)
                    : rest.substring(from + start - 1, from + end - 1);
        }

        @Override
        public String toString() {
            return first + rest.substring(from);
        }
    }

    /** A budget ran out. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        OverBudget(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** The state of one expansion. */
    private final class Run {
        private final String source;
        private final List<Diagnostic> problems;
        private boolean failed;
        private long work;
        private int replacements;
        private List<Map<String, String>> captured = new ArrayList<>();
        private String text;
        private int[] lineBreaks = new int[0];

        Run(String source, List<Diagnostic> problems) {
            this.source = source;
            this.problems = problems;
        }

        String expand(String input) {
            text = removeExpanderLines(blankComments(input));
            lineBreaks = lineBreaks(text);
            StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
            Constructs constructs = new Constructs(text);
            int copied = 0;
            for (Constructs.Construct c = constructs.next(0); c != null; c = constructs.next(c.end())) {
                withoutEnd(constructs, copied, c.start());
                out.append(text, copied, c.start());
                int header = constructs.lineOf(c.headerStart());
                String missing = c.rule() ? constructs.missingWhenOrThen(header) : null;
                int swallowed = c.rule() && missing == null ? constructs.swallowedRule(c) : -1;
                if (missing != null) {
                    // its end comes before the when or then found for it, which belong to the next rule
                    reportMissing(constructs, header, missing);
                    out.append(text, c.start(), c.end());
                } else if (swallowed >= 0) {
                    // its conditions and consequence run on into the next rule: expanding them would accuse that
                    // rule's header and keywords of being sentences that match nothing
                    reportRule(constructs, header, line(constructs.lineStart(swallowed)));
                    out.append(text, c.start(), c.end());
                } else if (c.rule()) {
                    // Drools drops the blanks before "rule"
                    out.append(text, c.headerStart(), c.conditionStart());
                    out.append(conditions(c.conditionStart(), c.conditionEnd()));
                    out.append(text, c.conditionEnd(), c.actionStart());
                    out.append(actions(c.actionStart(), c.actionEnd()));
                    out.append(text, c.actionEnd(), c.end());
                } else {
                    newlines(out, c.start(), c.headerStart()); // Drools drops them; the lines stay here
                    out.append(text, c.headerStart(), c.conditionStart());
                    out.append(conditions(c.conditionStart(), c.conditionEnd()));
                    out.append(text, c.conditionEnd(), c.end());
                }
                copied = c.end();
                if (out.length() > GuardLimits.MAX_SOURCE_CHARS) {
                    throw new OverBudget(line(c.start()), GuardMessages.dslTooLarge(GuardLimits.MAX_SOURCE_CHARS));
                }
            }
            withoutEnd(constructs, copied, text.length());
            out.append(text, copied, text.length());
            if (out.length() > GuardLimits.MAX_SOURCE_CHARS) {
                throw new OverBudget(1, GuardMessages.dslTooLarge(GuardLimits.MAX_SOURCE_CHARS));
            }
            return out.toString();
        }

        /**
         * Reports the rules between two constructs that have no {@code end} below them: Drools' expander leaves such
         * a rule unexpanded, and its sentences then reach the guard word by word ("do" of "lý do" as a loop keyword)
         * instead of the one problem, the missing {@code end}. One diagnostic per rule; the file is not expanded.
         */
        private void withoutEnd(Constructs constructs, int from, int to) {
            eachRule(constructs, from, to, constructs::ruleWithoutEnd, j -> reportRule(constructs, j, 0));
            eachRule(constructs, from, to, constructs::ruleWithoutWhenOrThen,
                    j -> reportMissing(constructs, j, constructs.missingWhenOrThen(j)));
        }

        /**
         * Reports each rule a finder finds in {@code [from, to)}, one after the other.
         *
         * @param find   the first such rule's 0-based line at or after an offset, before an offset; or -1
         * @param report reports the rule of a line
         */
        private void eachRule(Constructs constructs, int from, int to, java.util.function.IntBinaryOperator find,
                              java.util.function.IntConsumer report) {
            for (int j = find.applyAsInt(from, to); j >= 0; ) {
                report.accept(j);
                int next = constructs.lineStart(j + 1);
                j = next >= to ? -1 : find.applyAsInt(next, to);
            }
        }

        /** One diagnostic for the rule on 0-based line {@code j}, which has an end but no {@code when} or {@code then}. */
        private void reportMissing(Constructs constructs, int j, String keyword) {
            report(line(constructs.lineStart(j)), constructs.lineText(j),
                    GuardMessages.dslRuleWithout(ruleName(constructs, j), keyword));
        }

        /** @return the name on the rule header of 0-based line {@code j}, as written after {@code rule} */
        private String ruleName(Constructs constructs, int j) {
            return constructs.lineText(j).strip().substring(4).strip();
        }

        /** One diagnostic for the rule whose header is 0-based line {@code j} of the constructs. */
        private void reportRule(Constructs constructs, int j, int nextRuleLine) {
            report(line(constructs.lineStart(j)), constructs.lineText(j),
                    GuardMessages.dslRuleWithoutEnd(ruleName(constructs, j), nextRuleLine));
        }

        // --- the conditions and consequences of one construct ------------------------------------------

        private String conditions(int from, int to) {
            captured = new ArrayList<>();
            String[] lines = lines(text.substring(from, to));
            int first = line(from);
            String[] expanded = new String[lines.length];
            int lastPattern = -1;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String trimmed = line.trim();
                expanded[i] = line;
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                    continue;
                }
                if (trimmed.startsWith(">")) {
                    expanded[i] = passThrough(line);
                    lastPattern = i;
                    continue;
                }
                expanded[i] = substitute(line, conditions, first + i);
                if (expanded[i].equals(line)) {
                    continue; // reported by substitute
                }
                if (trimmed.startsWith("-")) {
                    if (lastPattern >= 0 && addConstraint(expanded, lastPattern, expanded[i])) {
                        expanded[i] = ""; // Drools removes the line; keeping it empty keeps the line numbers
                    } else {
                        report(first + i, line, GuardMessages.dslNoPattern());
                    }
                } else {
                    lastPattern = i;
                }
            }
            return join(expanded, "");
        }

        private String actions(int from, int to) {
            String[] lines = lines(text.substring(from, to));
            int first = line(from);
            String[] expanded = new String[lines.length];
            StringBuilder comments = new StringBuilder();
            int lastStatement = -1;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String trimmed = line.trim();
                expanded[i] = line;
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                    comments.append(line); // as Drools does: comment text is also put before the consequence
                    continue;
                }
                if (trimmed.startsWith(">")) {
                    expanded[i] = passThrough(line);
                    continue;
                }
                expanded[i] = substitute(line, actions, first + i);
                if (expanded[i].equals(line)) {
                    continue;
                }
                if (trimmed.startsWith("-")) {
                    if (lastStatement >= 0 && addModification(expanded, lastStatement, expanded[i])) {
                        expanded[i] = "";
                    } else {
                        report(first + i, line, GuardMessages.dslNoModify());
                    }
                } else {
                    lastStatement = i;
                }
            }
            return join(expanded, comments.toString());
        }

        private String join(String[] expanded, String prefix) {
            StringBuilder b = new StringBuilder(prefix);
            for (String line : expanded) {
                b.append(line).append('\n');
            }
            if (expanded.length == 0) {
                b.append('\n');
            }
            return b.toString();
        }

        /** Lines as Drools splits a condition or consequence part: the text after the last break is dropped. */
        private String[] lines(String part) {
            String[] all = part.split(part.contains("\r\n") ? "\r\n" : "\n", -1);
            return all.length <= 1 ? NO_LINES : Arrays.copyOf(all, all.length - 1);
        }

        private String passThrough(String line) {
            int at = line.indexOf('>');
            return line.substring(0, at) + " " + line.substring(at + 1);
        }

        /** A {@code -} line adds its constraint inside the first parentheses of the pattern above. */
        private boolean addConstraint(String[] expanded, int pattern, String constraint) {
            String target = expanded[pattern];
            int open = -1;
            int depth = 0;
            for (int i = 0; i < target.length(); i++) {
                char c = target.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) {
                        open = i + 1;
                    }
                } else if (c == ')' && --depth == 0) {
                    String inside = target.substring(open, i);
                    expanded[pattern] = target.substring(0, open) + inside + (inside.isBlank() ? "" : ", ")
                            + constraint.trim() + target.substring(i);
                    return true;
                }
            }
            return false;
        }

        /** A {@code -} line in a consequence adds a term to the last {@code {...}} block of the statement above. */
        private boolean addModification(String[] expanded, int statement, String term) {
            String target = expanded[statement];
            int start = -1;
            int end = -1;
            for (int open = target.indexOf('{'); open >= 0; ) {
                int close = target.indexOf('}', open + 1);
                if (close < 0) {
                    break;
                }
                start = open;
                end = close + 1;
                open = target.indexOf('{', end);
            }
            if (start < 0) {
                return false;
            }
            String inside = target.substring(start + 1, end - 1).trim();
            expanded[statement] = target.substring(0, start) + "{ " + inside + (inside.isEmpty() ? "" : ", ")
                    + term.trim() + " }" + target.substring(end);
            return true;
        }

        // --- sentences ---------------------------------------------------------------------------------

        /**
         * Applies every sentence, in order, to one line: each replaces all its matches, left to right, and goes on
         * searching after the text it put in (as Drools does, so the character before each search is the last one
         * written). One pass per sentence, building the new line as it goes: linear in the line.
         */
        private String substitute(String line, List<DslEntry> entries, int lineNumber) {
            if (entries.isEmpty()) {
                report(lineNumber, line, GuardMessages.dslNoSentences());
                return line;
            }
            String exp = line;
            Map<String, String> values = new HashMap<>();
            for (DslEntry entry : entries) {
                StringBuilder out = new StringBuilder(exp.length() + 16);
                int from = 0;
                while (from < exp.length()) {
                    Matcher m = find(entry, exp, from, out, lineNumber);
                    if (m == null) {
                        break;
                    }
                    int shift = from - (out.length() == 0 ? 0 : 1); // view offsets to offsets of exp
                    int start = m.start(1) + shift;
                    int end = m.end(1) + shift;
                    String value = value(entry, m, values);
                    if (!values.isEmpty() && (captured.isEmpty() || captured.get(captured.size() - 1) != values)) {
                        captured.add(values);
                    }
                    out.append(exp, from, start).append(value);
                    from = end;
                    if (start == end && value.isEmpty()) {
                        // an empty match replaced by nothing would be found again at the same place
                        out.append(exp.charAt(from++));
                    }
                    if (++replacements > GuardLimits.MAX_DSL_REPLACEMENTS) {
                        throw new OverBudget(lineNumber, GuardMessages.dslTooMuchWork());
                    }
                    if (out.length() > GuardLimits.MAX_EXPANDED_LINE_CHARS) {
                        throw new OverBudget(lineNumber,
                                GuardMessages.dslLineTooLong(GuardLimits.MAX_EXPANDED_LINE_CHARS));
                    }
                }
                exp = out.length() == 0 ? exp : out.append(exp, Math.min(from, exp.length()), exp.length()).toString();
            }
            if (exp.equals(line)) {
                report(lineNumber, line, GuardMessages.dslNoMatch(line.strip()));
            }
            return exp;
        }

        /**
         * The next match at or after {@code from}, searched in a view of the line that starts with the character
         * written just before {@code from} (nothing at the start of the line): that character decides whether a
         * key may start at {@code from}. Offsets of the match are offsets of the view.
         */
        private Matcher find(DslEntry entry, String exp, int from, StringBuilder written, int lineNumber) {
            boolean atStart = written.length() == 0 && from == 0;
            CharSequence view = atStart ? exp : new After(written.charAt(written.length() - 1), exp, from);
            Matcher m = (atStart ? entry.first() : entry.later()).matcher(view);
            boolean found = m.find(0);
            work += (long) ((found ? m.end() : view.length()) + 1) * entry.cost();
            if (work > GuardLimits.MAX_DSL_WORK) {
                throw new OverBudget(lineNumber, GuardMessages.dslTooMuchWork());
            }
            return found ? m : null;
        }

        /** The sentence's DRL with its placeholders filled: from this match, else from earlier lines. */
        private String value(DslEntry entry, Matcher m, Map<String, String> values) {
            String v = entry.value();
            StringBuilder b = new StringBuilder(v.length() + 16);
            int i = 0;
            while (i < v.length()) {
                int open = v.indexOf('{', i);
                int close = open < 0 ? -1 : v.indexOf('}', open + 1);
                if (close < 0) {
                    b.append(v, i, v.length());
                    break;
                }
                open = v.lastIndexOf('{', close); // the innermost "{": "{{a}" refers to {a}
                b.append(v, i, open);
                String inner = v.substring(open + 1, close);
                int bang = inner.indexOf('!');
                String name = bang < 0 ? inner : inner.substring(0, bang);
                String function = bang < 0 ? null : inner.substring(bang + 1);
                Integer group = entry.groups().get(name);
                String found;
                if (group != null) {
                    found = String.valueOf(m.group(group));
                    values.put(name, found);
                } else {
                    found = earlier(name);
                }
                b.append(found == null ? "{" + inner + "}" : apply(function, found));
                i = close + 1;
            }
            return b.toString();
        }

        private String earlier(String name) {
            if (name.isEmpty() || !name.codePoints().allMatch(Character::isLetterOrDigit)) {
                return null;
            }
            for (int i = captured.size() - 1; i >= 0; i--) {
                String found = captured.get(i).get(name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private String apply(String function, String value) {
            if (function == null) {
                return value;
            }
            return switch (function) {
                case "uc" -> value.toUpperCase(Locale.ROOT);
                case "lc" -> value.toLowerCase(Locale.ROOT);
                case "ucfirst" -> upperFirst(value);
                default -> value; // other functions are refused when the DSL file is loaded
            };
        }

        private String upperFirst(String value) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isLetter(value.charAt(i))) {
                    return value.substring(0, i) + value.substring(i, i + 1).toUpperCase(Locale.ROOT)
                            + value.substring(i + 1).toLowerCase(Locale.ROOT);
                }
            }
            return value;
        }

        private void report(int lineNumber, String line, String message) {
            failed = true;
            int column = 1;
            while (column <= line.length() && Character.isWhitespace(line.charAt(column - 1))) {
                column++;
            }
            if (problems.stream().filter(d -> d.source().equals(source)).count()
                    < GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE) {
                problems.add(new Diagnostic(source, lineNumber, column, message));
            }
        }

        // --- whole-text steps --------------------------------------------------------------------------

        /** Block comments become blank, keeping their line breaks (Drools removes them, lines and all). */
        private String blankComments(String input) {
            int open = input.indexOf("/*");
            if (open < 0) {
                return input;
            }
            StringBuilder b = new StringBuilder(input.length());
            int copied = 0;
            while (open >= 0) {
                int close = input.indexOf("*/", open + 2);
                if (close < 0) {
                    break;
                }
                b.append(input, copied, open);
                newlines(b, open, close + 2, input);
                copied = close + 2;
                open = input.indexOf("/*", copied);
            }
            return b.append(input, copied, input.length()).toString();
        }

        /** Removes each {@code expander name} directive, as Drools' clean-up step does, to the end of its line. */
        private String removeExpanderLines(String input) {
            StringBuilder b = null;
            int copied = 0;
            int from = 0;
            while (from < input.length()) {
                Matcher m = (from == 0 ? EXPANDER_FIRST : EXPANDER_LATER).matcher(input);
                work += input.length() - from + 1L;
                if (!m.find(from == 0 ? 0 : from - 1)) {
                    break;
                }
                b = b == null ? new StringBuilder(input.length()) : b;
                b.append(input, copied, m.start(1));
                newlines(b, m.start(1), m.end(1), input);
                copied = m.end(1);
                from = Math.max(m.end(1), from + 1);
            }
            return b == null ? input : b.append(input, copied, input.length()).toString();
        }

        private void newlines(StringBuilder b, int from, int to) {
            newlines(b, from, to, text);
        }

        private void newlines(StringBuilder b, int from, int to, String in) {
            for (int i = from; i < to; i++) {
                char c = in.charAt(i);
                if (c == '\n' || c == '\r') {
                    b.append(c);
                }
            }
        }

        private int[] lineBreaks(String in) {
            int[] breaks = new int[16];
            int n = 0;
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == in.length() || in.charAt(i + 1) != '\n'))) {
                    if (n == breaks.length) {
                        breaks = Arrays.copyOf(breaks, n * 2);
                    }
                    breaks[n++] = i;
                }
            }
            return Arrays.copyOf(breaks, n);
        }

        /** @return the 1-based line of an offset of the text */
        private int line(int offset) {
            int found = Arrays.binarySearch(lineBreaks, offset);
            return (found >= 0 ? found : -found - 1) + 1;
        }
    }

    private static final Pattern EXPANDER_FIRST = Pattern.compile(
            "(?:\\A|\\W)(expander\\s+.*?)(?:\\r\\n|[\\n\\r\\x{85}\\x{2028}\\x{2029}]|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern EXPANDER_LATER = Pattern.compile(
            "\\W(expander\\s+.*?)(?:\\r\\n|[\\n\\r\\x{85}\\x{2028}\\x{2029}]|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
}
