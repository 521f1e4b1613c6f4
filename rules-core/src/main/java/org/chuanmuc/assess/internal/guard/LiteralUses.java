package org.chuanmuc.assess.internal.guard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The literals of one DRL text (a DRL file, an expanded DSLR file, a converted worksheet) whose value the model can
 * only take from a fixed set, found by lexing the text as the guard does. A wrong one compiles and then fails at run
 * time or silently never matches, so {@code RuleCompiler} and the assessor check each against its set:
 * <ul>
 * <li>a level: the string given to {@code RatingLevel.of("…")} (the DSL sentence {@code Xếp loại không quá "…"}),
 *     which throws at run time on anything but a level;
 * <li>a constant: the string given to {@code X.valueOf("…")} of an enum the rules may name ({@code RatingLevel},
 *     {@code Role}, {@code Severity}…, also written in full), which throws at run time on anything but the exact
 *     name of one of its constants;
 * <li>a severity: the string compared with {@code severityName} ({@code severityName == "NHE"}, the sentence
 *     {@code Biểu hiện có mức độ "…"}, the sign table), which no criterion has when it is not a severity's code;
 * <li>a share: the number given as the share of a {@code Tasks} method ({@code tasks.below(TaskMeasure.ON_TIME,
 *     0.95)}), which no count can reach above 1;
 * <li>a criterion code: the code of a {@code RatingCap.state(…)}, {@code RatingCap.party(…)} or
 *     {@code new Finding(…)}, whose label and citation come from the catalogue;
 * <li>a string compared with a property whose type is an enum ({@code Officer(role == "STAFF")}): Drools compares
 *     the constant with the string, which are never equal, so the constraint never holds (or, with {@code !=},
 *     always holds), whatever the string.
 * </ul>
 * Only a literal standing alone as the argument is taken; a computed value is left to run time, never guessed at.
 *
 * @param levels     the strings given to {@code RatingLevel.of}
 * @param constants  the strings given to an enum's {@code valueOf}
 * @param severities the strings compared with {@code severityName}
 * @param shares     the numbers given as a {@code Tasks} share
 * @param criteria   the criterion codes of caps and findings
 * @param enumTexts  the strings compared with an enum-typed property of a pattern, with the property's enum
 */
