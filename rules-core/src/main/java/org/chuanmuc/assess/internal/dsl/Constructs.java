package org.chuanmuc.assess.internal.dsl;

import java.util.Arrays;

/**
 * Finds the rules and queries of a DSLR text exactly where Drools' expander finds them, in linear time.
 *
 * <p>Drools finds them with one regular expression, in multi-line and dot-all mode:
 * {@code ^(?: [ \t]*(rule\b.+?^\s*when\b)(.*?)^(\s*then)(.*?)(^\s*end.*?$)
 * | \s*(query\s+(?:"[^"]+"|'[^']+'|\S+)(?:\s*\([^)]+\))?)(.*?)(^\s*end.*?$) )}. On a backtracking engine that is
 * quadratic in the text (every {@code rule} line without an {@code end} below it scans to the end). The lazy
 * groups always stop at the first line that starts with the next keyword, so the same matches follow from knowing,
 * for each line, the next line that starts with {@code when}, {@code then} or {@code end}: computed once, backwards.
 */
final class Constructs {

    /**
     * One rule or query, as offsets of the text.
     *
     * @param rule           a rule (else a query)
     * @param start          where the match starts: the start of a line
     * @param headerStart    where {@code rule} or {@code query} starts (Drools drops what comes before it)
     * @param conditionStart after {@code when}, or after the query's name and parameters
     * @param conditionEnd   the start of the {@code then} line (rules) or of the {@code end} line (queries)
     * @param actionStart    after {@code then}; for queries equal to {@code conditionEnd}
     * @param actionEnd      the start of the {@code end} line; for queries equal to {@code conditionEnd}
     * @param end            the end of the {@code end} line, before its line break
     */
    record Construct(boolean rule, int start, int headerStart, int conditionStart, int conditionEnd,
                     int actionStart, int actionEnd, int end) {
    }

    private final String t;
    private final int[] starts;
    private final int[] firstNonSpace;
    private final int[] nextWhen;
    private final int[] nextThen;
    private final int[] nextEnd;
    private final NextChar doubleQuote = new NextChar('"');
    private final NextChar singleQuote = new NextChar('\'');
    private final NextChar closeParen = new NextChar(')');
    /** Blank lines above a {@code query} line all lead to it: try each header once. */
    private int failedQueryHeader = -1;

