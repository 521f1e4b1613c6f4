package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Diagnostic;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks DRL text, before anything compiles it, for constructs a rule file must not use. Rule files are edited by
 * policy staff and a DRL consequence is Java, so the text is treated as untrusted code.
 *
 * <p>Four passes, all of which must pass:
 * <ol>
 * <li>the raw text: size, and no Unicode escape anywhere (Java decodes them before reading code, so one in a
 *     comment or a string can end it and start code);
 * <li>the whole text, lexed like Java: no literal or comment the engine could read differently, no nesting deep
 *     enough to overflow a parser;
 * <li>the parsed package ({@link DescrCheck}): only known descriptor kinds, imports from the model and the value
 *     types of {@link GuardPolicy}, no functions, globals, declarations, annotations, timers, entry points or
 *     inline accumulate code; every piece of code checked by {@link CodeCheck} against the allow-list;
 * <li>the whole text again ({@link TokenNet}), as a net for anything the structural walk did not hand out.
 * </ol>
 * Code is always checked as the parser hands it to the compiler, not as it stands in the file: the DRL lexer
 * rewrites {@code 'x" + code + "y'} (one string to Java) into {@code "x" + code + "y"} (code), and only the parsed
 * text shows that.
 * What the guard allows is listed in {@link GuardPolicy}; what it says is built by {@link GuardMessages}.
 */
public final class RuleGuard {

    /**
     * The DRL grammar the guard parses with. The compiler must parse with the same one (a host could otherwise
     * switch it with {@code -Ddrools.lang.level}), so that both see the same rules, conditions and consequences.
     */
    public static final LanguageLevelOption LANGUAGE_LEVEL = DrlParser.DEFAULT_LANGUAGE_LEVEL;

    /** Largest DRL text checked; generated decision tables stay far below. */
    public static final int MAX_CHARS = GuardLimits.MAX_SOURCE_CHARS;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RuleGuard() {
    }

    /**
     * What the guard found in one text.
     *
     * @param diagnostics every rejection, in line order; empty when the text is acceptable
     * @param packageName the package the text declares ("" when none or unreadable)
     * @param ruleNames   the names of its rules and queries, as the compiler will know them
     * @param parameters  where its rules read and give parameters; empty when the text could not be parsed
     */
    public record Examined(List<Diagnostic> diagnostics, String packageName, List<String> ruleNames,
                           Optional<ParameterUses> parameters) {
    }

    /**
     * Checks a text of the base criteria.
     *
     * @param sourceName the name reported in diagnostics
     * @param drl        DRL text (DSLR already expanded, decision tables already converted)
     * @return every rejection, in line order; empty when the text is acceptable
     */
    public static List<Diagnostic> check(String sourceName, String drl) {
        return examine(sourceName, drl, Scope.BASE).diagnostics();
    }

