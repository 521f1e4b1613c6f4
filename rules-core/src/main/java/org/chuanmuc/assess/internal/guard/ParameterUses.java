package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Where one rule text reads and gives {@code Parameter} facts, found in the package the guard parsed (no second
 * parse). A parameter comes only from a rule that inserts it, so a name that rules read and no rule gives leaves
 * those rules silently never firing; {@code RuleCompiler} checks the whole rule set with what is found here.
 *
 * <p>Only the plain forms are taken: a pattern {@code Parameter(name == "x", …)} (the constraint on its own, not
 * inside {@code ||}) on the facts themselves (not {@code from} a collection), and {@code new Parameter("x", value)}
 * in a consequence. Any other form is left out of the check, never guessed at.
 *
 * @param reads the patterns that read a parameter by its literal name
 * @param given the parameters the consequences create
 */
public record ParameterUses(List<Read> reads, List<Given> given) {
    private static final String TYPE = "Parameter";
    private static final String QUALIFIED_TYPE = "org.chuanmuc.model.Parameter";
    private static final Set<Class<?>> GROUPS = Set.of(AndDescr.class, OrDescr.class, NotDescr.class,
            ExistsDescr.class, ForallDescr.class);
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "(", ")");

    /**
     * A pattern reading a parameter.
     *
     * @param name   the name it reads
     * @param line   1-based line of the pattern
     * @param column 1-based column of the pattern
     */
    public record Read(String name, int line, int column) {
    }

    /**
     * A {@code new Parameter(…)} in a consequence.
     *
     * @param name        the name, or empty when it is computed (then any name may be given)
     * @param value       the value as written, everything after the name up to the closing bracket
     * @param number      whether the value is a constant number: number literals, {@code + - * /} and brackets
     * @param always      whether the rule has no conditions, so the parameter is there in every assessment
     * @param line        1-based line of the value
     * @param column      1-based column where the value starts
     * @param endColumn   1-based column just past the value, on the same line (or the line's end)
     */
    public record Given(Optional<String> name, String value, boolean number, boolean always, int line, int column,
                        int endColumn) {
    }

    public ParameterUses {
        reads = List.copyOf(reads);
        given = List.copyOf(given);
    }

    /**
     * @param src the parsed text
     * @param pkg its package, as the guard parsed it
     * @return where the text reads and gives parameters
     */
    static ParameterUses of(SourceText src, PackageDescr pkg) {
        List<Read> reads = new ArrayList<>();
        List<Given> given = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                continue; // a query is called from Java, never fired: what it reads decides no rating
            }
            if (rule.getLhs() != null) {
                element(src, rule.getLhs(), reads);
            }
            if (rule.getConsequence() instanceof String code && code.contains(TYPE)) {
                boolean always = rule.getLhs() == null || rule.getLhs().getDescrs().isEmpty();
                int start = Math.max(0, rule.getStartCharacter());
                int lhsEnd = rule.getLhs() != null ? rule.getLhs().getEndCharacter() : -1;
                int base = src.locate(code, -1, Math.max(start, lhsEnd), rule.getEndCharacter());
                given(src, code, base < 0 ? start : base, base >= 0, always, given);
            }
        }
        return new ParameterUses(reads, given);
    }

    private static void element(SourceText src, BaseDescr descr, List<Read> reads) {
        if (GROUPS.contains(descr.getClass())) {
            for (Object child : ((ConditionalElementDescr) descr).getDescrs()) {
                element(src, (BaseDescr) child, reads);
            }
        } else if (descr.getClass() == PatternDescr.class) {
            pattern(src, (PatternDescr) descr, reads);
        }
    }

    private static void pattern(SourceText src, PatternDescr pattern, List<Read> reads) {
        PatternSourceDescr source = pattern.getSource();
        if (source == null && (TYPE.equals(pattern.getObjectType()) || QUALIFIED_TYPE.equals(pattern.getObjectType()))) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    nameEquals(expr.getExpression()).ifPresent(name -> {
                        int at = pattern.getStartCharacter() >= 0 ? pattern.getStartCharacter()
                                : Math.max(0, constraint.getStartCharacter());
                        var d = src.at(at, "");
                        reads.add(new Read(name, d.line(), d.column()));
                    });
                }
            }
        } else if (source instanceof CollectDescr collect) {
            pattern(src, collect.getInputPattern(), reads);
        } else if (source instanceof AccumulateDescr acc && acc.getInput() != null) {
            element(src, acc.getInput(), reads);
        }
    }

    /** @return the name of {@code name == "x"} or {@code "x" == name}, nothing else */
    private static Optional<String> nameEquals(String expression) {
        JavaLexer.Lexed lexed = JavaLexer.lex(expression);
        List<Token> t = lexed.tokens();
        if (!lexed.problems().isEmpty() || t.size() != 3 || !t.get(1).isOp("==")) {
            return Optional.empty();
        }
        Token field = t.get(0).isIdent() ? t.get(0) : t.get(2);
        Token literal = t.get(0).isIdent() ? t.get(2) : t.get(0);
        if (!field.isIdent() || !field.is("name") || literal.kind() != Token.Kind.STRING) {
            return Optional.empty();
        }
        return Optional.of(LiteralEscapes.decode(literal.literalContent()));
    }

    /** Finds every {@code new Parameter(…)} of a consequence. */
    private static void given(SourceText src, String code, int base, boolean located, boolean always,
                              List<Given> given) {
        JavaLexer.Lexed lexed = JavaLexer.lex(code);
        List<Token> t = lexed.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i).isIdent() || !t.get(i).is("new")) {
                continue;
            }
            int j = i + 1; // the type, perhaps qualified
            while (j + 2 < t.size() && t.get(j).isIdent() && t.get(j + 1).isOp(".")) {
                j += 2;
            }
            String type = code.substring(t.get(i + 1).start(), t.get(j).start() + t.get(j).text().length());
            if (!(t.get(j).isIdent() && (type.equals(TYPE) || type.equals(QUALIFIED_TYPE)))
                    || j + 1 >= t.size() || !t.get(j + 1).isOp("(")) {
                continue;
            }
            int open = j + 1;
            int depth = 0;
            int close = -1;
            List<Integer> commas = new ArrayList<>();
            for (int k = open; k < t.size(); k++) {
                Token tok = t.get(k);
                if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
                    depth++;
                } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
                    if (--depth == 0) {
                        close = k;
                        break;
                    }
                } else if (depth == 1 && tok.isOp(",")) {
                    commas.add(k);
                }
            }
            if (close < 0 || commas.isEmpty() || commas.get(0) + 1 >= close) {
                continue; // not the two-argument constructor: the compiler says what is wrong
            }
            int first = commas.get(0);
            Optional<String> name = first == open + 2 && t.get(open + 1).kind() == Token.Kind.STRING
                    ? Optional.of(LiteralEscapes.decode(t.get(open + 1).literalContent())) : Optional.empty();
            int valueStart = t.get(first + 1).start();
            int valueEnd = t.get(close - 1).start() + t.get(close - 1).text().length();
            boolean number = commas.size() == 1;
            boolean digits = false;
            for (int k = first + 1; k < close && number; k++) {
                Token tok = t.get(k);
                digits |= tok.kind() == Token.Kind.NUMBER;
                number = tok.kind() == Token.Kind.NUMBER || (tok.kind() == Token.Kind.OP && ARITHMETIC.contains(tok.text()));
            }
            var from = src.at(located ? base + valueStart : base, "");
            var to = src.at(located ? base + valueEnd : base, "");
            given.add(new Given(name, code.substring(valueStart, valueEnd), number && digits, always, from.line(),
                    from.column(), to.line() == from.line() ? to.column() : Integer.MAX_VALUE));
        }
    }
}
