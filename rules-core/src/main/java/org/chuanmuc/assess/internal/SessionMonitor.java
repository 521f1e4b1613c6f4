package org.chuanmuc.assess.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.Set;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.GuardPolicy;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.Finding;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Parameter;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.QuotaRanking;
import org.chuanmuc.model.RatingCap;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.TotalScore;
import org.chuanmuc.model.Unit;
import org.chuanmuc.model.UnitTasks;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Watches one session and bounds it. It records which rule inserted each fact (the audit trail, and whether the
 * rule came from a local folder) and counts firings per rule (to name a looping rule). It enforces:
 * <ul>
 * <li>the deadline, twice: a watchdog thread halts the session when it passes, and each firing checks it (the
 *     engine stops at the next firing either way; a halt cannot cut into one step of matching, which the guard
 *     bounds statically);
 * <li>what rules insert: only model facts that rules may create (local rules: only caps, findings, flags and
 *     warnings), at most {@value GuardLimits#MAX_FACT_TEXT} characters of text each, and per session at most
 *     {@link GuardLimits#FACTS_PER_OFFICER} facts and {@link GuardLimits#TEXT_PER_OFFICER} characters per
 *     officer (plus a fixed allowance): a rule that inserts {@code $m + $m} on every firing, or many facts each
 *     under the per-fact bound, stops long before memory runs out;
 * <li>the derived facts that exist once per key: a second {@link UnitTasks} of a unit, {@link TotalScore} of an
 *     officer or {@link QuotaRanking} of a group of a unit, while the first is still in the session, is refused
 *     with the names of both rules (an edited copy that kept an old rule beside the new one computing the same
 *     total: every rule reading it would conclude twice);
 * <li>activations waiting on the agenda, at most {@link GuardLimits#MATCHES_PER_OFFICER} per officer: a join that
 *     grows faster than the data stops while it is being matched, before any rule fires.
 * </ul>
 * A breach throws {@link BudgetExceeded} into the engine, which ends the session.
 */
final class SessionMonitor implements AutoCloseable {
    /** Most characters of text (all strings, in records, lists and optionals) a fact inserted by a rule may carry. */
    static final int MAX_FACT_TEXT = GuardLimits.MAX_FACT_TEXT;

    /** Most elements of a collected list or set written out when a matched fact is described. */
    private static final int MAX_DESCRIBED = 5;

    /** What the monitor needs to know of each class of inserted fact, worked out once per class. */
    private static final ClassValue<FactShape> SHAPES = new ClassValue<>() {
        @Override
        protected FactShape computeValue(Class<?> type) {
            return FactShape.of(type);
        }
    };

    /**
     * Every fact a rule inserted, in the order inserted, with its handle (a fact deleted since has an invalid one)
     * and, for a result fact or a NotRated ({@link SessionRunner#keepsProvenance}), its provenance. Walking this
     * list replaced walking all of the session's facts (the catalogue and the officers too) and looking each result
     * up in an identity map.
     */
    private final List<Inserted> inserted;
    /** Whether each rule that inserted something came from a local folder (rules are shared by sessions). */
    private final Map<Rule, Boolean> localByRule = new IdentityHashMap<>();
    /** Firings per rule name, counted in place (a boxed count past 127 allocated on most firings). */
    private final Map<String, int[]> firings = new HashMap<>();
    private final CompiledRules rules;
    private final long deadlineNanos;
    private final long maxFacts;
    private final long maxText;
    private final long maxMatches;
    private final SessionWatchdog.Watch watch;
    private final KieSession session;
    private final DefaultAgendaEventListener agendaListener;
    private final DefaultRuleRuntimeEventListener runtimeListener;
    private volatile boolean timedOut;
    private boolean quiet;
    private Match current;
    /**
     * The derived facts that exist once per key, {@link UnitTasks}, {@link TotalScore} and {@link QuotaRanking},
     * that rules inserted and did not delete, by key, with the rule that inserted each. Created at the first one;
     * one per monitor, so one per run of a session (a reused session gets a new monitor for each unit).
     */
    private Map<DerivedKey, Derived> derived;
    /** Where each fact a rule put in place with {@code update(handle, other)} comes from, by handle; null if none. */
    private Map<FactHandle, Replaced> replacedFrom;
    /** Whether any fact was deleted or updated: only then must {@link #forEachInserted} look at the handles. */
    private boolean changed;
    private long facts;
    private long text;
    private long matches;

    /**
     * @param session       the session to watch
     * @param deadlineNanos the {@link System#nanoTime()} past which it must stop
     * @param rules         the compiled rules (to tell local rules)
     * @param officers      how many officers the session assesses: the budgets scale with it
     */
    SessionMonitor(KieSession session, long deadlineNanos, CompiledRules rules, int officers) {
        this.rules = rules;
        // rules insert five to ten facts per officer in generated units; sized for that, it grows when a unit has more
        this.inserted = new ArrayList<>(8 * Math.max(1, officers));
        this.deadlineNanos = deadlineNanos;
        this.maxFacts = (long) GuardLimits.FACTS_PER_OFFICER * officers + GuardLimits.FACTS_BASE;
        this.maxText = GuardLimits.TEXT_PER_OFFICER * officers + GuardLimits.TEXT_BASE;
        this.maxMatches = (long) GuardLimits.MATCHES_PER_OFFICER * officers + GuardLimits.MATCHES_BASE;
        this.session = session;
        this.agendaListener = new DefaultAgendaEventListener() {
            @Override
            public void matchCreated(MatchCreatedEvent event) {
                if (++matches > maxMatches) {
                    throw new BudgetExceeded(GuardMessages.tooManyMatches(maxMatches),
                            event.getMatch().getRule().getName());
                }
            }

            @Override
            public void matchCancelled(MatchCancelledEvent event) {
                matches--;
            }

            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                matches--;
                current = event.getMatch();
                firings.computeIfAbsent(current.getRule().getName(), name -> new int[1])[0]++;
                if (pastDeadline()) {
                    timedOut = true;
                    session.halt();
                }
            }
        };
        this.runtimeListener = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    inserted(event.getObject(), event.getFactHandle(), event.getRule());
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                changed = true;
                if (event.getRule() != null && event.getObject() != event.getOldObject()) {
                    replaced(event.getOldObject(), event.getObject(), event.getFactHandle(), event.getRule());
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                changed = true;
                if (derived != null) {
                    deleted(event.getOldObject(), event.getFactHandle());
                }
            }
        };
        // watched first: when the watchdog's thread cannot start, the session is left without this monitor's listeners
        this.watch = SessionWatchdog.watch(session, deadlineNanos, () -> timedOut = true);
        session.addEventListener(agendaListener);
        session.addEventListener(runtimeListener);
    }

    /** Checks and records a fact a rule inserted; throws into the rule's consequence when it breaks a bound. */
    private void inserted(Object fact, FactHandle handle, Rule rule) {
        boolean local = allowed(fact, rule);
        once(fact, handle, rule);
        long length = counted(fact, rule);
        if (++facts > maxFacts) {
            throw new BudgetExceeded(GuardMessages.tooManyFacts(maxFacts), rule.getName());
        }
        addText(length, rule);
        inserted.add(new Inserted(fact, (InternalFactHandle) handle, provenance(fact, rule, local)));
    }

    /** @return where a result fact (or a NotRated) comes from, null for other facts */
    private Provenance provenance(Object fact, Rule rule, boolean local) {
        if (!SessionRunner.keepsProvenance(fact)) {
            return null;
        }
        // only caps and findings become reasons, which show the matched facts: the rest skip describing them
        List<String> matched = List.of();
        if (current != null && (fact instanceof RatingCap || fact instanceof Finding)) {
            List<Object> objects = current.getObjects();
            String[] described = new String[objects.size()];
            for (int i = 0; i < described.length; i++) {
                described[i] = describe(objects.get(i));
            }
            matched = List.of(described);
        }
        return new Provenance(rule.getName(), matched, local);
    }

    /**
     * @return whether the rule comes from a local folder
     * @throws BudgetExceeded when the fact is not one that rules (or local rules) may create
     */
    private boolean allowed(Object fact, Rule rule) {
        boolean local = !rules.localRules().isEmpty()
                && localByRule.computeIfAbsent(rule, r -> rules.local(r.getPackageName(), r.getName()));
        FactShape shape = SHAPES.get(fact.getClass());
        if (!shape.insertable() || (local && !shape.localInsertable())) {
            Class<?> type = fact.getClass();
            throw new BudgetExceeded(GuardMessages.factNotAllowed(type.getSimpleName()), rule.getName());
        }
        return local;
    }

    /** Adds a fact's text to the session's; throws when the session then carries more than its bound. */
    private void addText(long length, Rule rule) {
        text += length;
        if (text > maxText) {
            throw new BudgetExceeded(GuardMessages.tooMuchText(maxText), rule.getName());
        }
    }

    /**
     * @return the characters of text the fact carries
     * @throws BudgetExceeded when that is more than one fact may carry
     */
    private static long counted(Object fact, Rule rule) {
        long length = textLength(fact, MAX_FACT_TEXT + 1L);
        if (length > MAX_FACT_TEXT) {
            throw new BudgetExceeded(GuardMessages.factTextTooLong((int) length, MAX_FACT_TEXT), rule.getName());
        }
        return length;
    }

    /**
     * Checks a fact that a rule put in place of another with {@code update(handle, other)}, as an inserted one: a
     * type rules may create, its text within the bounds, and a derived fact's key, which moves with it (the old key
     * is freed, the new one must be free).
     */
    private void replaced(Object before, Object now, FactHandle handle, Rule rule) {
        boolean local = allowed(now, rule);
        addText(counted(now, rule), rule);
        if (derived != null) {
            deleted(before, handle);
        }
        once(now, handle, rule);
        // a cap or a finding put in place still names the rule that put it there, as an inserted one does
        Provenance from = provenance(now, rule, local);
        if (from != null) {
            if (replacedFrom == null) {
                replacedFrom = new IdentityHashMap<>();
            }
            replacedFrom.put(handle, new Replaced(now, from));
        } else if (replacedFrom != null) {
            replacedFrom.remove(handle);
        }
    }

    /** @return where the fact now behind the handle comes from, when a rule put it in place; null otherwise */
    private Provenance replacedProvenance(FactHandle handle, Object now) {
        Replaced r = replacedFrom == null ? null : replacedFrom.get(handle);
        return r != null && r.fact() == now ? r.from() : null;
    }

    /** A fact a rule put in place with {@code update(handle, other)}, and where it comes from. */
    private record Replaced(Object fact, Provenance from) {
    }

    /**
     * Records a derived fact that exists once per key (other facts pass); throws when a rule already inserted one with
     * its key that is still in the session. {@code update(handle, other)} moves the key ({@link #replaced}).
     */
    private void once(Object fact, FactHandle handle, Rule rule) {
        DerivedKey key = DerivedKey.of(fact);
        if (key == null) {
            return;
        }
        if (derived == null) {
            derived = new HashMap<>();
        }
        Derived first = derived.putIfAbsent(key, new Derived(rule.getName(), handle));
        if (first != null) {
            throw new BudgetExceeded(GuardMessages.derivedTwice(rule.getName(), first.rule(),
                    key.type().getSimpleName(), key.id(), key.group()), rule.getName(), true);
        }
    }

    /** Frees the key of a derived fact deleted from the session, by a rule or otherwise. */
    private void deleted(Object fact, FactHandle handle) {
        DerivedKey key = DerivedKey.of(fact);
        Derived d = key == null ? null : derived.get(key);
        if (d != null && d.handle() == handle) {
            derived.remove(key);
        }
    }

    /**
     * The key of a derived fact that exists once per key.
     *
     * @param type  {@link UnitTasks}, {@link TotalScore} or {@link QuotaRanking}
     * @param id    the unit, or for a {@link TotalScore} the officer
     * @param group the group of a {@link QuotaRanking} ("" for the whole unit); "" for the other types
     */
    private record DerivedKey(Class<?> type, String id, String group) {
        /** @return the fact's key, null for a fact that is not one of the three */
        static DerivedKey of(Object fact) {
            if (fact instanceof UnitTasks t) {
                return new DerivedKey(UnitTasks.class, t.unitId(), "");
            } else if (fact instanceof TotalScore t) {
                return new DerivedKey(TotalScore.class, t.officerId(), "");
            } else if (fact instanceof QuotaRanking q) {
                return new DerivedKey(QuotaRanking.class, q.unitId(), q.group());
            }
            return null;
        }
    }

    /** The rule that inserted a derived fact, and the fact's handle (to tell its deletion). */
    private record Derived(String rule, FactHandle handle) {
    }

    /**
     * Gives each fact that a rule inserted and that is still in the session, in the order inserted. A fact deleted
     * and inserted again comes once, with the provenance of its last insertion. One that {@code update(handle, other)}
     * replaced comes as the other object, with the provenance of the rule that put it there (none when Java code
     * did).
     *
     * @param action receives the fact and, for a result fact (cap, finding, flag or warning), the rule that inserted
     *               it and what that rule matched; null for other kinds
     */
    void forEachInserted(BiConsumer<Object, Provenance> action) {
        if (!changed) { // the common case: every fact is still there, as inserted (the handles cost cache misses)
            for (Inserted i : inserted) {
                action.accept(i.fact(), i.from());
            }
            return;
        }
        for (Inserted i : inserted) {
            if (i.handle().isValid()) {
                Object now = i.handle().getObject();
                action.accept(now, now == i.fact() ? i.from() : replacedProvenance(i.handle(), now));
            }
        }
    }

    /** A fact a rule inserted, its handle, and its provenance when {@link SessionRunner#keepsProvenance} says so. */
    private record Inserted(Object fact, InternalFactHandle handle, Provenance from) {
    }

    /**
     * @return after {@link #close()}: whether nothing of this monitor can touch the session any more (the watchdog
     *         stopped watching it before halting it, and the deadline was never reached), so that the session may be
     *         reused
     */
    boolean quiet() {
        return quiet;
    }

    /** @return whether the deadline passed: the watchdog or a firing halted the session */
    boolean timedOut() {
        return timedOut || pastDeadline();
    }

    /** Compares nanoTime() values by their difference, the only way that survives their wrapping around. */
    private boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** @return the names of the rules that fired so far */
    Set<String> firedRules() {
        return Set.copyOf(firings.keySet());
    }

    /** @return the rule that fired most often, the likeliest culprit of a loop */
    Optional<String> busiestRule() {
        return firings.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue()[0])).map(Map.Entry::getKey);
    }

    /** Stops watching the deadline and takes the monitor's listeners off the session. */
    @Override
    public void close() {
        // a watchdog that already started to halt the session may still do so: then it must never be used again
        quiet = watch.close() && !timedOut;
        session.removeEventListener(agendaListener);
        session.removeEventListener(runtimeListener);
    }

    /** @return the characters in a fact's strings, in records, collections and optionals to any depth; 0 if none */
    static int textLength(Object fact) {
        return (int) Math.min(Integer.MAX_VALUE, textLength(fact, Long.MAX_VALUE));
    }

    /** Counts until {@code stop} is passed: a huge fact costs no more than the bound to reject. */
    private static long textLength(Object value, long stop) {
        long[] total = {0};
        count(value, stop, total, 0);
        return total[0];
    }

    private static void count(Object value, long stop, long[] total, int depth) {
        if (value == null || total[0] > stop || depth > 16) {
            return;
        }
        if (value instanceof CharSequence s) {
            total[0] += s.length();
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> count(v, stop, total, depth + 1));
        } else if (value instanceof Collection<?> c) {
            for (Object element : c) {
                count(element, stop, total, depth + 1);
                if (total[0] > stop) {
                    return;
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                count(e.getKey(), stop, total, depth + 1);
                count(e.getValue(), stop, total, depth + 1);
                if (total[0] > stop) {
                    return;
                }
            }
        } else if (value instanceof RatingCap c) { // the facts rules insert most: their texts without method handles
            total[0] += (long) c.officerId().length() + c.criterion().length() + c.citation().length()
                    + c.message().length();
        } else if (value instanceof Finding f) {
            total[0] += (long) f.officerId().length() + f.criterion().length() + f.citation().length()
                    + f.message().length();
        } else if (value instanceof Record) {
            List<MethodHandle> accessors = SHAPES.get(value.getClass()).textAccessors();
            if (accessors == null) {
                throw new IllegalStateException("cannot read the components of " + value.getClass());
            }
            for (MethodHandle accessor : accessors) {
                Object component;
                try {
                    component = (Object) accessor.invokeExact(value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read a component of " + value.getClass(), e);
                }
                count(component, stop, total, depth + 1);
            }
        }
    }

    /**
     * A class of inserted fact: whether rules may insert it, and the accessors of its record components that can
     * hold text (primitive and enum components cannot). Reflecting {@code getRecordComponents()} on every insert
     * cost more than the rest of the check.
     *
     * @param insertable      a model type that rules may create (not one only the engine inserts)
     * @param localInsertable one that local rules may create too
     * @param textAccessors   {@code (Object) -> Object} handles of the components to count, in declaration order;
     *                        null for a record whose accessors are not public (only counting it fails, so that
     *                        inserting it is still refused with the usual message)
     */
    private record FactShape(boolean insertable, boolean localInsertable, List<MethodHandle> textAccessors) {
        static FactShape of(Class<?> type) {
            boolean insertable = GuardPolicy.MODEL_TYPES.contains(type) && !GuardPolicy.ENGINE_FACTS.contains(type);
            boolean localInsertable = GuardPolicy.LOCAL_INSERTS.contains(type);
            List<MethodHandle> accessors = new ArrayList<>();
            if (type.isRecord()) {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                for (RecordComponent component : type.getRecordComponents()) {
                    Class<?> t = component.getType();
                    if (t.isPrimitive() || t.isEnum()) {
                        continue;
                    }
                    try {
                        accessors.add(lookup.unreflect(component.getAccessor())
                                .asType(MethodType.methodType(Object.class, Object.class)));
                    } catch (IllegalAccessException e) {
                        return new FactShape(insertable, localInsertable, null);
                    }
                }
            }
            return new FactShape(insertable, localInsertable, List.copyOf(accessors));
        }
    }

    /** A short, readable description of a matched fact: enough to trace it, without whole records. */
    static String describe(Object fact) {
        if (fact instanceof Officer o) {
            return "Officer(" + o.id() + ")";
        } else if (fact instanceof Unit u) {
            return "Unit(" + u.id() + ")";
        } else if (fact instanceof Period p) {
            return "Period(" + p.year() + ")";
        } else if (fact instanceof Criterion c) {
            return "Criterion(" + c.code() + ")";
        } else if (fact instanceof SignFinding s) {
            return "SignFinding(" + s.code() + (s.verified() ? ", đã xác minh" : ", chưa xác minh") + ")";
        } else if (fact instanceof DisciplineRecord d) {
            return "DisciplineRecord(" + d.form() + ", " + d.system() + ", " + d.decidedOn() + ")";
        } else if (fact instanceof CitizenFeedback f) {
            return "CitizenFeedback(" + f.kind() + ", " + f.criterion() + ", " + f.date() + ")";
        } else if (fact instanceof ProposedRating r) {
            return "ProposedRating(" + r.officerId() + ", " + r.level() + ")";
        } else if (fact instanceof QuotaRanking q) {
            return "QuotaRanking(" + q.unitId() + (q.group().isEmpty() ? "" : ", " + q.group()) + ", "
                    + q.cap() + "/" + q.candidates() + ")";
        } else if (fact instanceof TotalScore t) {
            return "TotalScore(" + t.officerId() + ")";
        } else if (fact instanceof Parameter p) {
            return "Parameter(" + p.name() + " = " + p.value() + ")";
        } else if (fact instanceof Object[] results) {
            // several results of one accumulate: describe each, never by identity
            return describeAll(java.util.Arrays.asList(results));
        } else if (fact instanceof java.util.Collection<?> collected) {
            return describeAll(collected);
        }
        return GuardMessages.echo(String.valueOf(fact));
    }

    /** A session broke one of its bounds; names the rule that did. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final boolean namesRule;

        /** A breach whose message does not name the rule: the message shown is prefixed with it. */
        BudgetExceeded(String message, String rule) {
            this(message, rule, false);
        }

        /**
         * @param namesRule whether the message already names the rule (and others, such as the rule that inserted
         *                  a first fact), so that it is shown as it is
         */
        BudgetExceeded(String message, String rule, boolean namesRule) {
            super(message, null, false, false);
            this.rule = rule;
            this.namesRule = namesRule;
        }

        String rule() {
            return rule;
        }

        /** @return whether the message already names the rule */
        boolean namesRule() {
            return namesRule;
        }
    }

    /** A collection's first few elements, so that a group-wide collect does not copy the whole group. */
    private static String describeAll(java.util.Collection<?> facts) {
        StringBuilder b = new StringBuilder("[");
        int shown = 0;
        for (Object fact : facts) {
            if (shown == MAX_DESCRIBED) {
                b.append(", … (").append(facts.size()).append(')');
                break;
            }
            b.append(shown++ == 0 ? "" : ", ").append(describe(fact));
        }
        return b.append(']').toString();
    }
}
