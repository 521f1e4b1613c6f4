package org.chuanmuc.assess.internal.guard;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.internal.guard.CodeCheck.Context;
import org.chuanmuc.assess.internal.guard.GuardPolicy.AttributeKind;
import org.chuanmuc.assess.internal.guard.GuardPolicy.TypeRule;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * Walks the parsed package and checks its structure: imports, declarations, attributes, and every conditional
 * element, by exact descriptor class. A descriptor class that is not known here is rejected, so a construct a
 * later Drools adds cannot slip past unchecked. Code found on the way goes to {@link CodeCheck}.
 */
final class DescrCheck {
    private static final Pattern INTEGER = Pattern.compile("\\(?\\s*-?\\d{1,9}\\s*\\)?");
    private static final Pattern BOOLEAN = Pattern.compile("\\(?\\s*(true|false)\\s*\\)?");
    private static final Set<Class<?>> GROUPS = Set.of(AndDescr.class, OrDescr.class, NotDescr.class,
            ExistsDescr.class, ForallDescr.class);

    private final SourceText src;
    private final List<Token> tokens;
    private final List<Diagnostic> out;
    private final Scope scope;

    /**
     * @param src    the text
     * @param tokens the tokens of the whole text, to place statements the parser gives no position for
     * @param out    receives the rejections
     * @param scope  where the rule file comes from
     */
    DescrCheck(SourceText src, List<Token> tokens, List<Diagnostic> out, Scope scope) {
        this.src = src;
        this.tokens = tokens;
        this.out = out;
        this.scope = scope;
    }

