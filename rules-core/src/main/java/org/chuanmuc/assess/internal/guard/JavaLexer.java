package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits rule code (Java, MVEL or whole DRL) into tokens, dropping white space and comments, the way the Java
 * compiler would. Where Java, MVEL and DRL read text differently the lexer reports a problem instead of guessing
 * (text blocks, unterminated literals, {@code #}, stray characters), so nothing the guard takes for a string or a
 * comment can be code to the engine.
 *
 * <p>Unicode escapes are not handled here: {@link RuleGuard} rejects every {@code \}{@code u} in the raw text
 * first, because Java decodes them before it lexes.
 */
final class JavaLexer {

    /** Deepest bracket nesting accepted; deeper text could overflow the recursive parsers' stacks. */
    static final int MAX_DEPTH = 40;
    /**
     * Deepest nesting of square brackets accepted. Drools' DRL parser backtracks exponentially on nested inline
     * lists ({@code salience [[[[…]]]]}: a second at depth 11, hours at depth 20), so a short rule file could keep
     * the guard, a validation or a reload busy indefinitely; rule files need one or two levels at most.
     */
    static final int MAX_SQUARE_DEPTH = 4;

    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", ":=", "!.", ".?", "<<", ">>",
        "(", ")", "{", "}", "[", "]", ";", ",", ".", "@", "=", ">", "<", "!", "~", "?", ":", "+", "-", "*", "/",
        "&", "|", "^", "%", "#"};

    /**
     * @param tokens   the tokens, in order
     * @param problems what cannot be lexed safely
     */
    record Lexed(List<Token> tokens, List<Problem> problems) {
    }

    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int i;
    private int depth;
    private boolean depthReported;
    private int squareDepth;
    private boolean squareDepthReported;

    private JavaLexer(String s) {
        this.s = s;
    }

    /**
     * Rewrites single-quoted literals the way the DRL lexer does before any code is compiled: the delimiters of
     * {@code 'ab'} become double quotes while a double quote inside stays as it is, so {@code 'x" + y + "z'} reaches
     * the compiler as {@code "x" + y + "z"}. Same length as the input, so offsets stay valid.
     */
    static String asDrlLexerSees(String text) {
        char[] chars = null;
        for (Token tok : lex(text).tokens()) {
            String t = tok.text();
            if (tok.kind() == Token.Kind.STRING && t.charAt(0) == '\'' && (t.length() == 2 || t.length() >= 4)
                    && tok.start() + t.length() <= text.length()) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[tok.start()] = '"';
                chars[tok.start() + t.length() - 1] = '"';
            }
        }
        return chars == null ? text : new String(chars);
    }

    static Lexed lex(String text) {
        JavaLexer lexer = new JavaLexer(text);
        lexer.run();
        return new Lexed(List.copyOf(lexer.tokens), List.copyOf(lexer.problems));
    }

    private void run() {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '/' && peek(1) == '/') {
                while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) {
                    problems.add(new Problem(i, GuardMessages.unterminatedComment()));
                    i = n;
                } else {
                    i = close + 2;
                }
            } else if (c == '"' || c == '\'') {
                literal(c);
            } else if (Character.isJavaIdentifierStart(s.codePointAt(i))) {
                identifier();
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                number();
            } else {
                operator();
            }
        }
    }

    private void literal(char quote) {
        int start = i;
        if (quote == '"' && s.startsWith("\"\"\"", i)) {
            problems.add(new Problem(i, GuardMessages.textBlock()));
            int close = s.indexOf("\"\"\"", i + 3);
            i = close < 0 ? s.length() : close + 3;
            tokens.add(new Token(Token.Kind.STRING, "\"\"", start));
            return;
        }
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) != '\n' && s.charAt(i + 1) != '\r') {
                i += 2;
            } else if (c == '\\') {
                break;
            } else if (c == quote) {
                i++;
                tokens.add(new Token(Token.Kind.STRING, s.substring(start, i), start));
                return;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                i++;
            }
        }
        // Java ends a literal at the line's end; DRL and MVEL may not: never let the readers disagree
        problems.add(new Problem(start, GuardMessages.unterminatedString()));
        i = Math.min(i, s.length());
        tokens.add(new Token(Token.Kind.STRING, s.substring(start, i) + quote, start));
    }

    private void identifier() {
        int start = i;
        boolean invisible = false;
        i += Character.charCount(s.codePointAt(i));
        while (i < s.length() && Character.isJavaIdentifierPart(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            invisible |= Character.isIdentifierIgnorable(cp);
            i += Character.charCount(cp);
        }
        if (invisible) {
            // Java drops these when it compares names, so "Sys\u200btem" is System to javac
            problems.add(new Problem(start, GuardMessages.invisibleCharacter()));
        }
        tokens.add(new Token(Token.Kind.IDENT, s.substring(start, i), start));
    }

    private void number() {
        int start = i;
        boolean hex = s.startsWith("0x", i) || s.startsWith("0X", i);
        while (i < s.length()) {
            char c = s.charAt(i);
            char prev = s.charAt(i - 1 < start ? start : i - 1);
            if (Character.isLetterOrDigit(c) || c == '_' || (c == '.' && isDigit(peek(1)))
                    || ((c == '+' || c == '-') && !hex && (prev == 'e' || prev == 'E') && i > start)) {
                i++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Token.Kind.NUMBER, s.substring(start, i), start));
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                tokens.add(new Token(Token.Kind.OP, op, i));
                depth(op);
                i += op.length();
                return;
            }
        }
        int cp = s.codePointAt(i);
        problems.add(new Problem(i, GuardMessages.illegalCharacter(new String(Character.toChars(cp)))));
        i += Character.charCount(cp);
    }

    private void depth(String op) {
        if (op.equals("[") && ++squareDepth > MAX_SQUARE_DEPTH && !squareDepthReported) {
            squareDepthReported = true;
            problems.add(new Problem(i, GuardMessages.nestedTooDeep(MAX_SQUARE_DEPTH)));
        } else if (op.equals("]")) {
            squareDepth = Math.max(0, squareDepth - 1);
        }
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
            depth++;
            if (depth > MAX_DEPTH && !depthReported) {
                depthReported = true;
                problems.add(new Problem(i, GuardMessages.nestedTooDeep(MAX_DEPTH)));
            }
        } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
            depth = Math.max(0, depth - 1);
        }
    }

    private char peek(int ahead) {
        return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