    /**
     * Checks a text.
     *
     * @param sourceName the name reported in diagnostics
     * @param drl        DRL text (DSLR already expanded, decision tables already converted)
     * @param scope      where the text comes from: local folders may use less of the language
     * @return the rejections, and the package and rule names when the text could be parsed
     */
    public static Examined examine(String sourceName, String drl, Scope scope) {
        SourceText src = new SourceText(sourceName, drl);
        if (drl.length() > MAX_CHARS) {
            return new Examined(List.of(src.at(0, GuardMessages.tooLarge(drl.length(), MAX_CHARS))), "", List.of(),
                    Optional.empty());
        }
        List<Diagnostic> found = new ArrayList<>();
        int run = -1; // where the current run of backslashes started
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '\\') {
                run = run < 0 ? i : run;
            } else {
                if (c == 'u' && run >= 0) {
                    found.add(src.at(run, GuardMessages.unicodeEscape()));
                }
                run = -1;
            }
        }
        JavaLexer.Lexed whole = JavaLexer.lex(drl);
        whole.problems().forEach(p -> found.add(src.at(p.offset(), p.message())));
        boolean tooDeep = whole.problems().stream()
                .anyMatch(p -> p.message().equals(GuardMessages.nestedTooDeep(JavaLexer.MAX_DEPTH))
                        || p.message().equals(GuardMessages.nestedTooDeep(JavaLexer.MAX_SQUARE_DEPTH)));
        CodeShape.Shape shape = CodeShape.measure(whole.tokens());
        shape.problems().stream()
                // brackets alone too deep: the lexer said so already, once is enough
                .filter(p -> !(tooDeep && p.message().equals(GuardMessages.expressionTooDeep(GuardLimits.MAX_DEPTH))))
                .forEach(p -> found.add(src.at(p.offset(), p.message())));
        if (shape.rules() > GuardLimits.MAX_RULES) {
            found.add(src.at(0, GuardMessages.tooManyRules(shape.rules(), GuardLimits.MAX_RULES)));
        }

        Set<String> declaredNames = new HashSet<>();
        Parsed parsed = new Parsed();
        if (!tooDeep && !shape.fatal() && shape.rules() <= GuardLimits.MAX_RULES) {
            parse(src, whole.tokens(), found, declaredNames, scope, parsed);
        }
        if (shape.rules() <= GuardLimits.MAX_RULES) { // else refused whole: no need to hold its tokens twice
            Set<Integer> linesWithFindings = new HashSet<>();
            found.forEach(d -> linesWithFindings.add(d.line()));
            List<Token> seenByDrools = JavaLexer.lex(JavaLexer.asDrlLexerSees(drl)).tokens();
            for (Problem p : TokenNet.check(seenByDrools, declaredNames)) {
                // the net only speaks where the precise checks said nothing, to keep one message per construct
                if (!linesWithFindings.contains(src.line(p.offset()))) {
                    found.add(src.at(p.offset(), p.message()));
                }
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(found)).stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
                        .thenComparing(Diagnostic::message))
                .toList();
        return new Examined(capped(sorted), parsed.packageName, List.copyOf(parsed.ruleNames),
                Optional.ofNullable(parsed.parameters));
    }

    /** Keeps the first diagnostics of a text and counts the rest in one more: a message per line is no use. */
    private static List<Diagnostic> capped(List<Diagnostic> all) {
        int max = GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE;
        if (all.size() <= max) {
            return all;
        }
        List<Diagnostic> kept = new ArrayList<>(all.subList(0, max));
        Diagnostic last = all.get(max);
        kept.add(new Diagnostic(last.source(), last.line(), last.column(), GuardMessages.moreProblems(all.size() - max)));
        return List.copyOf(kept);
    }

    /** What the parse found besides problems. */
    private static final class Parsed {
        private String packageName = "";
        private final List<String> ruleNames = new ArrayList<>();
        private ParameterUses parameters;
    }

    private static void parse(SourceText src, List<Token> tokens, List<Diagnostic> found,
                              Set<String> declaredNames, Scope scope, Parsed parsed) {
        DrlParser parser = new DrlParser(LANGUAGE_LEVEL);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, src.text());
        } catch (StackOverflowError e) {
            found.add(src.at(0, GuardMessages.tooComplexToCompile(e.getClass().getSimpleName())));
            return;
        } catch (DroolsParserException | RuntimeException e) {
            found.add(src.at(0, GuardMessages.unreadable(String.valueOf(e.getMessage()))));
            return;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                found.add(error instanceof ParserError pe
                        ? src.atLine(pe.getRow(), pe.getCol() + 1, GuardMessages.syntaxError(pe.getMessage()))
                        : src.at(0, GuardMessages.syntaxError(error.getMessage())));
            }
            return;
        }
        if (pkg == null) {
            found.add(src.at(0, GuardMessages.unreadable("no package")));
            return;
        }
        parsed.packageName = pkg.getName() == null ? "" : pkg.getName();
        for (RuleDescr rule : pkg.getRules()) {
            parsed.ruleNames.add(rule.getName());
            for (String name : new String[] {rule.getName(), rule.getParentName()}) {
                if (name != null && IDENTIFIER.matcher(name).matches()
                        && GuardPolicy.forbiddenName(name).isEmpty()
                        && !GuardPolicy.FORBIDDEN_KEYWORDS.containsKey(name)) {
                    declaredNames.add(name);
                }
            }
        }
        try {
            new DescrCheck(src, tokens, found, scope).check(pkg);
            parsed.parameters = ParameterUses.of(src, pkg);
        } catch (StackOverflowError e) {
            found.add(src.at(0, GuardMessages.tooComplexToCompile(e.getClass().getSimpleName())));
        } catch (RuntimeException e) {
            // fail closed: a descriptor shape the guard did not expect must not let the file through
            found.add(src.at(0, GuardMessages.guardFailed(e.toString())));
        }
    }
}