    void check(PackageDescr pkg) {
        String name = pkg.getName();
        if (name != null && !name.isEmpty() && !GuardPolicy.packageAllowed(name)) {
            report(packageStatement(), GuardMessages.packageNotAllowed(name));
        }
        if (pkg.getUnit() != null) {
            report(pkg.getUnit(), GuardMessages.ruleUnit(pkg.getUnit().getTarget()));
        }
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget();
            if (!GuardPolicy.importAllowed(target)) {
                String qualified = target.endsWith(".*") ? target.substring(0, target.length() - 2) : target;
                report(imp, GuardMessages.importNotAllowed(target, GuardPolicy.hazardOf(qualified)));
            }
        }
        for (FunctionImportDescr imp : pkg.getFunctionImports()) {
            report(imp, GuardMessages.functionImport(imp.getTarget()));
        }
        for (AccumulateImportDescr imp : pkg.getAccumulateImports()) {
            report(imp, GuardMessages.accumulateImport(imp.getTarget()));
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            if (!global.getType().equals(GuardPolicy.ALLOWED_GLOBALS.get(global.getIdentifier()))) {
                report(global, GuardMessages.global(global.getIdentifier()));
            }
        }
        for (FunctionDescr function : pkg.getFunctions()) {
            report(function, GuardMessages.function(function.getName()));
        }
        for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
            report(type, GuardMessages.declaration(type.getTypeName()));
        }
        for (EnumDeclarationDescr type : pkg.getEnumDeclarations()) {
            report(type, GuardMessages.declaration("enum " + type.getTypeName()));
        }
        for (EntryPointDeclarationDescr entry : pkg.getEntryPointDeclarations()) {
            report(entry, GuardMessages.declaration("entry-point " + entry.getEntryPointId()));
        }
        for (WindowDeclarationDescr window : pkg.getWindowDeclarations()) {
            report(window, GuardMessages.declaration("window " + window.getName()));
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            attribute(attribute);
        }
        for (RuleDescr rule : pkg.getRules()) {
            rule(rule);
        }
    }

    // --- rules ---------------------------------------------------------------------------------------------

    private void rule(RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter();
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(attribute);
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            int at = src.locate("@" + annotation.getName(), -1, start, end);
            report(at >= 0 ? at : start, GuardMessages.annotation(annotation.getName()));
        }
        if (rule.getUnit() != null) {
            report(rule, GuardMessages.ruleUnit(rule.getUnit().getTarget()));
        }
        if (rule.getParentName() != null) {
            int at = src.locate("extends", -1, start, end);
            report(at >= 0 ? at : start, GuardMessages.ruleExtends());
        }
        List<String> parameters = List.of();
        if (rule instanceof QueryDescr query) {
            queryParameters(query, start);
            parameters = List.of(query.getParameters());
            if (GuardPolicy.type(query.getName()).isPresent()) {
                report(start, GuardMessages.queryName(query.getName()));
            }
        }
        if (rule.getLhs() != null) {
            conditionalElement(rule.getLhs());
            JoinBound.Result join = JoinBound.of(rule.getLhs(), parameters);
            if (join.degree() > GuardLimits.MAX_JOIN_DEGREE) {
                report(lhsStart(rule, start), GuardMessages.joinTooWide(join.degree(), GuardLimits.MAX_JOIN_DEGREE));
            }
            if (join.subrules() > GuardLimits.MAX_SUBRULES) {
                report(lhsStart(rule, start), GuardMessages.tooManySubrules(join.subrules(), GuardLimits.MAX_SUBRULES));
            }
            join.overJoin().ifPresent(d -> report(offsetOf(d, start), GuardMessages.accumulateOverJoin()));
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            int at = src.locate("then[", -1, start, end);
            report(at >= 0 ? at : start, GuardMessages.namedConsequence());
        }
        Object consequence = rule.getConsequence();
        if (consequence instanceof String code && !code.isBlank()) {
            int lhsEnd = rule.getLhs() != null ? rule.getLhs().getEndCharacter() : -1;
            int base = src.locate(code, -1, Math.max(start, lhsEnd), end);
            checkCode(code, base, start, Context.CONSEQUENCE);
        } else if (consequence != null && !(consequence instanceof String)) {
            report(rule, GuardMessages.unsupported(consequence.getClass().getSimpleName()));
        }
    }

    /** @return where a rule's conditions start: the {@code when}, or the rule itself */
    private int lhsStart(RuleDescr rule, int start) {
        int at = src.locate("when", -1, start, rule.getEndCharacter());
        return at >= 0 ? at : start;
    }

    private void queryParameters(QueryDescr query, int start) {
        String[] names = query.getParameters();
        String[] types = query.getParameterTypes();
        for (int i = 0; i < names.length; i++) {
            if (!names[i].startsWith("$")) {
                report(locateIn(names[i], start, query.getEndCharacter(), start), GuardMessages.bindingName(names[i]));
            }
            String type = types[i];
            if (!knownType(type) && !List.of("int", "long", "double", "boolean").contains(type)) {
                report(locateIn(type, start, query.getEndCharacter(), start), GuardMessages.notAllowed(type));
            }
        }
    }

    private void attribute(AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (GuardPolicy.FORBIDDEN_ATTRIBUTES.containsKey(name)) {
            report(attribute, GuardMessages.attributeForbidden(name, GuardPolicy.FORBIDDEN_ATTRIBUTES.get(name)));
        } else if (scope == Scope.LOCAL && GuardPolicy.LOCAL_FORBIDDEN_ATTRIBUTES.contains(name)) {
            report(attribute, GuardMessages.localAttribute(name));
        } else if (name.equals(GuardPolicy.DIALECT_ATTRIBUTE)) {
            if (!GuardPolicy.DIALECTS.contains(value)) {
                report(attribute, GuardMessages.attributeValue(name, "\"java\" hoặc \"mvel\"", "\"java\" or \"mvel\""));
            }
        } else if (!GuardPolicy.ATTRIBUTES.containsKey(name)) {
            report(attribute, GuardMessages.attributeUnknown(name));
        } else {
            AttributeKind kind = GuardPolicy.ATTRIBUTES.get(name);
            boolean literal = attribute.getType() == AttributeDescr.Type.STRING
                    || attribute.getType() == AttributeDescr.Type.DATE;
            switch (kind) {
                case INTEGER -> {
                    if (!INTEGER.matcher(value).matches()) {
                        report(attribute, GuardMessages.attributeValue(name, "một số nguyên", "an integer literal"));
                    }
                }
                case BOOLEAN -> {
                    if (!BOOLEAN.matcher(value).matches()) {
                        report(attribute, GuardMessages.attributeValue(name, "true hoặc false", "true or false"));
                    }
                }
                case STRING, DATE -> {
                    if (!literal) {
                        report(attribute, GuardMessages.attributeValue(name, "một chuỗi trong ngoặc kép",
                                "a quoted string"));
                    }
                }
                default -> throw new IllegalStateException("unhandled attribute kind " + kind);
            }
        }
    }

    // --- conditions ----------------------------------------------------------------------------------------

    private void conditionalElement(BaseDescr descr) {
        if (GROUPS.contains(descr.getClass())) {
            for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                conditionalElement((BaseDescr) child);
            }
        } else if (descr.getClass() == PatternDescr.class) {
            pattern((PatternDescr) descr);
        } else if (descr.getClass() == EvalDescr.class) {
            Object content = ((EvalDescr) descr).getContent();
            if (content instanceof String code) {
                int base = src.locate(code, -1, Math.max(0, descr.getStartCharacter()), descr.getEndCharacter());
                checkCode(code, base, offsetOf(descr), Context.EXPRESSION);
            } else {
                report(descr, GuardMessages.unsupported("eval"));
            }
        } else if (descr.getClass().getSimpleName().equals("ConditionalBranchDescr")
                || descr.getClass().getSimpleName().equals("NamedConsequenceDescr")) {
            report(descr, GuardMessages.namedConsequence());
        } else {
            report(descr, GuardMessages.unsupported(descr.getClass().getSimpleName()));
        }
    }

    private void pattern(PatternDescr pattern) {
        int start = Math.max(0, pattern.getStartCharacter());
        int end = pattern.getEndCharacter();
        PatternSourceDescr source = pattern.getSource();
        String type = pattern.getObjectType() == null ? "" : pattern.getObjectType(); // null for an OOPath
        boolean accumulateResult = source != null && source.getClass() == AccumulateDescr.class
                && "Object".equals(type);
        if (pattern.isQuery()) {
            report(start, GuardMessages.queryCall());
        } else if (!accumulateResult && !patternType(type)) {
            report(locateIn(type, start, end, start), GuardMessages.patternType(type));
        } else if (!accumulateResult && source == null && !modelType(type)) {
            // the engine holds only model facts: a bare List() or Number() would match nothing, or what a rule
            // slipped in past the budgets
            report(locateIn(type, start, end, start), GuardMessages.valuePatternWithoutSource(type));
        }
        String id = pattern.getIdentifier();
        if (id != null && !id.startsWith("$")) {
            report(locateIn(id, start, end, start), GuardMessages.bindingName(id));
        }
        for (AnnotationDescr annotation : pattern.getAnnotations()) {
            int at = src.locate("@" + annotation.getName(), -1, start, end);
            report(at >= 0 ? at : start, GuardMessages.annotation(annotation.getName()));
        }
        if (!pattern.getBehaviors().isEmpty()) {
            report(start, GuardMessages.window());
        }
        int cursor = start; // constraints come in order: searching on from the last keeps this linear
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint.getClass() == ExprConstraintDescr.class) {
                String code = ((ExprConstraintDescr) constraint).getExpression();
                int base = src.locate(code, constraint.getStartCharacter(), cursor, end);
                cursor = base >= 0 ? base + code.length() : cursor;
                checkCode(code, base, offsetOf(constraint, start), Context.CONSTRAINT);
            } else {
                report(offsetOf(constraint, start), GuardMessages.unsupported(constraint.getClass().getSimpleName()));
            }
        }
        if (source != null) {
            source(source, start, end);
        }
    }

    private void source(PatternSourceDescr source, int patternStart, int patternEnd) {
        Class<?> kind = source.getClass();
        if (kind == FromDescr.class) {
            String code = ((FromDescr) source).getExpression();
            int from = src.locate("from", -1, patternStart, patternEnd);
            int base = src.locate(code, -1, Math.max(patternStart, from), patternEnd);
            checkCode(code, base, from >= 0 ? from : patternStart, Context.EXPRESSION);
        } else if (kind == CollectDescr.class) {
            pattern(((CollectDescr) source).getInputPattern());
        } else if (kind == AccumulateDescr.class) {
            accumulate((AccumulateDescr) source, patternStart);
        } else if (kind == EntryPointDescr.class) {
            String id = ((EntryPointDescr) source).getEntryId();
            int at = src.locate("entry-point", -1, patternStart, patternEnd);
            report(at >= 0 ? at : patternStart, GuardMessages.entryPoint(id));
        } else if (kind.getSimpleName().equals("WindowReferenceDescr")) {
            report(patternStart, GuardMessages.window());
        } else if (kind.getSimpleName().equals("GroupByDescr")) {
            report(offsetOf(source, patternStart), GuardMessages.unsupported("groupby"));
        } else {
            report(offsetOf(source, patternStart), GuardMessages.unsupported(kind.getSimpleName()));
        }
    }

    private void accumulate(AccumulateDescr acc, int patternStart) {
        int start = acc.getStartCharacter() >= 0 ? acc.getStartCharacter() : patternStart;
        int end = acc.getEndCharacter();
        if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
                || acc.getResultCode() != null) {
            String first = acc.getInitCode() != null ? "init" : acc.getActionCode() != null ? "action"
                    : acc.getReverseCode() != null ? "reverse" : "result";
            int at = src.locate(first, -1, start, end);
            report(at >= 0 ? at : start, GuardMessages.inlineAccumulate());
        }
        int cursor = start;
        for (AccumulateDescr.AccumulateFunctionCallDescr call : acc.getFunctions()) {
            int at = src.locate(call.getFunction(), -1, cursor, end);
            cursor = at >= 0 ? at : cursor;
            if (!GuardPolicy.ACCUMULATE_FUNCTIONS.contains(call.getFunction())) {
                report(cursor, GuardMessages.accumulateFunction(call.getFunction()));
            }
            if (call.getBind() != null && !call.getBind().startsWith("$")) {
                report(locateIn(call.getBind(), start, end, cursor), GuardMessages.bindingName(call.getBind()));
            }
            for (String param : call.getParams()) {
                int base = src.locate(param, -1, cursor, end);
                checkCode(param, base, cursor, Context.EXPRESSION);
                cursor = base >= 0 ? base + param.length() : cursor;
            }
        }
        if (acc.getInput() != null) {
            conditionalElement(acc.getInput());
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** @return the offset of the package name: the token after the first {@code package} outside comments */
    private int packageStatement() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isIdent() && tokens.get(i).is("package")) {
                return tokens.get(i + 1).start();
            }
        }
        return 0;
    }

    private void checkCode(String code, int base, int fallback, Context context) {
        for (Problem problem : CodeCheck.check(code, context, scope)) {
            out.add(src.inCode(code, base, fallback, problem));
        }
    }

    private static boolean patternType(String type) {
        return GuardPolicy.type(type).or(() -> GuardPolicy.qualifiedType(type)).map(TypeRule::patternable)
                .orElse(false);
    }

    private static boolean modelType(String type) {
        return GuardPolicy.type(type).or(() -> GuardPolicy.qualifiedType(type)).map(TypeRule::model).orElse(false);
    }

    private static boolean knownType(String type) {
        return GuardPolicy.type(type).or(() -> GuardPolicy.qualifiedType(type)).isPresent();
    }

    private int locateIn(String word, int from, int to, int fallback) {
        int at = word == null ? -1 : src.locate(word, -1, from, to);
        return at >= 0 ? at : fallback;
    }

    private int offsetOf(BaseDescr descr) {
        return offsetOf(descr, 0);
    }

    private int offsetOf(BaseDescr descr, int fallback) {
        return descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : fallback;
    }

    private void report(BaseDescr descr, String message) {
        if (descr.getStartCharacter() >= 0) {
            out.add(src.at(descr.getStartCharacter(), message));
        } else if (descr.getLine() > 0) {
            out.add(src.atLine(descr.getLine(), descr.getColumn() + 1, message));
        } else {
            out.add(src.at(0, message));
        }
    }

    private void report(int offset, String message) {
        out.add(src.at(offset, message));
    }
}
