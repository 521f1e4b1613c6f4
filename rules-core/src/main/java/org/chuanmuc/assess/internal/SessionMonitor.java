package org.chuanmuc.assess.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Parameter;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.QuotaRanking;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.TotalScore;
import org.chuanmuc.model.Unit;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Watches one session: records which rule inserted each fact (the audit trail), counts firings per rule
 * (to name a looping rule), halts the session once its deadline has passed, and stops a rule that inserts a
 * fact with more than {@value #MAX_FACT_TEXT} characters of text (a rule that inserts {@code $m + $m} on every
 * firing doubles its text each time and would exhaust memory long before the firing limit).
 */
final class SessionMonitor {
    /** Most characters of text (all string components together) a fact inserted by a rule may carry. */
    static final int MAX_FACT_TEXT = 10_000;
    /** Most elements of a collected list or set written out when a matched fact is described. */
    private static final int MAX_DESCRIBED = 5;

    private final Map<Object, Provenance> provenance = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new HashMap<>();
    private final long deadlineNanos;
    private Match current;
    private boolean timedOut;

    SessionMonitor(KieSession session, long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = event.getMatch();
                firings.merge(current.getRule().getName(), 1, Integer::sum);
                if (System.nanoTime() > deadlineNanos) {
                    timedOut = true;
                    session.halt();
                }
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    int length = textLength(event.getObject());
                    if (length > MAX_FACT_TEXT) {
                        // thrown into the consequence's insert: the session reports the rule that did it
                        throw new IllegalStateException(GuardMessages.factTextTooLong(length, MAX_FACT_TEXT));
                    }
                    List<String> matched = new ArrayList<>();
                    if (current != null) {
                        for (Object fact : current.getObjects()) {
                            matched.add(describe(fact));
                        }
                    }
                    provenance.put(event.getObject(), new Provenance(event.getRule().getName(), matched));
                }
            }
        });
    }

    Optional<Provenance> provenanceOf(Object fact) {
        return Optional.ofNullable(provenance.get(fact));
    }

    boolean timedOut() {
        return timedOut;
    }

    /** @return the rule that fired most often, the likeliest culprit of a loop */
    /** @return the names of the rules that fired so far */
    java.util.Set<String> firedRules() {
        return java.util.Set.copyOf(firings.keySet());
    }

    Optional<String> busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** @return the characters in a record's string components; 0 for anything else */
    static int textLength(Object fact) {
        if (!(fact instanceof Record)) {
            return 0;
        }
        long length = 0;
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                try {
                    Object value = component.getAccessor().invoke(fact);
                    length += value == null ? 0 : ((String) value).length();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, length);
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
        return String.valueOf(fact);
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
