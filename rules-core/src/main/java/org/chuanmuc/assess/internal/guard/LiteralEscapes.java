package org.chuanmuc.assess.internal.guard;

/**
 * Decodes the escapes of a string literal in rule code into the string the rule holds at run time. The guard's one
 * decoder: whatever it judges by a literal's value (the regular expression after {@code matches}, a review flag's
 * code, a {@code String.format} pattern) it reads through here, never as written, so that a value spelled with escapes
 * is judged like its plain spelling: {@code "\50a+\51+b"} is {@code (a+)+b}, {@code "KHONG\55XEP-LOAI"} is
 * {@code KHONG-XEP-LOAI}, {@code "\45999d"} is {@code %999d}.
 *
 * <p>What Drools 10.2.0 holds was found by compiling rules and reading the strings back ({@code LiteralEscapesTest}
 * keeps it checked). A literal is read by MVEL in a pattern constraint and in an MVEL consequence, and by the Java
 * compiler in a Java consequence; for every escape that compiles, all three give the same string:
 * <ul>
 * <li>octal escapes, as in Java: a backslash and up to three octal digits when the first is 0–3, up to two otherwise,
 *     so {@code \0} to {@code \377}, and {@code \400} is {@code \40} followed by {@code 0};
 * <li>{@code \b \t \n \f \r \" \' \\};
 * <li>{@code \s}, a space. The one escape on which the readers differ: the Java compiler takes it, MVEL refuses it
 *     ("illegal escape sequence"), so the rule does not compile at all where MVEL reads it. Where a rule compiles the
 *     string is the same, so the decoder needs no parameter for where the literal stands.
 * </ul>
 * Any other escape keeps its backslash. The DRL parser refuses most ({@code \q}, {@code \8}); the rest it lets through
 * because they mean something in a regular expression ({@code \d}, {@code \w}, {@code \.}, {@code \(} ...), but both
 * MVEL and the Java compiler refuse them in a string literal, so no rule that holds one runs. Keeping the backslash
 * shows the analysis what the author meant ({@code \d} a digit) rather than a different letter. Unicode escapes are
 * not decoded: {@link RuleGuard} refuses every backslash followed by {@code u} in the raw text, before any literal is
 * read.
 */
final class LiteralEscapes {

    private LiteralEscapes() {
    }

    /**
     * @param content a literal's text between its quotes ({@link Token#literalContent()})
     * @return the string the rule holds at run time, where the literal compiles
     */
    static String decode(String content) {
        StringBuilder b = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\\' || i + 1 == content.length()) {
                b.append(c);
                continue;
            }
            char e = content.charAt(++i);
            if (isOctal(e)) {
                int value = e - '0';
                int most = e <= '3' ? 3 : 2;
                for (int digits = 1; digits < most && i + 1 < content.length() && isOctal(content.charAt(i + 1));
                     digits++) {
                    value = value * 8 + content.charAt(++i) - '0';
                }
                b.append((char) value);
                continue;
            }
            switch (e) {
                case 'b' -> b.append('\b');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'f' -> b.append('\f');
                case 'r' -> b.append('\r');
                case 's' -> b.append(' ');
                case '"', '\'', '\\' -> b.append(e);
                default -> b.append('\\').append(e);
            }
        }
        return b.toString();
    }

    /**
     * @param escaped the character after a backslash in a literal
     * @return whether every reader of a literal (MVEL, javac) takes the escape and reads it the same: octal digits,
     *         {@code b t n f r " ' \\}; not {@code s}, which MVEL refuses, nor the escapes of regular expressions
     */
    static boolean readEverywhere(char escaped) {
        return isOctal(escaped) || "btnfr\"'\\".indexOf(escaped) >= 0;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
