package org.chuanmuc.assess.internal.guard;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Spots regular expressions that Java's backtracking matcher may take exponential or high polynomial time on:
 * a quantified group that itself contains a quantifier or an alternative ({@code (a+)+}, {@code (a|aa)*}),
 * back-references, and more than {@link #MAX_UNBOUNDED} unbounded quantifiers. The session time limit is only
 * checked between rule firings, so a slow match inside one constraint would not be stopped.
 */
final class RegexRisk {

    /** Most unbounded quantifiers ({@code * + {n,}}) a pattern may have. */
    static final int MAX_UNBOUNDED = 2;

    private RegexRisk() {
    }

    /** @return whether the pattern may backtrack for a very long time */
    static boolean risky(String regex) {
        Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: does it hold a quantifier or '|'?
        int unbounded = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : '\0';
                if ((next >= '1' && next <= '9') || next == 'k') {
                    return true; // back-reference
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                groups.push(new boolean[1]);
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                    i++; // "(?:", "(?=", "(?<name>": group syntax, not a quantifier
                }
            } else if (c == ')') {
                boolean[] group = groups.isEmpty() ? new boolean[1] : groups.pop();
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : '\0';
                if (group[0] && (next == '*' || next == '+' || next == '{')) {
                    return true;
                }
                if (group[0] && !groups.isEmpty()) {
                    groups.peek()[0] = true;
                }
            } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == '|') {
                if (!groups.isEmpty()) {
                    groups.peek()[0] = true;
                }
                if (c == '*' || c == '+' || (c == '{' && unboundedBrace(regex, i))) {
                    unbounded++;
                }
            }
        }
        return unbounded > MAX_UNBOUNDED;
    }

    private static boolean unboundedBrace(String regex, int open) {
        int close = regex.indexOf('}', open);
        return close > open && regex.substring(open, close).endsWith(",");
    }

    /** @return a Java string literal's content with its escapes resolved (enough for pattern analysis) */
    static String unescape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
