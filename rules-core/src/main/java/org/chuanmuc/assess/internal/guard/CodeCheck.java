package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.internal.guard.GuardMessages.Hazard;
import org.chuanmuc.assess.internal.guard.GuardPolicy.TypeRule;

/**
 * Checks one piece of rule code (a constraint, a {@code from} or {@code eval} expression, an accumulate argument
 * or a consequence) token by token against {@link GuardPolicy}. Every name must be a variable, an allowed type, a
 * member that type allows, or a word of the context; calls are checked by receiver: {@code Type.m(...)} against
 * the type's static methods, {@code x.m(...)} against the allowed instance methods, {@code m(...)} against the
 * rule actions.
 */
final class CodeCheck {

    /** Where the code sits, which decides what a bare name may mean. */
    enum Context {
        /** Inside a pattern: bare names are the fact's properties. */
        CONSTRAINT,
        /** {@code from}, {@code eval} and accumulate arguments: names must be variables or types. */
        EXPRESSION,
        /** After {@code then}: statements calling the rule actions. */
        CONSEQUENCE
    }

    /** Widest {@code String.format} field accepted. */
    static final int MAX_FORMAT_WIDTH = 99;

    private static final List<String> ASSIGNMENTS = List.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=", "++", "--");

    private final List<Token> t;
    private final Context context;
    private final Scope scope;
    private final boolean[] done;
    private final boolean[] typeRef;
    private final List<Problem> problems = new ArrayList<>();
    /** Insert problems, kept back until the end: reported only where nothing inside the argument already is. */
    private final List<Problem> insertProblems = new ArrayList<>();
    private final List<int[]> insertRanges = new ArrayList<>();
    private int pendingTernaries;

    private CodeCheck(List<Token> tokens, Context context, Scope scope) {
        this.t = tokens;
        this.context = context;
        this.scope = scope;
        this.done = new boolean[tokens.size()];
        this.typeRef = new boolean[tokens.size()];
    }

    /**
     * @param code    the code
     * @param context where it sits
     * @param scope   where the rule file comes from
     * @return every problem, at offsets of {@code code}
     */
    static List<Problem> check(String code, Context context, Scope scope) {
        JavaLexer.Lexed lexed = JavaLexer.lex(code);
        CodeCheck check = new CodeCheck(lexed.tokens(), context, scope);
        check.problems.addAll(lexed.problems());
        check.run();
        return check.problems;
    }