    Constructs(String text) {
        this.t = text;
        this.starts = lineStarts(text);
        int n = starts.length;
        firstNonSpace = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            int lineEnd = j + 1 < n ? starts[j + 1] : t.length();
            int at = starts[j];
            while (at < lineEnd && isSpace(t.charAt(at))) {
                at++;
            }
            firstNonSpace[j] = at == lineEnd && j + 1 < n ? firstNonSpace[j + 1] : at;
        }
        nextWhen = new int[n];
        nextThen = new int[n];
        nextEnd = new int[n];
        int when = -1;
        int then = -1;
        int end = -1;
        for (int j = n - 1; j >= 0; j--) {
            int x = firstNonSpace[j];
            when = t.startsWith("when", x) && wordEnds(x + 4) ? j : when;
            then = t.startsWith("then", x) ? j : then;
            end = t.startsWith("end", x) ? j : end;
            nextWhen[j] = when;
            nextThen[j] = then;
            nextEnd[j] = end;
        }
    }

    /** @return the first construct whose match starts at or after {@code from}, or null */
    Construct next(int from) {
        for (int j = lineAtOrAfter(from); j < starts.length; j++) {
            Construct c = rule(j);
            if (c == null) {
                c = query(j);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Construct rule(int j) {
        int p = starts[j];
        int header = ruleHeader(j);
        if (header < 0) {
            return null;
        }
        int when = following(nextWhen, header + 5); // ".+?" takes at least one character
        if (when < 0) {
            return null;
        }
        int conditionStart = firstNonSpace[when] + 4;
        int then = following(nextThen, conditionStart);
        if (then < 0) {
            return null;
        }
        int actionStart = firstNonSpace[then] + 4;
        int end = following(nextEnd, actionStart);
        if (end < 0) {
            return null;
        }
        return new Construct(true, p, header, conditionStart, starts[then], actionStart, starts[end],
                lineEnd(firstNonSpace[end] + 3));
    }

    /**
     * A rule that Drools' expander cannot find, because no {@code end} line follows its {@code then}: left as it is,
     * its sentences reach the guard and the compiler unexpanded and are reported word by word.
     *
     * @param from an offset of the text, where the search starts
     * @param to   where it stops (exclusive)
     * @return the first line (0-based) in {@code [from, to)} that starts a rule with no {@code end} below it (a
     *         {@code rule} line with neither a later {@code end} line, nor a {@code when} and a {@code then}
     *         followed by an {@code end}), or -1
     */
    int ruleWithoutEnd(int from, int to) {
        for (int j = lineAtOrAfter(from); j < starts.length && starts[j] < to; j++) {
            int header = ruleHeader(j);
            if (header >= 0 && rule(j) == null && following(nextEnd, header + 4) < 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A rule with an {@code end} line but no {@code when} or no {@code then} line before it: Drools' expander does
     * not find it (or takes the next rule's {@code then} for its own), and its sentences reach the guard word by word.
     *
     * @param from an offset of the text, where the search starts
     * @param to   where it stops (exclusive)
     * @return the first line (0-based) in {@code [from, to)} that starts such a rule, or -1
     */
    int ruleWithoutWhenOrThen(int from, int to) {
        for (int j = lineAtOrAfter(from); j < starts.length && starts[j] < to; j++) {
            if (missingWhenOrThen(j) != null) {
                return j;
            }
        }
        return -1;
    }

    /**
     * @param j a line (0-based)
     * @return "when" or "then", the keyword missing between the rule header on line {@code j} and its first
     *         {@code end} line; null when the line is no rule header, the rule has no {@code end}, or has both
     */
    String missingWhenOrThen(int j) {
        int header = ruleHeader(j);
        if (header < 0 || !namedRule(header + 4)) {
            return null;
        }
        int end = following(nextEnd, header + 4);
        if (end < 0) {
            return null;
        }
        int when = following(nextWhen, header + 5);
        if (when < 0 || when > end) {
            return "when";
        }
        int then = following(nextThen, firstNonSpace[when] + 4);
        return then < 0 || then > end ? "then" : null;
    }

    /**
     * @return the first line (0-based) in {@code [from, to)} that reads as the header of another rule ({@code rule}
     *         then a quoted or plain name), or -1: inside a rule's conditions or consequence, the rule above has no
     *         {@code end} of its own and has taken the next rule's
     */
    private int ruleHeaderWithin(int from, int to) {
        for (int j = lineAtOrAfter(from); j < starts.length && starts[j] < to; j++) {
            int header = ruleHeader(j);
            if (header >= 0 && namedRule(header + 4)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * @param c a rule found by {@link #next}
     * @return the line (0-based) of the next rule's header when {@code c} has no {@code end} of its own: a rule
     *         header inside its conditions or consequence, with no {@code end} line between the two headers; else -1
     */
    int swallowedRule(Construct c) {
        int inner = ruleHeaderWithin(c.conditionStart(), c.actionEnd());
        return inner >= 0 && nextEnd[lineOf(c.headerStart())] >= inner ? inner : -1;
    }

    /** @return the 0-based line of an offset */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** @return the offset where 0-based line {@code j} starts; the text's length past the last line */
    int lineStart(int j) {
        return j < starts.length ? starts[j] : t.length();
    }

    /** @return the text of a line, without its terminator */
    String lineText(int j) {
        return t.substring(starts[j], lineEnd(starts[j]));
    }

    /** @return where {@code rule} starts on line {@code j}, after spaces and tabs, when the line starts a rule; else -1 */
    private int ruleHeader(int j) {
        int header = starts[j];
        while (header < t.length() && (t.charAt(header) == ' ' || t.charAt(header) == '\t')) {
            header++;
        }
        return t.startsWith("rule", header) && wordEnds(header + 4) ? header : -1;
    }

    /** Spaces, then a quoted name or a name that starts with a letter and is not followed by a colon (a binding). */
    private boolean namedRule(int at) {
        int i = at;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        if (i == at || i == t.length()) {
            return false;
        }
        char c = t.charAt(i);
        if (c == '"' || c == '\'') {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int nameEnd = nonSpace(i);
        if (t.substring(i, nameEnd).indexOf(':') >= 0) {
            return false;
        }
        int k = nameEnd;
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
            k++;
        }
        return k == t.length() || t.charAt(k) != ':';
    }

    private Construct query(int j) {
        int p = starts[j];
        int header = firstNonSpace[j];
        if (header == failedQueryHeader || !t.startsWith("query", header)) {
            return null;
        }
        failedQueryHeader = header;
        int name = header + 5;
        while (name < t.length() && isSpace(t.charAt(name))) {
            name++;
        }
        if (name == header + 5 || name == t.length()) {
            return null;
        }
        // the alternatives of the name, in the order the regular expression tries them
        int[] names = {quoted(doubleQuote, name), quoted(singleQuote, name), nonSpace(name)};
        for (int nameEnd : names) {
            if (nameEnd < 0) {
                continue;
            }
            for (int headerEnd : new int[] {parameters(nameEnd), nameEnd}) {
                if (headerEnd < 0) {
                    continue;
                }
                int end = following(nextEnd, headerEnd);
                if (end >= 0) {
                    return new Construct(false, p, header, headerEnd, starts[end], starts[end], starts[end],
                            lineEnd(firstNonSpace[end] + 3));
                }
            }
        }
        return null;
    }

    /** {@code "[^"]+"} (or with single quotes) at {@code at}: the end, or -1. */
    private int quoted(NextChar quote, int at) {
        if (t.charAt(at) != quote.c) {
            return -1;
        }
        int close = quote.after(at + 1);
        return close > at + 1 ? close + 1 : -1;
    }

    /** {@code \S+} at {@code at}: the end. */
    private int nonSpace(int at) {
        int i = at;
        while (i < t.length() && !isSpace(t.charAt(i))) {
            i++;
        }
        return i > at ? i : -1;
    }

    /** {@code \s*\([^)]+\)} at {@code at}: the end, or -1. */
    private int parameters(int at) {
        int i = at;
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        if (i == t.length() || t.charAt(i) != '(') {
            return -1;
        }
        int close = closeParen.after(i + 1);
        return close > i + 1 ? close + 1 : -1;
    }

    /** @return the first line at or after offset {@code from} that {@code next} marks, or -1 */
    private int following(int[] next, int from) {
        int j = lineAtOrAfter(from);
        return j < starts.length ? next[j] : -1;
    }

    /** Java's multi-line {@code $}: before the first line terminator at or after {@code from}, or the end. */
    private int lineEnd(int from) {
        int i = from;
        while (i < t.length() && !isTerminator(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineAtOrAfter(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 1;
    }

    /** Java's {@code \b} after a word: the next character does not continue it. */
    private boolean wordEnds(int at) {
        if (at >= t.length()) {
            return true;
        }
        char c = t.charAt(at);
        return !(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** Java's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Where Java's multi-line {@code ^} matches: the start, and after each line terminator but the last. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean start = i == 0 || isTerminator(text.charAt(i - 1)) && !(text.charAt(i - 1) == '\r'
                    && text.charAt(i) == '\n');
            if (start) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The next occurrence of a character, remembered: the searches of one text mostly move forward. */
    private final class NextChar {
        private final char c;
        private int from = Integer.MAX_VALUE;
        private int at = -1;

        NextChar(char c) {
            this.c = c;
        }

        int after(int position) {
            if (position < from || (at >= 0 && position > at)) {
                from = position;
                at = t.indexOf(c, position);
            }
            return at;
        }
    }
}
