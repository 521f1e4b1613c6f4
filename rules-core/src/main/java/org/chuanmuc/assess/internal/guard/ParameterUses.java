package org.chuanmuc.assess.internal.guard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
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
    /** A plain decimal number: an optional minus, digits without a leading zero, an optional point and digits. */
    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    /** Three digits after a point: {@code 1.000} is one thousand to a Vietnamese reader, 1 to Java. */
    private static final Pattern GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}\\.[0-9]{3}");
    /** Digits after a leading zero: Java reads the whole number {@code 020} as octal, 16. */
    private static final Pattern LEADING_ZERO = Pattern.compile("-?0[0-9]+(\\.[0-9]+)?");
    /** Largest magnitude a value may have: an int literal beyond it does not compile. */
    public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** Most digits after the point: a double holds no more, and far more may round to zero. */
    public static final int MAX_DECIMALS = 15;

    /**
     * Whether a rule giving a parameter fires. Drools checks {@code date-effective} and {@code date-expires} when a
     * rule would fire, against the session's clock, and fires a rule of an agenda group only while the group has the
     * focus (the engine focuses one group, the unit quota's, after the first phase) and a rule of a ruleflow group
     * never (no process runs): a rule with any of these may not give its parameter when the rules reading it run.
     */
    public enum Firing {
        /** No conditions and no attribute that may keep it from firing: the parameter is always there. */
        ALWAYS,
        /** Fires when its conditions hold, or when no other rule of its activation group fired first. */
        CONDITIONAL,
        /** Has {@code date-effective}, {@code date-expires}, {@code agenda-group} or {@code ruleflow-group}. */
        UNCERTAIN,
        /** Has {@code enabled false}: never fires. */
        NEVER
    }

    /** Attributes under which a rule may not fire when the rules reading its parameter run. */
    private static final List<String> UNCERTAIN_ATTRIBUTES = List.of("date-effective", "date-expires", "agenda-group",
            "ruleflow-group");

    /** What a parameter's value is, as written. */
    public enum ValueForm {
        /**
         * A plain decimal number (an optional minus, digits without a leading zero, an optional point and digits),
         * from -2147483647 to 2147483647, with at most {@value #MAX_DECIMALS} digits after the point.
         */
        NUMBER,
        /** One to three digits, a point and three digits, as {@code 1.000}: one thousand or one? */
        GROUPED,
        /** A number with a leading zero, as {@code 020}: octal 16 to Java. */
        LEADING_ZERO,
        /** A plain decimal number too large, or with too many digits after the point. */
        OUT_OF_RANGE,
        /** Anything else: words, arithmetic ({@code 1/0}, {@code 1/2}), several numbers, suffixes, exponents. */
        OTHER
    }

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
     * @param form          what the value is: only {@link ValueForm#NUMBER} is a number a table may hold
     * @param unconditional whether the rule has no conditions (a row of a parameter table)
     * @param firing        whether the rule fires in every assessment, under conditions, perhaps not, or never
     * @param attribute     the attribute that may keep the rule from firing, e.g. {@code date-expires}, or "" when
     *                      none does
     * @param line        1-based line of the value
     * @param column      1-based column where the value starts
     * @param endColumn   1-based column just past the value, on the same line (or the line's end)
     */
    public record Given(Optional<String> name, String value, ValueForm form, boolean unconditional, Firing firing,
                        String attribute, int line, int column, int endColumn) {

        /** @return whether the parameter is there in every assessment: no conditions, nothing to stop the rule */
        public boolean always() {
            return firing == Firing.ALWAYS;
        }

        /** @return whether the value is a plain decimal number in range */
        public boolean number() {
            return form == ValueForm.NUMBER;
        }
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
        Map<String, AttributeDescr> packageAttributes = new HashMap<>();
        for (AttributeDescr a : pkg.getAttributes()) {
            packageAttributes.put(a.getName(), a);
        }
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                continue; // a query is called from Java, never fired: what it reads decides no rating
            }
            Map<String, AttributeDescr> attributes = new HashMap<>(packageAttributes); // a rule's own come first
            attributes.putAll(rule.getAttributes());
            boolean disabled = attributes.containsKey("enabled") && value(attributes.get("enabled")).equals("false");
            if (rule.getLhs() != null && !disabled) {
                element(src, rule.getLhs(), reads); // a disabled rule reads nothing: it never fires
            }
            if (rule.getConsequence() instanceof String code && code.contains(TYPE)) {
                boolean unconditional = rule.getLhs() == null || rule.getLhs().getDescrs().isEmpty();
                String attribute = disabled ? "enabled false" : UNCERTAIN_ATTRIBUTES.stream()
                        .filter(a -> attributes.containsKey(a)
                                && !(a.equals("agenda-group") && value(attributes.get(a)).equals("MAIN")))
                        .findFirst().orElse("");
                Firing firing = disabled ? Firing.NEVER : !attribute.isEmpty() ? Firing.UNCERTAIN
                        : unconditional && !attributes.containsKey("activation-group") ? Firing.ALWAYS
                        : Firing.CONDITIONAL;
                int start = Math.max(0, rule.getStartCharacter());
                int lhsEnd = rule.getLhs() != null ? rule.getLhs().getEndCharacter() : -1;
                int base = src.locate(code, -1, Math.max(start, lhsEnd), rule.getEndCharacter());
                given(src, code, base < 0 ? start : base, base >= 0, new Rule(unconditional, firing, attribute),
                        given);
            }
        }
        return new ParameterUses(reads, given);
    }

    /** How a rule giving parameters fires. */
    private record Rule(boolean unconditional, Firing firing, String attribute) {
    }

    /** @return an attribute's value without brackets, quotes and white space: {@code (false)} → {@code false} */
    private static String value(AttributeDescr attribute) {
        String v = attribute.getValue() == null ? "" : attribute.getValue().strip();
        while (v.length() >= 2 && ((v.startsWith("(") && v.endsWith(")")) || (v.startsWith("\"") && v.endsWith("\""))
                || (v.startsWith("'") && v.endsWith("'")))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
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
    private static void given(SourceText src, String code, int base, boolean located, Rule rule,
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
            String value = code.substring(valueStart, valueEnd);
            ValueForm form = commas.size() == 1 ? form(value) : ValueForm.OTHER;
            var from = src.at(located ? base + valueStart : base, "");
            var to = src.at(located ? base + valueEnd : base, "");
            given.add(new Given(name, value, form, rule.unconditional(), rule.firing(), rule.attribute(), from.line(),
                    from.column(), to.line() == from.line() ? to.column() : Integer.MAX_VALUE));
        }
    }

    /**
     * @param value a value as written, without the white space around it
     * @return what it is; only a single plain decimal literal is a number: Java would read {@code 020} as octal,
     *         {@code 1/2} as 0, and {@code 1/0} would throw at every assessment
     */
    static ValueForm form(String value) {
        if (GROUPED.matcher(value).matches()) {
            return ValueForm.GROUPED;
        }
        if (LEADING_ZERO.matcher(value).matches()) {
            return ValueForm.LEADING_ZERO;
        }
        if (!PLAIN.matcher(value).matches()) {
            return ValueForm.OTHER;
        }
        if (value.length() > 40) {
            return ValueForm.OUT_OF_RANGE; // more than ten digits before the point and fifteen after: no need to read it
        }
        BigDecimal number = new BigDecimal(value);
        return number.abs().compareTo(MAX_VALUE) > 0 || Math.max(0, number.scale()) > MAX_DECIMALS
                ? ValueForm.OUT_OF_RANGE : ValueForm.NUMBER;
    }
}
