package org.chuanmuc.assess.internal.guard;

import java.util.Arrays;
import org.chuanmuc.assess.Diagnostic;

/** One rule source's DRL text, able to place an offset or a piece of code at a line and column. */
final class SourceText {
    private final String name;
    private final String text;
    private final String quotesUnified;
    private final int[] lineStarts;
    /** Characters the fall-back searches of {@link #locate} may still scan: keeps locating linear in the text. */
    private long searchBudget;

    SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        this.quotesUnified = text.replace('\'', '"');
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.searchBudget = 4L * text.length() + 100_000;
    }

    String text() {
        return text;
    }

    /** @return a diagnostic at an offset of the whole text */
    Diagnostic at(int offset, String message) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Diagnostic(name, line + 1, clamped - lineStarts[line] + 1, message);
    }

    /** @return a diagnostic at a 1-based line and column reported by a parser */
    Diagnostic atLine(int line, int column, String message) {
        return new Diagnostic(name, Math.max(0, line), Math.max(0, column), message);
    }

    /** @return the 1-based line of an offset */
    int line(int offset) {
        return lineOf(Math.max(0, Math.min(offset, text.length()))) + 1;
    }

    /**
     * Finds where a piece of code the parser handed out sits in the text.
     *
     * @param code the code, as the parser returned it
     * @param hint the offset the parser gave, or a negative number
     * @param from where to start searching when the hint does not match
     * @param to   the offset the code must start before, or a negative number for the end of the text
     * @return the offset, or -1 when the code is not in the text verbatim
     */
    int locate(String code, int hint, int from, int to) {
        if (code == null || code.isEmpty()) {
            return -1;
        }
        if (hint >= 0 && hint <= text.length() && (text.startsWith(code, hint)
                || quotesUnified.startsWith(code.replace('\'', '"'), hint))) {
            return hint;
        }
        int start = Math.max(0, Math.min(from, text.length()));
        // search only up to where the code may end, so locating every rule's code stays linear in the text
        int limit = to < 0 ? text.length() : Math.min(text.length(), Math.max(start, to) + code.length());
        int found = indexOf(text, code, start, limit);
        if (found < 0) {
            // the DRL lexer turns 'x' literals into "x": same length, other delimiters
            found = indexOf(quotesUnified, code.replace('\'', '"'), start, limit);
        }
        return found >= 0 && (to < 0 || found <= to) ? found : -1;
    }

    /** A search for {@code needle} starting in {@code [from, limit - needle.length()]}, within the budget. */
    private int indexOf(String haystack, String needle, int from, int limit) {
        int last = limit - needle.length();
        if (last < from || searchBudget <= 0) {
            return -1;
        }
        searchBudget -= last - from + 1L;
        char first = needle.charAt(0);
        for (int i = from; i <= last; i++) {
            if (haystack.charAt(i) == first) {
                if (haystack.startsWith(needle, i)) {
                    return i;
                }
                searchBudget -= needle.length();
                if (searchBudget <= 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * A diagnostic for a problem inside code the parser handed out.
     *
     * @param code     the code
     * @param base     where the code starts in the text, or -1 when it could not be located
     * @param fallback where to point when it could not: the offset of the construct holding the code
     * @param problem  the problem, at an offset of {@code code}
     */
    Diagnostic inCode(String code, int base, int fallback, Problem problem) {
        return at(base >= 0 ? base + problem.offset() : fallback, problem.message());
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
