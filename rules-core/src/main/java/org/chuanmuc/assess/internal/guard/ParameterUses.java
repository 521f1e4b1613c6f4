package org.chuanmuc.assess.internal.guard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Only the plain forms are taken: a pattern on the facts themselves (not {@code from} a collection) whose
 * constraint is {@code name == "x"}, {@code name.equals("x")} or {@code name in ("x", "y")} (one of them must be
 * given), on its own or joined to others by {@code &&} (not with {@code ||}); and {@code new Parameter("x", value)}
 * in a consequence, the name a string literal, perhaps in brackets. Reads in the branches of an {@code or} need one
 * branch's parameters given. Any other form is left out of the check, never guessed at.
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
     * focus (the engine focuses one group, the unit quota's, after the first phase); a ruleflow group is an agenda
     * group to this Drools: a rule with any of these may not give its parameter when the rules reading it run.
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
     * @param name         the name it reads
     * @param line         1-based line of the pattern
     * @param column       1-based column of the pattern
     * @param firesWithout whether the rule may fire without the parameter: the pattern is under {@code not},
     *                     {@code forall}, {@code accumulate} or {@code collect}, or in an {@code or} with a branch
     *                     reading no parameter; then a missing parameter does not stop the rule, it is taken as absent
     * @param alternatives the names of the other branches of each {@code or} around the pattern (and the other names
     *                     of its {@code in}): when every name of one of them is given, the read needs no value
     */
    public record Read(String name, int line, int column, boolean firesWithout, List<Set<String>> alternatives) {

        public Read {
            alternatives = alternatives.stream().map(Set::copyOf).toList();
        }
    }

    /**
     * A {@code new Parameter(…)} in a consequence.
     *
     * @param name        the name, or empty when it is computed (then any name may be given)
     * @param value       the value as written, everything after the name up to the closing bracket
     * @param form          what the value is: only {@link ValueForm#NUMBER} is a number a table may hold
     * @param firing        whether the rule fires in every assessment, under conditions, perhaps not, or never
     * @param attribute     the attribute that may keep the rule from firing, e.g. {@code date-expires}, or "" when
     *                      none does
     * @param line        1-based line of the value
     * @param column      1-based column where the value starts
     * @param endColumn   1-based column just past the value, on the same line (or the line's end)
     */
    public record Given(Optional<String> name, String value, ValueForm form, Firing firing, String attribute, int line,
                        int column, int endColumn) {

        /** @return whether the parameter is there in every assessment: no conditions, nothing to stop the rule */
        public boolean always() {
            return firing == Firing.ALWAYS;
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
                element(src, rule.getLhs(), false, reads); // a disabled rule reads nothing: it never fires
            }
            if (rule.getConsequence() instanceof String code && code.contains(TYPE)) {
                boolean unconditional = rule.getLhs() == null || rule.getLhs().getDescrs().isEmpty();
                String attribute = disabled ? "enabled false" : UNCERTAIN_ATTRIBUTES.stream()
                        .filter(a -> attributes.containsKey(a)
                                && !((a.equals("agenda-group") || a.equals("ruleflow-group"))
                                && value(attributes.get(a)).equals("MAIN")))
                        .findFirst().orElse("");
                Firing firing = disabled ? Firing.NEVER : !attribute.isEmpty() ? Firing.UNCERTAIN
                        : unconditional && !attributes.containsKey("activation-group") ? Firing.ALWAYS
                        : Firing.CONDITIONAL;
                int start = Math.max(0, rule.getStartCharacter());
                int lhsEnd = rule.getLhs() != null ? rule.getLhs().getEndCharacter() : -1;
                int base = src.locate(code, -1, Math.max(start, lhsEnd), rule.getEndCharacter());
                given(src, code, base < 0 ? start : base, base >= 0, new Rule(firing, attribute), given);
            }
        }
        return new ParameterUses(reads, given);
    }

    /** How a rule giving parameters fires. */
    private record Rule(Firing firing, String attribute) {
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

    private static void element(SourceText src, BaseDescr descr, boolean without, List<Read> reads) {
        if (descr instanceof OrDescr or) {
            List<List<Read>> branches = new ArrayList<>();
            for (Object child : or.getDescrs()) {
                List<Read> branch = new ArrayList<>();
                element(src, (BaseDescr) child, without, branch);
                branches.add(branch);
            }
            boolean branchWithout = branches.stream().anyMatch(List::isEmpty);
            for (int i = 0; i < branches.size(); i++) {
                for (Read r : branches.get(i)) {
                    List<Set<String>> alternatives = new ArrayList<>(r.alternatives());
                    for (int j = 0; j < branches.size(); j++) {
                        if (j != i && !branches.get(j).isEmpty()) {
                            alternatives.add(names(branches.get(j)));
                        }
                    }
                    reads.add(new Read(r.name(), r.line(), r.column(), r.firesWithout() || branchWithout,
                            alternatives));
                }
            }
        } else if (GROUPS.contains(descr.getClass())) {
            boolean under = without || descr instanceof NotDescr || descr instanceof ForallDescr;
            for (Object child : ((ConditionalElementDescr) descr).getDescrs()) {
                element(src, (BaseDescr) child, under, reads);
            }
        } else if (descr.getClass() == PatternDescr.class) {
            pattern(src, (PatternDescr) descr, without, reads);
        }
    }

    private static Set<String> names(List<Read> reads) {
        Set<String> names = new HashSet<>();
        reads.forEach(r -> names.add(r.name()));
        return names;
    }

    private static void pattern(SourceText src, PatternDescr pattern, boolean without, List<Read> reads) {
        PatternSourceDescr source = pattern.getSource();
        if (source == null && (TYPE.equals(pattern.getObjectType()) || QUALIFIED_TYPE.equals(pattern.getObjectType()))) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    int at = pattern.getStartCharacter() >= 0 ? pattern.getStartCharacter()
                            : Math.max(0, constraint.getStartCharacter());
                    var d = src.at(at, "");
                    for (List<String> oneOf : names(expr.getExpression())) {
                        for (String name : oneOf) {
                            Set<String> others = new HashSet<>(oneOf);
                            others.remove(name);
                            reads.add(new Read(name, d.line(), d.column(), without,
                                    others.isEmpty() ? List.of() : List.of(others)));
                        }
                    }
                }
            }
        } else if (source instanceof CollectDescr collect) {
            pattern(src, collect.getInputPattern(), true, reads);
        } else if (source instanceof AccumulateDescr acc && acc.getInput() != null) {
            element(src, acc.getInput(), true, reads);
        }
    }

    /**
     * @return the names a constraint requires, each as the list of which one must be given: {@code name == "x"}
     *         gives [x], {@code name in ("x", "y")} gives [x, y], and a conjunction by {@code &&} one list per such
     *         term; nothing when the constraint has {@code ||} outside brackets or cannot be lexed
     */
    private static List<List<String>> names(String expression) {
        JavaLexer.Lexed lexed = JavaLexer.lex(expression);
        if (!lexed.problems().isEmpty()) {
            return List.of();
        }
        List<List<Token>> terms = new ArrayList<>();
        List<Token> term = new ArrayList<>();
        int depth = 0;
        for (Token tok : lexed.tokens()) {
            if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
                depth++;
            } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
                depth--;
            } else if (depth == 0 && tok.isOp("||")) {
                return List.of(); // which side holds cannot be told
            } else if (depth == 0 && tok.isOp("&&")) {
                terms.add(term);
                term = new ArrayList<>();
                continue;
            }
            term.add(tok);
        }
        terms.add(term);
        List<List<String>> names = new ArrayList<>();
        for (List<Token> t : terms) {
            nameTerm(unbracketed(t)).ifPresent(names::add);
        }
        return names;
    }

    /** @return the tokens without brackets around them all: {@code ((a == b))} → {@code a == b} */
    private static List<Token> unbracketed(List<Token> t) {
        while (t.size() >= 2 && t.get(0).isOp("(") && Token.closing(t, 0) == t.size() - 1) {
            t = t.subList(1, t.size() - 1);
        }
        return t;
    }

    /**
     * @return the names of one term: {@code name == "x"}, {@code "x" == name}, {@code name.equals("x")},
     *         {@code "x".equals(name)}, or {@code name in ("x", "y")}; nothing for any other term
     */
    private static Optional<List<String>> nameTerm(List<Token> t) {
        if (t.size() == 3 && t.get(1).isOp("==")) {
            return field(t.get(0)) && string(t.get(2)) ? Optional.of(List.of(decode(t.get(2))))
                    : field(t.get(2)) && string(t.get(0)) ? Optional.of(List.of(decode(t.get(0)))) : Optional.empty();
        }
        if (t.size() == 6 && t.get(1).isOp(".") && t.get(2).isIdent() && t.get(2).is("equals") && t.get(3).isOp("(")
                && t.get(5).isOp(")")) {
            return field(t.get(0)) && string(t.get(4)) ? Optional.of(List.of(decode(t.get(4))))
                    : field(t.get(4)) && string(t.get(0)) ? Optional.of(List.of(decode(t.get(0)))) : Optional.empty();
        }
        if (t.size() >= 5 && field(t.get(0)) && t.get(1).isIdent() && t.get(1).is("in") && t.get(2).isOp("(")
                && t.get(t.size() - 1).isOp(")") && t.size() % 2 == 1) {
            List<String> names = new ArrayList<>();
            for (int k = 3; k < t.size() - 1; k += 2) {
                if (!string(t.get(k)) || !(t.get(k + 1).isOp(",") || k + 1 == t.size() - 1)) {
                    return Optional.empty();
                }
                names.add(decode(t.get(k)));
            }
            return Optional.of(names.stream().distinct().toList());
        }
        return Optional.empty();
    }

    private static boolean field(Token t) {
        return t.isIdent() && t.is("name");
    }

    private static boolean string(Token t) {
        return t.kind() == Token.Kind.STRING;
    }

    private static String decode(Token literal) {
        return LiteralEscapes.decode(literal.literalContent());
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
            List<Token> nameTokens = unbracketed(t.subList(open + 1, first));
            Optional<String> name = nameTokens.size() == 1 && string(nameTokens.get(0))
                    ? Optional.of(decode(nameTokens.get(0))) : Optional.empty();
            int valueStart = t.get(first + 1).start();
            int valueEnd = t.get(close - 1).start() + t.get(close - 1).text().length();
            String value = code.substring(valueStart, valueEnd);
            ValueForm form = commas.size() == 1 ? form(value) : ValueForm.OTHER;
            var from = src.at(located ? base + valueStart : base, "");
            var to = src.at(located ? base + valueEnd : base, "");
            given.add(new Given(name, value, form, rule.firing(), rule.attribute(), from.line(),
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
        return !withinMagnitude(number) || Math.max(0, number.scale()) > MAX_DECIMALS
                ? ValueForm.OUT_OF_RANGE : ValueForm.NUMBER;
    }

    /** @return whether a value is from -{@link #MAX_VALUE} to {@link #MAX_VALUE}, whatever its digits after the point */
    public static boolean withinMagnitude(BigDecimal number) {
        return number.abs().compareTo(MAX_VALUE) <= 0;
    }
}
