package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures, on the token stream of a whole DRL text and before any parser sees it, what makes the recursive
 * parsers and compilers behind Drools overflow their stacks: nesting, counted not only in brackets but in chains
 * of casts, prefix operators and {@code ?:}, and the length of one stretch of code. Also counts the rules, so that
 * a file with too many is refused before the parser builds them all.
 */
final class CodeShape {
    private static final Set<String> PREFIX = Set.of("!", "~", "-", "+", "++", "--");
    private static final Set<String> SEGMENT_ENDS = Set.of(";", "{", "}");
    private static final Set<String> DRL_SEGMENT_ENDS = Set.of("when", "then", "end", "rule", "query");

    /**
     * @param problems what is too deep or too long
     * @param rules    how many rules and queries the text declares
     * @param fatal    whether the text must not be parsed at all
     */
    record Shape(List<Problem> problems, int rules, boolean fatal) {
    }

    private CodeShape() {
    }

    static Shape measure(List<Token> tokens) {
        List<Problem> problems = new ArrayList<>();
        // per open bracket level: prefix operators and casts waiting for their operand, and "?" whose ":" branch
        // may hold further "?": a parser recurses once for each
        int[] prefix = new int[GuardLimits.MAX_DEPTH + 2];
        int[] ternary = new int[GuardLimits.MAX_DEPTH + 2];
        int level = 0;
        int nesting = 0; // open brackets plus every pending count at the open levels
        boolean deepReported = false;
        int segment = 0;
        boolean longReported = false;
        int rules = 0;
        Token prev = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            boolean afterDot = prev != null && (prev.isOp(".") || prev.isOp("!."));
            if (level == 0 && tok.isIdent() && !afterDot && DRL_SEGMENT_ENDS.contains(tok.text())) {
                segment = 0;
                longReported = false;
                if ((tok.is("rule") || tok.is("query")) && i + 1 < tokens.size()
                        && (tokens.get(i + 1).kind() == Token.Kind.STRING || tokens.get(i + 1).isIdent())) {
                    rules++;
                }
            } else if (tok.kind() == Token.Kind.OP && SEGMENT_ENDS.contains(tok.text())) {
                segment = 0;
                longReported = false;
            } else if (++segment > GuardLimits.MAX_SEGMENT_TOKENS && !longReported) {
                longReported = true;
                problems.add(new Problem(tok.start(), GuardMessages.segmentTooLong(GuardLimits.MAX_SEGMENT_TOKENS)));
            }
            boolean tracked = level < prefix.length;
            if (tok.kind() == Token.Kind.OP) {
                String op = tok.text();
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    if (op.equals("(") && isCast(tokens, i) && tracked) {
                        prefix[level]++;
                        nesting++;
                    }
                    level++;
                    nesting++;
                    if (level < prefix.length) {
                        prefix[level] = 0;
                        ternary[level] = 0;
                    }
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    if (level > 0) {
                        nesting -= 1 + (tracked ? prefix[level] + ternary[level] : 0);
                        level--;
                    }
                } else if (!tracked) {
                    // deeper than the bound: already reported
                } else if (op.equals("?")) {
                    ternary[level]++;
                    nesting++;
                } else if (op.equals(",") || op.equals(";")) {
                    nesting -= prefix[level] + ternary[level];
                    prefix[level] = 0;
                    ternary[level] = 0;
                } else if (PREFIX.contains(op) && prefixPosition(prev)) {
                    prefix[level]++;
                    nesting++;
                } else {
                    // a binary operator: the operand the prefixes were waiting for is complete
                    nesting -= prefix[level];
                    prefix[level] = 0;
                }
            }
            if (nesting > GuardLimits.MAX_DEPTH && !deepReported) {
                deepReported = true;
                problems.add(new Problem(tok.start(), GuardMessages.expressionTooDeep(GuardLimits.MAX_DEPTH)));
            }
            prev = tok;
        }
        return new Shape(problems, rules, deepReported || longReported);
    }

    /** {@code (Name)} or {@code (a.b.Name)} followed by the start of an operand: a cast, to the parsers. */
    private static boolean isCast(List<Token> tokens, int open) {
        int j = open + 1;
        if (j >= tokens.size() || !tokens.get(j).isIdent()) {
            return false;
        }
        while (j + 2 < tokens.size() && tokens.get(j + 1).isOp(".") && tokens.get(j + 2).isIdent()) {
            j += 2;
        }
        if (j + 2 >= tokens.size() || !tokens.get(j + 1).isOp(")")) {
            return false;
        }
        Token next = tokens.get(j + 2);
        return next.isIdent() || next.kind() == Token.Kind.NUMBER || next.kind() == Token.Kind.STRING
                || next.isOp("(") || PREFIX.contains(next.text());
    }

    /** Whether an operator sign here is a prefix (no operand just before it). */
    private static boolean prefixPosition(Token prev) {
        if (prev == null) {
            return true;
        }
        if (prev.kind() != Token.Kind.OP) {
            return prev.isIdent() && (prev.is("return") || prev.is("instanceof") || prev.is("new"));
        }
        return !prev.isOp(")") && !prev.isOp("]") && !prev.isOp("}");
    }
}