public record LiteralUses(List<Literal> levels, List<Constant> constants, List<Literal> severities,
                          List<Literal> shares, List<Literal> criteria, List<Constant> enumTexts) {
    /** {@code Tasks} methods whose every number argument is a share. */
    private static final Set<String> SHARE_METHODS = Set.of("failsAtLeast", "passesAtLeast", "failsMoreThan",
            "missingToFailAtMost", "missingNotes");
    /** {@code Tasks} methods whose share follows a {@code TaskMeasure}. */
    private static final Set<String> MEASURE_METHODS = Set.of("below", "above", "missing", "missingNote",
            "missingAbove", "missingAboveNote");

    /**
     * One literal.
     *
     * @param value  its value: a string decoded, a number as written
     * @param line   1-based line of the literal
     * @param column 1-based column of the literal
     */
    public record Literal(String value, int line, int column) {
    }

    /**
     * A string given to an enum's {@code valueOf}.
     *
     * @param type    the enum, an allowed type ({@link GuardPolicy#type})
     * @param literal the string
     */
    public record Constant(Class<?> type, Literal literal) {
    }

    public LiteralUses {
        levels = List.copyOf(levels);
        constants = List.copyOf(constants);
        severities = List.copyOf(severities);
        shares = List.copyOf(shares);
        criteria = List.copyOf(criteria);
        enumTexts = List.copyOf(enumTexts);
    }

    /**
     * @param sourceName the text's name
     * @param drl        the DRL text
     * @return its literals of levels, enum constants, severities, shares and criterion codes
     */
    public static LiteralUses of(String sourceName, String drl) {
        SourceText src = new SourceText(sourceName, drl);
        List<Token> t = tokensAsDroolsReads(drl);
        List<Literal> levels = new ArrayList<>();
        List<Constant> constants = new ArrayList<>();
        List<Literal> severities = new ArrayList<>();
        List<Literal> shares = new ArrayList<>();
        List<Literal> criteria = new ArrayList<>();
        List<Constant> enumTexts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isIdent()) {
                continue;
            }
            if (i + 1 < t.size() && t.get(i + 1).isOp("(") && (i == 0 || !(t.get(i - 1).is("new")
                    || t.get(i - 1).isOp(".")))) {
                int open = i + 1;
                GuardPolicy.type(tok.text()).map(GuardPolicy.TypeRule::type).filter(Class::isRecord)
                        .ifPresent(type -> enumTexts(src, t, open, type, enumTexts));
            }
            if (tok.is("severityName")) {
                // severityName == "X", != "X", .equals("X"); "X" == severityName; and each with a call,
                // $c.severityName().equals("X") in an eval
                int before = i;
                if (i + 2 < t.size() && t.get(i + 1).isOp("(") && t.get(i + 2).isOp(")")) {
                    i += 2;
                }
                if (i + 2 < t.size() && (t.get(i + 1).isOp("==") || t.get(i + 1).isOp("!="))
                        && string(t.get(i + 2))) {
                    severities.add(literal(src, t.get(i + 2)));
                } else if (i + 4 < t.size() && t.get(i + 1).isOp(".") && t.get(i + 2).is("equals")
                        && t.get(i + 3).isOp("(") && string(t.get(i + 4))) {
                    severities.add(literal(src, t.get(i + 4)));
                } else if (before >= 2 && (t.get(before - 1).isOp("==") || t.get(before - 1).isOp("!="))
                        && string(t.get(before - 2))) {
                    severities.add(literal(src, t.get(before - 2)));
                }
            } else if (i + 2 < t.size() && t.get(i + 1).isOp(".") && t.get(i + 2).isIdent()
                    && i + 3 < t.size() && t.get(i + 3).isOp("(")) {
                String method = t.get(i + 2).text();
                List<List<Token>> args = arguments(t, i + 3);
                java.util.Optional<Class<?>> type = method.equals("valueOf") && args.size() == 1
                        ? GuardPolicy.type(tok.text()).<Class<?>>map(GuardPolicy.TypeRule::type).filter(Class::isEnum)
                        : java.util.Optional.empty();
                if (tok.is("RatingLevel") && method.equals("of")) {
                    single(args, 0, true).ifPresent(s -> levels.add(literal(src, s)));
                } else if (type.isPresent()) {
                    single(args, 0, true).ifPresent(s -> constants.add(new Constant(type.get(), literal(src, s))));
                } else if (tok.is("RatingCap") && (method.equals("state") || method.equals("party"))) {
                    single(args, 2, true).ifPresent(s -> criteria.add(literal(src, s)));
                }
            } else if (tok.is("new") && i + 2 < t.size() && t.get(i + 1).is("Finding") && t.get(i + 2).isOp("(")) {
                single(arguments(t, i + 2), 2, true).ifPresent(s -> criteria.add(literal(src, s)));
            }
            for (List<Token> share : shareArguments(t, i)) {
                single(List.of(share), 0, false).ifPresent(n -> shares.add(new Literal(n.text(), src.line(n.start()),
                        src.at(n.start(), "").column())));
            }
        }
        return new LiteralUses(levels, constants, severities, shares, criteria, enumTexts);
    }

    /**
     * The strings compared with an enum-typed property directly inside a pattern's parentheses:
     * {@code Type(role == "STAFF")}, {@code Type(x, "STAFF" != role)}.
     */
    private static void enumTexts(SourceText src, List<Token> t, int open, Class<?> type, List<Constant> found) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
                depth++;
            } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
                if (--depth == 0) {
                    return;
                }
            } else if (depth == 1 && tok.isIdent() && !t.get(k - 1).isOp(".") && k + 2 < t.size()
                    && !t.get(k + 1).isOp(".") && !t.get(k + 1).isOp("(")) {
                Token op = t.get(k + 1);
                Token before = t.get(k - 1);
                java.util.Optional<Class<?>> property = enumProperty(type, tok.text());
                if (property.isEmpty()) {
                    continue;
                }
                if ((op.isOp("==") || op.isOp("!=")) && string(t.get(k + 2))) {
                    found.add(new Constant(property.get(), literal(src, t.get(k + 2))));
                } else if (k >= open + 3 && (before.isOp("==") || before.isOp("!=")) && string(t.get(k - 2))) {
                    found.add(new Constant(property.get(), literal(src, t.get(k - 2))));
                }
            }
        }
    }

    /** @return the enum a record's component (or a no-argument method of that name) returns */
    private static java.util.Optional<Class<?>> enumProperty(Class<?> type, String name) {
        for (String method : List.of(name, "get" + capitalised(name), "is" + capitalised(name))) {
            try {
                Class<?> returned = type.getMethod(method).getReturnType();
                return returned.isEnum() ? java.util.Optional.of(returned) : java.util.Optional.empty();
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return java.util.Optional.empty();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The parameters a text's rules use as a share: a rule binds the parameter's value
     * ({@code Parameter(name == "nd90.tot.don-vi-dung-han-chat-luong-toi-thieu", $toiThieu: value)}) and gives the
     * variable to a {@code Tasks} share method ({@code tasks.passesAtLeast($toiThieu)}). A share's name need not say
     * so, as {@code ty-le} does.
     *
     * @param drl the DRL text
     * @return the names of the parameters used as a share
     */
    public static Set<String> shareParameters(String drl) {
        List<Token> t = tokensAsDroolsReads(drl);
        Set<String> found = new java.util.TreeSet<>();
        java.util.Map<String, String> bound = new java.util.HashMap<>(); // variable → parameter, in the current rule
        Set<String> shareVariables = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (ruleHeader(drl, t, i)) {
                settle(bound, shareVariables, found);
            } else if (tok.is("Parameter") && i + 1 < t.size() && t.get(i + 1).isOp("(")) {
                // Parameter(name == "x", $v: value), in either order
                int close = Token.closing(t, i + 1);
                String name = null;
                String variable = null;
                for (int k = i + 2; close > 0 && k + 2 < close; k++) {
                    if (t.get(k).is("name") && t.get(k + 1).isOp("==") && string(t.get(k + 2))) {
                        name = LiteralEscapes.decode(t.get(k + 2).literalContent());
                    } else if (t.get(k).isIdent() && t.get(k).text().startsWith("$") && t.get(k + 1).isOp(":")
                            && t.get(k + 2).is("value")) {
                        variable = t.get(k).text();
                    }
                }
                if (name != null && variable != null) {
                    bound.put(variable, name);
                }
            } else {
                for (List<Token> a : shareArguments(t, i)) {
                    if (a.size() == 1 && a.get(0).isIdent() && a.get(0).text().startsWith("$")) {
                        shareVariables.add(a.get(0).text());
                    }
                }
            }
        }
        settle(bound, shareVariables, found);
        return found;
    }

    /**
     * @return whether token {@code i} starts a rule: {@code rule} first on its line, then the rule's name, quoted
     *         (of any length) or a plain name, as Drools reads rule names
     */
    private static boolean ruleHeader(String drl, List<Token> t, int i) {
        if (!t.get(i).is("rule") || i + 1 >= t.size()
                || !(t.get(i + 1).kind() == Token.Kind.STRING || t.get(i + 1).isIdent())) {
            return false;
        }
        int lineStart = drl.lastIndexOf('\n', t.get(i).start() - 1) + 1;
        return drl.substring(lineStart, t.get(i).start()).isBlank();
    }

    /**
     * @return the tokens of a DRL text as Drools reads it: {@code 'TRUONG'} is the string {@code "TRUONG"}, in a
     *         condition and in a consequence, so a literal in single quotes is found as one in double quotes is
     */
    private static List<Token> tokensAsDroolsReads(String drl) {
        return JavaLexer.lex(JavaLexer.asDrlLexerSees(drl)).tokens();
    }

    /**
     * @return the arguments that are shares when token {@code i} names a {@code Tasks} share method called on
     *         something ({@code .failsAtLeast(x)}, {@code .below(TaskMeasure.ON_TIME, x)}); none otherwise, also for
     *         another type's method of the same name ({@code TotalScore.below} takes points)
     */
    private static List<List<Token>> shareArguments(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!(tok.isIdent() && i >= 1 && t.get(i - 1).isOp(".") && i + 1 < t.size() && t.get(i + 1).isOp("(")
                && (SHARE_METHODS.contains(tok.text()) || MEASURE_METHODS.contains(tok.text())))) {
            return List.of();
        }
        List<List<Token>> args = arguments(t, i + 1);
        if (!MEASURE_METHODS.contains(tok.text())) {
            return args;
        }
        if (args.size() != 2 || args.get(0).isEmpty() || !args.get(0).get(0).is("TaskMeasure")) {
            return List.of();
        }
        return args.subList(1, 2);
    }

    /** Ends a rule: its bound parameters given to a share method are shares. */
    private static void settle(java.util.Map<String, String> bound, Set<String> shareVariables, Set<String> found) {
        bound.forEach((variable, name) -> {
            if (shareVariables.contains(variable)) {
                found.add(name);
            }
        });
        bound.clear();
        shareVariables.clear();
    }

    /** @return whether a share is more than 1, i.e. more than 100%: a percentage written where a fraction belongs */
    public static boolean aboveOne(String number) {
        return value(number).filter(v -> v.compareTo(BigDecimal.ONE) > 0).isPresent();
    }

    /**
     * @param number a number literal as written, e.g. {@code 95.0d}
     * @return its value without Java's type suffix, e.g. 95.0; empty for a hexadecimal or other form, which the guard
     *         and the compiler judge
     */
    public static java.util.Optional<BigDecimal> value(String number) {
        try {
            return java.util.Optional.of(new BigDecimal(number.replaceAll("[dDfFlL]$", "")));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Literal literal(SourceText src, Token string) {
        var at = src.at(string.start(), "");
        return new Literal(LiteralEscapes.decode(string.literalContent()), at.line(), at.column());
    }

    private static boolean string(Token t) {
        return t.kind() == Token.Kind.STRING && t.text().startsWith("\"");
    }

    /** @return the argument at an index when it is one literal (a string, or a number), perhaps in brackets */
    private static java.util.Optional<Token> single(List<List<Token>> args, int index, boolean text) {
        if (index >= args.size()) {
            return java.util.Optional.empty();
        }
        List<Token> a = args.get(index);
        while (a.size() >= 2 && a.get(0).isOp("(") && Token.closing(a, 0) == a.size() - 1) {
            a = a.subList(1, a.size() - 1);
        }
        if (a.size() != 1) {
            return java.util.Optional.empty();
        }
        Token only = a.get(0);
        return text ? (string(only) ? java.util.Optional.of(only) : java.util.Optional.empty())
                : only.kind() == Token.Kind.NUMBER ? java.util.Optional.of(only) : java.util.Optional.empty();
    }

    /** @return the arguments of a call whose opening bracket is at {@code open}, split at its own commas */
    private static List<List<Token>> arguments(List<Token> t, int open) {
        List<List<Token>> args = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
                if (depth++ == 0) {
                    continue;
                }
            } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
                if (--depth == 0) {
                    if (!current.isEmpty() || !args.isEmpty()) {
                        args.add(current);
                    }
                    return args;
                }
            } else if (depth == 1 && tok.isOp(",")) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(tok);
        }
        return List.of(); // not closed: the guard says so
    }
}
