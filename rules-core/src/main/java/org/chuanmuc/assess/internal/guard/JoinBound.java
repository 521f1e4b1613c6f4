package org.chuanmuc.assess.internal.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.internal.guard.GuardPolicy.TypeRule;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * A static bound on how many combinations of facts one rule's conditions can build: the engine builds them while
 * it matches, before any rule fires, so no limit on firings or time can stop a cross product such as
 * {@code Criterion() Criterion() Criterion()}.
 *
 * <p>Each pattern is given a degree: 0 when it adds at most a few facts per combination (a type with one fact
 * per session, such as {@code Period} and {@code Unit}; a key property equal to a value known earlier, such as
 * {@code Officer(id == $r.officerId)}; {@code from} over a fact's own list), 1 otherwise. A rule's degree is the
 * sum over its patterns, plus the largest degree inside its {@code not}, {@code exists}, {@code forall},
 * {@code collect} and {@code accumulate} (evaluated once per combination); it must not exceed
 * {@link GuardLimits#MAX_JOIN_DEGREE}. {@code collect} and {@code accumulate} may range over one pattern only, and
 * an {@code or} may not split a rule into more than {@link GuardLimits#MAX_SUBRULES} rules.
 */
final class JoinBound {

    /**
     * @param degree   the rule's join degree
     * @param subrules how many rules its {@code or}s expand into
     * @param overJoin the first {@code collect} or {@code accumulate} over more than one pattern, if any
     */
    record Result(int degree, long subrules, Optional<BaseDescr> overJoin) {
    }

    /** A degree split into what multiplies the combinations and what is evaluated once per combination. */
    private record Cost(int own, int nested) {
        int total() {
            return own + nested;
        }
    }

    private final Set<String> bound = new HashSet<>();
    private final Set<String> collections = new HashSet<>();
    private BaseDescr overJoin;

    private JoinBound() {
    }

    /** @return the bound for one rule's or query's conditions; {@code parameters} are a query's arguments */
    static Result of(BaseDescr lhs, List<String> parameters) {
        JoinBound bound = new JoinBound();
        bound.bound.addAll(parameters);
        Cost cost = bound.element(lhs);
        return new Result(cost.total(), subrules(lhs), Optional.ofNullable(bound.overJoin));
    }

    private Cost element(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            return pattern(pattern);
        }
        if (descr instanceof NotDescr || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            Set<String> outside = new HashSet<>(bound);
            Cost inner = children((ConditionalElementDescr) descr);
            bound.retainAll(outside); // what is bound inside is not visible after
            return new Cost(0, inner.total());
        }
        if (descr instanceof OrDescr or) {
            int own = 0;
            int nested = 0;
            for (BaseDescr branch : or.getDescrs()) {
                Cost cost = element(branch);
                own = Math.max(own, cost.own());
                nested = Math.max(nested, cost.nested());
            }
            return new Cost(own, nested);
        }
        if (descr instanceof ConditionalElementDescr group) {
            return children(group);
        }
        return new Cost(0, 0); // eval: a test on one combination
    }

    private Cost children(ConditionalElementDescr group) {
        int own = 0;
        int nested = 0;
        for (BaseDescr child : group.getDescrs()) {
            Cost cost = element(child);
            own += cost.own();
            nested = Math.max(nested, cost.nested());
        }
        return new Cost(own, nested);
    }

    private Cost pattern(PatternDescr pattern) {
        PatternSourceDescr source = pattern.getSource();
        Cost cost;
        if (source instanceof CollectDescr collect) {
            cost = new Cost(0, single(collect, collect.getInputPattern()));
        } else if (source instanceof AccumulateDescr accumulate) {
            cost = new Cost(0, single(accumulate, accumulate.getInput()));
            for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
                if (call.getBind() != null) {
                    collections.add(call.getBind());
                }
            }
        } else if (source instanceof FromDescr from) {
            // a fact's own list is part of the data; a list collected from all facts is a fact set again
            cost = new Cost(mentions(from.getExpression(), collections) ? 1 : 0, 0);
        } else {
            cost = new Cost(keyed(pattern) ? 0 : 1, 0);
        }
        bind(pattern, source != null && !(source instanceof FromDescr));
        return cost;
    }

    /** The degree of a collect's or accumulate's input, which must be one pattern. */
    private int single(BaseDescr owner, BaseDescr input) {
        BaseDescr only = input;
        while (only instanceof AndDescr and && and.getDescrs().size() == 1) {
            only = and.getDescrs().get(0);
        }
        if (!(only instanceof PatternDescr)) {
            overJoin = overJoin == null ? owner : overJoin;
        }
        Set<String> outside = new HashSet<>(bound);
        int degree = element(only).total();
        bound.retainAll(outside);
        return degree;
    }

    private void bind(PatternDescr pattern, boolean collection) {
        if (pattern.getIdentifier() != null) {
            bound.add(pattern.getIdentifier());
            if (collection || GuardPolicy.type(String.valueOf(pattern.getObjectType()))
                    .filter(t -> !t.model()).isPresent()) {
                collections.add(pattern.getIdentifier());
            }
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr e) {
                List<Token> tokens = JavaLexer.lex(e.getExpression()).tokens();
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    if (tokens.get(i).isIdent() && tokens.get(i).text().startsWith("$") && tokens.get(i + 1).isOp(":")) {
                        bound.add(tokens.get(i).text());
                    }
                }
            }
        }
    }

    /** Whether a pattern picks few facts: one per session, or a key property equal to a known value. */
    private boolean keyed(PatternDescr pattern) {
        if (pattern.isQuery()) {
            return false;
        }
        Optional<TypeRule> type = GuardPolicy.type(String.valueOf(pattern.getObjectType()))
                .or(() -> GuardPolicy.qualifiedType(String.valueOf(pattern.getObjectType())));
        if (type.isEmpty()) {
            return false;
        }
        if (GuardPolicy.SINGLETON_TYPES.contains(type.get().type())) {
            return true;
        }
        Set<String> keys = new HashSet<>(GuardPolicy.KEY_PROPERTIES.getOrDefault(type.get().type(), Set.of()));
        keys.add("this");
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr e && keyEquality(JavaLexer.lex(e.getExpression()).tokens(),
                    keys)) {
                return true;
            }
        }
        return false;
    }

    /** {@code key == value} (or {@code value == key}) as one of the top-level {@code &&} terms. */
    private boolean keyEquality(List<Token> tokens, Set<String> keys) {
        int depth = 0;
        int termStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Token tok = i < tokens.size() ? tokens.get(i) : null;
            if (tok != null && (tok.isOp("(") || tok.isOp("["))) {
                depth++;
            } else if (tok != null && (tok.isOp(")") || tok.isOp("]"))) {
                depth--;
            } else if (tok != null && depth == 0 && tok.isOp("||")) {
                return false; // an alternative may not be keyed
            } else if (tok == null || (depth == 0 && tok.isOp("&&"))) {
                if (keyTerm(tokens.subList(termStart, i), keys)) {
                    return true;
                }
                termStart = i + 1;
            }
        }
        return false;
    }

    private boolean keyTerm(List<Token> term, Set<String> keys) {
        for (int i = 0; i < term.size(); i++) {
            if (term.get(i).isOp("==")) {
                List<Token> left = term.subList(0, i);
                List<Token> right = term.subList(i + 1, term.size());
                return isKey(left, keys) && isKnown(right) || isKey(right, keys) && isKnown(left);
            }
        }
        return false;
    }

    private static boolean isKey(List<Token> side, Set<String> keys) {
        return side.size() == 1 && side.get(0).isIdent() && keys.contains(side.get(0).text());
    }

    /** A value that does not depend on the matched fact: literals, earlier variables and their members, types. */
    private boolean isKnown(List<Token> side) {
        if (side.isEmpty()) {
            return false;
        }
        for (int i = 0; i < side.size(); i++) {
            Token tok = side.get(i);
            boolean member = i > 0 && (side.get(i - 1).isOp(".") || side.get(i - 1).isOp("!."));
            if (tok.isIdent() && !member) {
                boolean variable = tok.text().startsWith("$") && bound.contains(tok.text());
                if (!variable && GuardPolicy.type(tok.text()).isEmpty()) {
                    return false; // a property of the matched fact, or an unknown name
                }
            }
        }
        return true;
    }

    private static boolean mentions(String code, Set<String> names) {
        for (Token tok : JavaLexer.lex(code).tokens()) {
            if (tok.isIdent() && names.contains(tok.text())) {
                return true;
            }
        }
        return false;
    }

    /** How many rules Drools makes of the conditions: an {@code or} adds its branches, an {@code and} multiplies. */
    private static long subrules(BaseDescr descr) {
        long count = 1;
        if (descr instanceof OrDescr or) {
            count = 0;
            for (BaseDescr branch : or.getDescrs()) {
                count = Math.min(Long.MAX_VALUE / 2, count + subrules(branch));
            }
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                count = Math.min(Long.MAX_VALUE / 2, count * subrules(child));
            }
        } else if (descr instanceof PatternDescr pattern && pattern.getSource() instanceof AccumulateDescr acc
                && acc.getInput() != null) {
            count = subrules(acc.getInput());
        }
        return count;
    }
}
