package org.chuanmuc.assess.internal.guard;

/**
 * One token of rule code.
 *
 * @param kind  what it is
 * @param text  its text, exactly as in the source (for literals, with the quotes)
 * @param start offset of its first character in the lexed text
 */
record Token(Kind kind, String text, int start) {

    /** Token kinds; comments and white space are dropped. */
    enum Kind {
        /** A name or keyword, including {@code $variables}. */
        IDENT,
        /** A number literal. */
        NUMBER,
        /** A string or (MVEL) single-quoted literal. */
        STRING,
        /** An operator or punctuation. */
        OP
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isOp(String s) {
        return kind == Kind.OP && text.equals(s);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }

    /**
     * @return the literal's content without quotes, its escapes as written (the value is
     *         {@link LiteralEscapes#decode} of it); only for {@link Kind#STRING}
     */
    String literalContent() {
        return text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
    }

    /**
     * @param t    tokens
     * @param open the index of an opening round bracket
     * @return the index of the bracket closing it, or -1 when it is not closed
     */
    static int closing(java.util.List<Token> t, int open) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            if (t.get(k).isOp("(")) {
                depth++;
            } else if (t.get(k).isOp(")") && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
