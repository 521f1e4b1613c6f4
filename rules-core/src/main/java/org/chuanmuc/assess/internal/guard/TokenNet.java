package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.internal.guard.GuardMessages.Hazard;

/**
 * The safety net under {@link DescrCheck}: every name and operator in the whole DRL text, outside strings and
 * comments, must be allowed somewhere in a rule file. It knows no context, so it is looser than the checks of each
 * piece of code, but it sees text that no descriptor hands out: if Drools ever compiles a region the structural
 * walk does not visit, a forbidden name there is still caught.
 */
final class TokenNet {
    private static final List<String> ASSIGNMENTS = List.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=", "++", "--");
    private static final Set<String> IMPORT_KINDS = Set.of("static", "function", "accumulate");

    private TokenNet() {
    }

    /**
     * @param tokens the tokens of the whole text
     * @param extra  names this file declares that are not code (identifier-style rule and query names)
     * @return every name or operator allowed nowhere in a rule file
     */
    static List<Problem> check(List<Token> tokens, Set<String> extra) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            if (tok.kind() == Token.Kind.OP) {
                operator(tok, prev, tokens, i, problems);
                continue;
            }
            if (tok.kind() != Token.Kind.IDENT) {
                continue;
            }
            String name = tok.text();
            boolean afterDot = prev != null && (prev.isOp(".") || prev.isOp("!."));
            if (!afterDot && (name.equals("package") || name.equals("import"))) {
                // checked as a whole by DescrCheck; skip "import static a.b.C.*" and "import accumulate a.B f"
                int j = i + 1;
                boolean accumulate = j < tokens.size() && tokens.get(j).is("accumulate");
                if (j < tokens.size() && IMPORT_KINDS.contains(tokens.get(j).text())) {
                    j++;
                }
                j = skipQualified(tokens, j);
                if (accumulate && j < tokens.size() && tokens.get(j).isIdent()) {
                    j++;
                }
                i = j - 1;
                continue;
            }
            if (name.startsWith("$") && name.contains("__")) {
                problems.add(new Problem(tok.start(), GuardMessages.forbiddenName(name, Hazard.ENGINE)));
                continue;
            }
            if (name.startsWith("$") || extra.contains(name) || name.equals("extends")) {
                continue;
            }
            Hazard keyword = GuardPolicy.FORBIDDEN_KEYWORDS.get(name);
            if (keyword != null) {
                problems.add(new Problem(tok.start(), GuardMessages.forbiddenKeyword(name,
                        name.equals("class") && afterDot ? Hazard.REFLECTION : keyword)));
                continue;
            }
            Optional<Hazard> hazard = GuardPolicy.forbiddenName(name);
            if (hazard.isPresent()) {
                problems.add(new Problem(tok.start(), GuardMessages.forbiddenName(name, hazard.get())));
            } else if (!afterDot && Character.isLowerCase(name.charAt(0)) && i + 1 < tokens.size()
                    && tokens.get(i + 1).isOp(".") && !GuardPolicy.anyWord(name)) {
                i = qualified(tokens, i, problems);
            } else if (!GuardPolicy.anyWord(name)) {
                problems.add(new Problem(tok.start(), GuardMessages.notAllowed(name)));
            }
        }
        return problems;
    }

    private static void operator(Token tok, Token prev, List<Token> tokens, int i, List<Problem> problems) {
        String op = tok.text();
        if (op.equals("->")) {
            problems.add(new Problem(tok.start(), GuardMessages.lambda()));
        } else if (op.equals("::")) {
            problems.add(new Problem(tok.start(), GuardMessages.methodReference()));
        } else if (ASSIGNMENTS.contains(op)) {
            problems.add(new Problem(tok.start(), GuardMessages.assignment(op)));
        } else if (op.equals("@")) {
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            problems.add(new Problem(tok.start(), next != null && next.isOp("{") ? GuardMessages.mvelTemplate()
                    : GuardMessages.annotation(next != null && next.isIdent() ? next.text() : "")));
        } else if (op.equals("#")) {
            problems.add(new Problem(tok.start(), GuardMessages.hash()));
        } else if (op.equals(".?")) {
            problems.add(new Problem(tok.start(), GuardMessages.mvelNullSafe()));
        } else if (op.equals("[") && !(prev != null && prev.is("str"))) {
            problems.add(new Problem(tok.start(), GuardMessages.bracket()));
        }
    }

    /** @return the index of the last token of a qualified name starting at {@code i}, reporting it unless allowed */
    private static int qualified(List<Token> tokens, int i, List<Problem> problems) {
        StringBuilder name = new StringBuilder(tokens.get(i).text());
        int j = i;
        boolean namesClass = false;
        while (!namesClass && j + 2 < tokens.size() && tokens.get(j + 1).isOp(".") && tokens.get(j + 2).isIdent()) {
            j += 2;
            name.append('.').append(tokens.get(j).text());
            namesClass = Character.isUpperCase(tokens.get(j).text().charAt(0));
        }
        String qualified = name.toString();
        if (!namesClass) {
            problems.add(new Problem(tokens.get(i).start(), GuardMessages.notAllowed(tokens.get(i).text())));
            return i;
        }
        if (GuardPolicy.qualifiedType(qualified).isEmpty()) {
            problems.add(new Problem(tokens.get(i).start(),
                    GuardMessages.fullyQualifiedName(qualified, GuardPolicy.hazardOf(qualified))));
        }
        return j;
    }

    private static int skipQualified(List<Token> tokens, int j) {
        if (j < tokens.size() && tokens.get(j).isIdent()) {
            j++;
            while (j + 1 < tokens.size() && tokens.get(j).isOp(".")
                    && (tokens.get(j + 1).isIdent() || tokens.get(j + 1).isOp("*"))) {
                j += 2;
            }
        }
        return j;
    }
}