    private void run() {
        for (int i = 0; i < t.size(); i++) {
            if (done[i]) {
                continue;
            }
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.IDENT) {
                ident(i);
            } else if (tok.kind() == Token.Kind.OP) {
                op(i);
            } else if (tok.kind() == Token.Kind.STRING) {
                escapes(tok);
            }
        }
        // one message per construct: an argument already rejected for what it contains needs no second one
        List<Problem> found = List.copyOf(problems);
        for (int k = 0; k < insertProblems.size(); k++) {
            int[] range = insertRanges.get(k);
            if (found.stream().noneMatch(p -> p.offset() >= range[0] && p.offset() <= range[1])) {
                problems.add(insertProblems.get(k));
            }
        }
    }

    // --- operators -----------------------------------------------------------------------------------------

    private void op(int i) {
        Token tok = t.get(i);
        String op = tok.text();
        if (op.equals("->")) {
            report(tok, GuardMessages.lambda());
        } else if (op.equals("::")) {
            report(tok, GuardMessages.methodReference());
        } else if (ASSIGNMENTS.contains(op)) {
            report(tok, GuardMessages.assignment(op));
        } else if (op.equals("@")) {
            Token next = at(i + 1);
            report(tok, next != null && next.isOp("{") ? GuardMessages.mvelTemplate()
                    : GuardMessages.annotation(next != null && next.isIdent() ? next.text() : ""));
        } else if (op.equals("#")) {
            report(tok, GuardMessages.hash());
        } else if (op.equals(".?")) {
            report(tok, GuardMessages.mvelNullSafe());
        } else if (op.equals("...")) {
            report(tok, GuardMessages.unsupported("..."));
        } else if (op.equals("[")) {
            Token prev = at(i - 1);
            if (context == Context.CONSTRAINT && prev != null && prev.isIdent() && prev.is("str")) {
                // Drools compiles a constraint on its first evaluation (RuleCompiler), and the compiled str[…] calls a
                // method its own runtime lacks (NoSuchMethodError on every unit; kie-drools#6711)
                report(prev, GuardMessages.strOperator());
            } else {
                report(tok, GuardMessages.bracket());
            }
        } else if ((op.equals(";") || op.equals("{")) && context != Context.CONSEQUENCE) {
            report(tok, GuardMessages.notInCondition(op));
        } else if (op.equals("?")) {
            pendingTernaries++;
        } else if (op.equals(":") && pendingTernaries > 0) {
            pendingTernaries--;
        }
    }

    // --- names ---------------------------------------------------------------------------------------------

    private void ident(int i) {
        Token tok = t.get(i);
        String name = tok.text();
        if (name.startsWith("$")) {
            if (name.contains("__")) {
                // Drools' own generated variables, such as the fact handle "$o__Handle__"
                report(tok, GuardMessages.forbiddenName(name, Hazard.ENGINE));
            }
            return; // a variable: bound by a pattern, so it can only hold facts and allowed values
        }
        boolean afterDot = i > 0 && (t.get(i - 1).isOp(".") || t.get(i - 1).isOp("!."));
        boolean call = isOp(i + 1, "(");
        Hazard keyword = GuardPolicy.FORBIDDEN_KEYWORDS.get(name);
        if (keyword != null) {
            report(tok, GuardMessages.forbiddenKeyword(name,
                    name.equals("class") && afterDot ? Hazard.REFLECTION : keyword));
            return;
        }
        if (afterDot) {
            member(i, name, call);
            return;
        }
        if (context == Context.CONSTRAINT && isOp(i + 1, ":") && pendingTernaries == 0) {
            report(tok, GuardMessages.bindingName(name));
            done[i + 1] = true;
            return;
        }
        switch (name) {
            case "new" -> {
                newExpression(i);
                return;
            }
            case "instanceof" -> {
                instanceofPattern(i);
                return;
            }
            case "null", "true", "false", "int", "long", "double", "boolean", "char", "byte", "short", "float" -> {
                return;
            }
            case "this" -> {
                if (context != Context.CONSTRAINT) {
                    report(tok, GuardMessages.notAllowed(name));
                }
                return;
            }
            case "if", "else", "return" -> {
                if (context != Context.CONSEQUENCE) {
                    report(tok, GuardMessages.notAllowed(name));
                }
                return;
            }
            default -> {
                // checked below
            }
        }
        Optional<Hazard> hazard = GuardPolicy.forbiddenName(name);
        if (hazard.isPresent()) {
            report(tok, GuardMessages.forbiddenName(name, hazard.get()));
            skipMembers(i); // "System.exit": one message for the construct
            return;
        }
        if (GuardPolicy.type(name).isPresent()) {
            typeRef[i] = true;
            return;
        }
        if (context == Context.CONSTRAINT && GuardPolicy.CONSTRAINT_OPERATORS.contains(name)) {
            if (name.equals("matches")) {
                regexOperand(i);
            }
            return;
        }
        if (call) {
            bareCall(i);
            return;
        }
        if (context == Context.CONSTRAINT && GuardPolicy.property(name)) {
            return;
        }
        if (Character.isLowerCase(name.charAt(0)) && isOp(i + 1, ".")) {
            qualifiedName(i);
            return;
        }
        report(tok, GuardMessages.notAllowed(name));
    }

    private void bareCall(int i) {
        Token tok = t.get(i);
        String name = tok.text();
        boolean allowed = switch (context) {
            case CONSEQUENCE -> GuardPolicy.ACTIONS.contains(name);
            case CONSTRAINT -> GuardPolicy.instanceMethod(name); // a method of the matched fact
            case EXPRESSION -> false;
        };
        if (!allowed && context == Context.CONSEQUENCE && name.equals("insertLogical")) {
            report(tok, GuardMessages.logicalInsertNotSupported());
        } else if (!allowed) {
            report(tok, context == Context.CONSTRAINT ? GuardMessages.methodNotAllowed(name)
                    : GuardMessages.callNotAllowed(name));
        } else if (context == Context.CONSEQUENCE && scope == Scope.LOCAL && !GuardPolicy.LOCAL_ACTIONS.contains(name)) {
            report(tok, GuardMessages.localAction(name));
        } else if (context == Context.CONSEQUENCE && name.equals("insert")) {
            insertArgument(i);
        }
    }

    /**
     * {@code insert(new T(...))} or {@code insert(T.factory(...))}, nothing else: T a model type rules may create
     * (for local rules, one of {@link GuardPolicy#LOCAL_INSERTS}), the factory returning T. Anything else could put
     * a string, a list or an engine input into the session, past the budgets and the bound on joins.
     */
    private void insertArgument(int call) {
        Token first = at(call + 2);
        if (!isOp(call + 1, "(") || first == null) {
            return; // not a call: reported elsewhere if it matters
        }
        int typeAt;
        int open;
        boolean constructor = first.isIdent() && first.is("new");
        if (constructor) {
            typeAt = call + 3;
            open = typeAt + 1;
        } else {
            typeAt = call + 2;
            open = typeAt + 3;
        }
        // a qualified name (org.chuanmuc.model.Warning) resolves to its simple name
        while (isOp(typeAt + 1, ".") && at(typeAt) != null && at(typeAt).isIdent()
                && Character.isLowerCase(at(typeAt).text().charAt(0))) {
            typeAt += 2;
            open += 2;
        }
        Token type = at(typeAt);
        Optional<TypeRule> rule = type != null && type.isIdent() ? GuardPolicy.type(type.text()) : Optional.empty();
        boolean shaped = rule.isPresent() && rule.get().model() && isOp(open, "(")
                && (constructor || (isOp(typeAt + 1, ".") && at(typeAt + 2) != null && at(typeAt + 2).isIdent()
                && GuardPolicy.factory(rule.get().type(), at(typeAt + 2).text())));
        int close = shaped ? matching(open) : -1;
        int callClose = matching(call + 1);
        int[] range = {first.start(), callClose > 0 ? t.get(callClose).start() : Integer.MAX_VALUE};
        if (!shaped || close < 0 || !isOp(close + 1, ")")) {
            insertProblem(range, new Problem(first.start(), GuardMessages.insertNotAllowed(leadingName(call + 2))));
            return;
        }
        Class<?> inserted = rule.get().type();
        if (GuardPolicy.ENGINE_FACTS.contains(inserted)) {
            insertProblem(range, new Problem(type.start(), GuardMessages.insertNotAllowed(inserted.getSimpleName())));
        } else if (scope == Scope.LOCAL && !GuardPolicy.LOCAL_INSERTS.contains(inserted)) {
            insertProblem(range, new Problem(type.start(), GuardMessages.localInsert(inserted.getSimpleName())));
        } else if (scope == Scope.LOCAL && inserted == org.chuanmuc.model.ReviewFlag.class) {
            reservedFlagCode(open, close).ifPresent(at -> insertProblem(range,
                    new Problem(at.start(), GuardMessages.localReservedFlag(org.chuanmuc.assess.Flag.NOT_RATED))));
        }
    }

    /**
     * The not-rated flag's code written as a literal for a review flag's code (its second argument), escapes
     * decoded. Only the base criteria's {@code NotRated} conclusion may come with it; the engine refuses it at run
     * time however it is spelled, and this tells the author when the rule is checked.
     */
    private Optional<Token> reservedFlagCode(int open, int close) {
        int argument = 0;
        int depth = 0;
        Token only = null;
        int tokens = 0;
        for (int j = open + 1; j < close; j++) {
            Token token = t.get(j);
            if (token.isOp("(") || token.isOp("[") || token.isOp("{")) {
                depth++;
            } else if (token.isOp(")") || token.isOp("]") || token.isOp("}")) {
                depth--;
            } else if (depth == 0 && token.isOp(",")) {
                argument++;
                continue;
            }
            if (argument == 1) {
                only = token;
                tokens++;
            }
        }
        boolean reserved = tokens == 1 && only.kind() == Token.Kind.STRING
                && LiteralEscapes.decode(only.literalContent()).equals(org.chuanmuc.assess.Flag.NOT_RATED);
        return reserved ? Optional.of(only) : Optional.empty();
    }

    /** @return the name an expression starts with, qualified: {@code java.util.List.of}, {@code $o.name} */
    private String leadingName(int from) {
        StringBuilder name = new StringBuilder(t.get(from).text());
        for (int j = from; isOp(j + 1, ".") && at(j + 2) != null && at(j + 2).isIdent(); j += 2) {
            name.append('.').append(t.get(j + 2).text());
        }
        return name.toString();
    }

    private void insertProblem(int[] range, Problem problem) {
        insertRanges.add(range);
        insertProblems.add(problem);
    }

    /** {@code x instanceof Type}: a type, never a pattern that declares a variable ({@code Type name}). */
    private void instanceofPattern(int i) {
        int j = i + 1;
        while (at(j) != null && at(j).isIdent() && isOp(j + 1, ".") && at(j + 2) != null && at(j + 2).isIdent()) {
            j += 2;
        }
        Token after = at(j + 1);
        if (at(j) != null && at(j).isIdent() && after != null
                && ((after.isIdent() && !GuardPolicy.FORBIDDEN_KEYWORDS.containsKey(after.text())
                && !after.is("instanceof")) || after.isOp("("))) {
            report(t.get(i), GuardMessages.instanceofBinding());
        }
    }

    private void member(int i, String name, boolean call) {
        Token tok = t.get(i);
        Optional<Hazard> hazard = GuardPolicy.forbiddenName(name);
        if (hazard.isPresent()) {
            report(tok, GuardMessages.forbiddenName(name, hazard.get()));
            return;
        }
        Optional<TypeRule> owner = i >= 2 && typeRef[i - 2] ? GuardPolicy.type(t.get(i - 2).text())
                : Optional.empty();
        if (owner.isPresent()) {
            TypeRule type = owner.get();
            if (call && type.staticMethods().contains(name) && context == Context.CONSTRAINT
                    && type.type().isInterface()) {
                // Drools compiles a constraint to bytecode on its first evaluation (RuleCompiler), and emits a call
                // to an interface's static method (List.of) as a class method: IncompatibleClassChangeError on every
                // unit the rule meets
                report(tok, GuardMessages.interfaceStaticInCondition(type.simpleName(), name));
            } else if (call && type.staticMethods().contains(name)) {
                if (type.type() == String.class && name.equals("format")) {
                    formatLiteral(i);
                }
            } else if (call) {
                report(tok, GuardMessages.staticMethodNotAllowed(type.simpleName(), name));
            } else if (!type.staticFields().contains(name)) {
                report(tok, GuardMessages.notAllowed(type.simpleName() + "." + name));
            }
        } else if (call ? !GuardPolicy.instanceMethod(name) : !GuardPolicy.property(name)) {
            report(tok, call ? GuardMessages.methodNotAllowed(name) : GuardMessages.notAllowed(name));
        }
    }

    /** {@code java.util.List}: allowed when it names an allowed type, else rejected with the package's reason. */
    private void qualifiedName(int i) {
        Optional<Integer> end = resolveQualified(i);
        if (end.isPresent()) {
            return;
        }
        int j = i;
        StringBuilder name = new StringBuilder(t.get(i).text());
        boolean namesClass = false;
        while (!namesClass && isOp(j + 1, ".") && j + 2 < t.size() && t.get(j + 2).isIdent()) {
            j += 2;
            name.append('.').append(t.get(j).text());
            namesClass = Character.isUpperCase(t.get(j).text().charAt(0));
        }
        String qualified = name.toString();
        // "out.add(...)" is an unknown variable, not a package: say so
        report(t.get(i), namesClass ? GuardMessages.fullyQualifiedName(qualified, GuardPolicy.hazardOf(qualified))
                : GuardMessages.notAllowed(t.get(i).text()));
        skipMembers(i);
    }

    /** Marks the members that follow a rejected name directly as handled: they belong to the same construct. */
    private void skipMembers(int j) {
        while (isOp(j + 1, ".") && j + 2 < t.size() && t.get(j + 2).isIdent()) {
            done[j + 1] = true;
            done[j + 2] = true;
            j += 2;
        }
    }

    /** @return the index of the type's simple name when tokens from {@code i} spell an allowed qualified type */
    private Optional<Integer> resolveQualified(int i) {
        StringBuilder name = new StringBuilder(t.get(i).text());
        int j = i;
        while (isOp(j + 1, ".") && j + 2 < t.size() && t.get(j + 2).isIdent()) {
            j += 2;
            name.append('.').append(t.get(j).text());
            if (Character.isUpperCase(t.get(j).text().charAt(0))) {
                if (GuardPolicy.qualifiedType(name.toString()).isEmpty()) {
                    return Optional.empty();
                }
                for (int k = i; k <= j; k++) {
                    done[k] = true;
                }
                typeRef[j] = true;
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    private void newExpression(int i) {
        Token type = at(i + 1);
        if (type == null || !type.isIdent()) {
            report(t.get(i), GuardMessages.newNotAllowed(type == null ? "" : type.text()));
            return;
        }
        String name = type.text();
        done[i + 1] = true;
        if (List.of("int", "long", "double", "boolean", "char", "byte", "short", "float").contains(name)) {
            report(type, isOp(i + 2, "[") ? GuardMessages.arrayCreation() : GuardMessages.newNotAllowed(name));
            markBracket(i + 2);
            return;
        }
        int end = i + 1;
        Optional<TypeRule> rule = GuardPolicy.type(name);
        if (rule.isEmpty() && Character.isLowerCase(name.charAt(0)) && isOp(i + 2, ".")) {
            Optional<Integer> resolved = resolveQualified(i + 1);
            if (resolved.isEmpty()) {
                done[i + 1] = false;
                qualifiedName(i + 1);
                return;
            }
            end = resolved.get();
            rule = GuardPolicy.type(t.get(end).text());
        }
        if (isOp(end + 1, "[")) {
            report(type, GuardMessages.arrayCreation());
            markBracket(end + 1);
            return;
        }
        if (rule.isEmpty()) {
            Optional<Hazard> hazard = GuardPolicy.forbiddenName(name);
            report(type, hazard.map(h -> GuardMessages.forbiddenName(name, h))
                    .orElseGet(() -> GuardMessages.newNotAllowed(name)));
            return;
        }
        if (!rule.get().constructible() || !isOp(end + 1, "(")) {
            report(type, GuardMessages.newNotAllowed(rule.get().simpleName()));
            return;
        }
        int close = matching(end + 1);
        if (close > 0 && isOp(close + 1, "{")) {
            report(t.get(close + 1), GuardMessages.anonymousClass());
            done[close + 1] = true;
        }
    }

    private void markBracket(int i) {
        if (isOp(i, "[")) {
            done[i] = true;
        }
    }

    /**
     * {@code name matches "regex"}: only a literal, and only one that cannot backtrack for ages, judged by the
     * regular expression it holds once its escapes are decoded.
     */
    private void regexOperand(int i) {
        Token operand = at(i + 1);
        if (operand == null || operand.kind() != Token.Kind.STRING) {
            report(t.get(i), GuardMessages.regexNotLiteral());
            return;
        }
        String regex = LiteralEscapes.decode(operand.literalContent());
        if (RegexRisk.risky(regex)) {
            report(operand, GuardMessages.riskyRegex(regex, GuardLimits.MAX_REGEX_CHARS));
        }
    }

    /**
     * {@code String.format("...", ...)}: a literal format, no field wider than {@link #MAX_FORMAT_WIDTH}, judged by
     * the format it holds once its escapes are decoded ({@code "\45999d"} is {@code %999d}).
     */
    private void formatLiteral(int i) {
        Token format = at(i + 2);
        if (format == null || format.kind() != Token.Kind.STRING
                || !formatSafe(LiteralEscapes.decode(format.literalContent()))) {
            report(t.get(i), GuardMessages.formatNotSafe(MAX_FORMAT_WIDTH));
        }
    }

    static boolean formatSafe(String format) {
        for (int p = format.indexOf('%'); p >= 0; p = format.indexOf('%', p + 1)) {
            int q = p + 1;
            int digits = 0;
            while (q < format.length() && "0123456789$.-#+ ,(<".indexOf(format.charAt(q)) >= 0) {
                if (format.charAt(q) == '$' || format.charAt(q) == '<') {
                    return false; // "%1$s" and "%<s" use an argument again: each use copies its whole text
                }
                digits = Character.isDigit(format.charAt(q)) ? digits + 1 : 0;
                if (digits > String.valueOf(MAX_FORMAT_WIDTH).length()) {
                    return false;
                }
                q++;
            }
            if (q < format.length() && format.charAt(q) == '%') {
                p = q; // "%%" is a literal percent sign
            }
        }
        return true;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private int matching(int open) {
        return Token.closing(t, open);
    }

    private Token at(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    private boolean isOp(int i, String op) {
        Token tok = at(i);
        return tok != null && tok.isOp(op);
    }

    /**
     * An escape that neither MVEL nor javac reads in a string ({@code \d}, {@code \w}, {@code \.}), or {@code \s},
     * which javac reads as a space and MVEL refuses: the author meant the backslash of a regular expression. Told
     * here, with its position and how to write it, rather than by the compiler's English message without a line.
     */
    private void escapes(Token tok) {
        String content = tok.literalContent();
        for (int k = 0; k + 1 < content.length(); k++) {
            if (content.charAt(k) != '\\') {
                continue;
            }
            char escaped = content.charAt(++k);
            if (!LiteralEscapes.readEverywhere(escaped)) {
                problems.add(new Problem(tok.start() + k, GuardMessages.unreadableEscape("\\" + escaped)));
                return;
            }
        }
    }

    private void report(Token tok, String message) {
        problems.add(new Problem(tok.start(), message));
    }
}
