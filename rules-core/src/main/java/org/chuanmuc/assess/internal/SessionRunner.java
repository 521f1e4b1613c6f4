package org.chuanmuc.assess.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.drools.mvel.ConstraintEvaluationException;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Finding;
import org.chuanmuc.model.FindingKind;
import org.chuanmuc.model.NotRated;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.RatingCap;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.ReviewFlag;
import org.chuanmuc.model.TotalScore;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Warning;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

/**
 * Runs one batch (the officers of one unit in one period) through a clean session, in two phases:
 * first every rule of the main agenda inserts caps, findings and flags; then each officer's proposed
 * rating (the lowest cap; marked not rated for an officer a rule inserted {@link NotRated} for) is inserted as a
 * {@link ProposedRating} and the agenda group
 * {@value ProposedRating#AGENDA_GROUP} runs (unit-wide rules such as the quota).
 *
 * <p>A session whose batch ended normally is reset (every fact, activation and agenda focus removed, as in a new
 * session) and kept for the next batch: a new session builds its node memories again, which for a unit of ten
 * officers cost as much as assessing them. Any other session — a rule failed, a bound was broken, the deadline
 * passed, or the watchdog may still halt it — is disposed, and so is every session of rules that use an
 * {@code activation-group}, which a reset does not restore (see {@link #reusable(CompiledRules)}).
 */
public final class SessionRunner {
    private final Comparator<Reason> reasonOrder;

    private final CompiledRules rules;
    private final Map<String, Criterion> catalogue;
    private final int maxFiringsPerOfficer;
    private final Duration timeout;
    private final long timeoutNanos;
    /** A time limit longer than this is this: 2^62 ns, about 146 years, so that deadlines never wrap around. */
    private static final Duration LONGEST_TIMEOUT = Duration.ofNanos(1L << 62);
    /** Reset sessions waiting for a batch: at most {@link #MAX_IDLE}, one per thread at work at the same time. */
    private final Deque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private static final int MAX_IDLE = 8;
    /** Whether sessions of these rules may be reset and reused at all: see {@link #reusable(CompiledRules)}. */
    private final boolean reuseSessions;

    /**
     * @param rules                the compiled rules
     * @param criteria             catalogue entries: inserted as facts and used for labels and citations
     * @param maxFiringsPerOfficer bound on rule firings, per officer in the batch
     * @param timeout              bound on the time of one batch
     */
    public SessionRunner(CompiledRules rules, Collection<Criterion> criteria, int maxFiringsPerOfficer,
                         Duration timeout) {
        this.rules = rules;
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        criteria.forEach(c -> byCode.put(c.code(), c));
        this.catalogue = Map.copyOf(byCode);
        this.reasonOrder = this::compareReasons;
        this.maxFiringsPerOfficer = maxFiringsPerOfficer;
        this.timeout = timeout;
        // at most about 146 years: nanoTime() + this never wraps, and a longer Duration has no long in nanoseconds
        this.timeoutNanos = timeout.compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT.toNanos() : timeout.toNanos();
        this.reuseSessions = reusable(rules);
    }

    /**
     * Drools 10.2.0's {@code reset()} leaves each activation group marked as triggered at the recency the session had
     * reached, then starts counting recency from 0 again: in a reset session the rules of an {@code activation-group}
     * no longer exclude each other, and more than one of them fires (found by a hostile test). Rules with such a
     * group therefore get a new session for every unit; every other rule set reuses sessions.
     *
     * @return whether no rule belongs to an activation group (unknown rule classes count as belonging)
     */
    private static boolean reusable(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .allMatch(r -> r instanceof RuleImpl impl
                        && (impl.getActivationGroup() == null || impl.getActivationGroup().isEmpty()));
    }

    /**
     * @param batch dossiers of one unit and one period, officer ids distinct
     * @return one assessment per dossier, in the same order
     * @throws AssessmentException when a rule loops, the batch runs out of time or a rule throws
     */
    public List<Assessment> run(List<Dossier> batch) {
        return run(batch, fired -> { });
    }

    /**
     * @param batch dossiers of one unit and one period, officer ids distinct
     * @param fired receives the names of the rules that fired in the batch
     * @return one assessment per dossier, in the same order
     * @throws AssessmentException when a rule loops, the batch runs out of time or a rule throws
     */
    public List<Assessment> run(List<Dossier> batch, java.util.function.Consumer<java.util.Set<String>> fired) {
        KieSession reused = idle.pollFirst();
        KieSession session = reused != null ? reused : rules.kieBase().newKieSession();
        boolean completed = false;
        SessionMonitor monitor;
        try {
            monitor = new SessionMonitor(session, System.nanoTime() + timeoutNanos, rules, batch.size());
        } catch (RuntimeException | Error e) { // NOPMD: the watchdog's thread could not start (out of threads)
            session.dispose(); // neither reused nor kept: a session not disposed stays registered with the rule base
            throw e;
        }
        try {
            Dossier first = batch.get(0);
            session.insert(first.period());
            session.insert(first.unit());
            catalogue.values().forEach(session::insert);
            batch.forEach(d -> session.insert(d.officer()));
            // in a long: a generous bound times a large unit passed Integer.MAX_VALUE and wrapped to a negative limit
            int limit = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(1, maxFiringsPerOfficer) * batch.size());

            fire(session, monitor, limit);
            FirstPhase concluded = FirstPhase.of(monitor);
            for (Dossier d : batch) {
                Officer o = d.officer();
                session.insert(new ProposedRating(o.id(), o.unitId(), o.group(), o.role(),
                        concluded.proposed().getOrDefault(o.id(), RatingLevel.HOAN_THANH_XUAT_SAC), o.tasks(),
                        Optional.ofNullable(concluded.scores().get(o.id())), !concluded.notRated().containsKey(o.id())));
            }
            var quotaGroup = session.getAgenda().getAgendaGroup(ProposedRating.AGENDA_GROUP);
            if (quotaGroup != null) { // null when no rule belongs to the group
                quotaGroup.setFocus();
            }
            fire(session, monitor, limit);

            fired.accept(monitor.firedRules());
            List<Assessment> result = collect(monitor, batch, concluded.notRated());
            completed = true;
            return result;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the guard bounds rules statically and the monitor at run time; this is the last line behind them:
            // the unit fails, the JVM and the other units go on. Out of memory is kept as the cause: a heap too
            // small for the unit is the JVM's condition, which a caller must be able to tell from a rule failing
            // (the CLI stops with exit code 3 and keeps the earlier results file, instead of rejecting the unit)
            String rule = monitor.busiestRule().orElse(null);
            throw new AssessmentException(GuardMessages.runExhausted(e.getClass().getSimpleName()), rule,
                    e instanceof OutOfMemoryError ? e : null);
        } catch (AssessmentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e, monitor); // a bound broken while facts were inserted, before any firing
        } finally {
            monitor.close();
            release(session, completed && monitor.quiet());
        }
    }

    /** Keeps a session for the next batch, reset, when it may be; disposes of it otherwise. */
    private void release(KieSession session, boolean reusable) {
        if (reusable && reuseSessions && session instanceof StatefulKnowledgeSessionImpl impl
                && idle.size() < MAX_IDLE) {
            try {
                impl.reset();
                idle.offerFirst(session);
                return;
            } catch (RuntimeException e) {
                // not reusable after all: disposed below, the next batch gets a new session
            }
        }
        session.dispose();
    }

    private void fire(KieSession session, SessionMonitor monitor, int limit) {
        int fired;
        try {
            fired = session.fireAllRules(limit);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: Drools' constraint JIT can emit calls to missing methods (kie-drools#6711)
            throw failure(e, monitor);
        }
        if (monitor.timedOut()) {
            String rule = monitor.busiestRule().orElse("?");
            throw new AssessmentException(GuardMessages.timeLimit(timeout.toMillis(), rule), rule, null);
        }
        if (fired >= limit) {
            String rule = monitor.busiestRule().orElse("?");
            throw new AssessmentException("quy tắc \"" + rule + "\" kích hoạt quá " + limit
                    + " lần, có thể lặp vô hạn (rule fired too often, probably a loop)", rule, null);
        }
    }

    /** A rule failed or broke a bound: the message and the rule, from the exception's causes. */
    private static AssessmentException failure(Throwable e, SessionMonitor monitor) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SessionMonitor.BudgetExceeded b) {
                String rule = ruleOf(e).orElse(b.rule());
                String message = b.namesRule() ? b.getMessage() : GuardMessages.inRule(rule, b.getMessage());
                return new AssessmentException(message, rule, e);
            }
        }
        Optional<org.kie.api.definition.rule.Rule> thrower = consequenceRule(e);
        if (thrower.isPresent()) {
            // the consequence of this rule threw: name it, and its file when the rule base knows it, as a loop or
            // the time limit names theirs (the root cause alone, say "/ by zero", leaves 80 rules to search)
            String rule = thrower.get().getName();
            return new AssessmentException(GuardMessages.ruleFailed(rule, sourceOf(thrower.get()), rootMessage(e)),
                    rule, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintEvaluationException c) {
                // a condition threw: Drools' message names the constraint, the rules that share it and their files
                Matcher m = CONSTRAINT_FAILED.matcher(String.valueOf(c.getMessage()));
                if (m.matches()) {
                    return new AssessmentException(GuardMessages.conditionFailed(m.group(2), m.group(3), m.group(1),
                            rootMessage(e)), m.group(2), e);
                }
                return new AssessmentException(GuardMessages.conditionFailed(null, null, c.getMessage(),
                        rootMessage(e)), null, e);
            }
        }
        String rule = monitor.busiestRule().orElse(null);
        return new AssessmentException("một quy tắc gây lỗi khi chạy (a rule failed): " + rootMessage(e), rule, e);
    }

    /**
     * Drools' message for a condition that threw: the constraint, the first rule that uses it, the rule's file
     * ({@code Error evaluating constraint 'x > 1' in [Rule "a" in r.drl]}).
     */
    private static final Pattern CONSTRAINT_FAILED = Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[Rule \"([^\"]*)\".*? in (.+?)\\]", Pattern.DOTALL);

    private static Optional<String> ruleOf(Throwable e) {
        return consequenceRule(e).map(org.kie.api.definition.rule.Rule::getName);
    }

    /** @return the rule whose consequence threw, from the {@code ConsequenceException} Drools wraps it in */
    private static Optional<org.kie.api.definition.rule.Rule> consequenceRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getRule() != null) {
                return Optional.of(ce.getRule());
            }
        }
        return Optional.empty();
    }

    /** @return the name of the rule file a rule was compiled from, or null when the rule base does not say */
    private static String sourceOf(org.kie.api.definition.rule.Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            return path == null || path.isBlank() ? null : path;
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /**
     * What the first phase concluded, read in one pass over the facts its rules inserted.
     *
     * @param proposed each officer's lowest state cap
     * @param scores   each officer's total score, where a rule computed one
     * @param notRated for each officer a rule concluded is not rated this year, the first such {@link NotRated} and
     *                 the rule that inserted it
     */
    private record FirstPhase(Map<String, RatingLevel> proposed, Map<String, Double> scores,
                              Map<String, Concluded> notRated) {
        static FirstPhase of(SessionMonitor monitor) {
            Map<String, RatingLevel> lowest = new HashMap<>();
            Map<String, Double> scores = new HashMap<>();
            Map<String, Concluded> notRated = new HashMap<>();
            monitor.forEachInserted((fact, from) -> {
                if (fact instanceof RatingCap cap) {
                    if (cap.track() == Track.STATE) {
                        lowest.merge(cap.officerId(), cap.max(), RatingLevel::min);
                    }
                } else if (fact instanceof TotalScore t) {
                    scores.put(t.officerId(), t.total());
                } else if (fact instanceof NotRated n) {
                    notRated.putIfAbsent(n.officerId(), new Concluded(n, from == null ? "" : from.rule()));
                }
            });
            return new FirstPhase(lowest, scores, notRated);
        }
    }

    /** A {@link NotRated} and the rule that concluded it ({@code ""} when not known). */
    private record Concluded(NotRated fact, String rule) {
    }

    /**
     * The order of an officer's reasons: track, kind, the worst cap first; among equal caps the more severe sign
     * first (severity orders the council's attention, it does not soften the rating); then criterion, rule and
     * message; the rest only orders reasons equal so far (one rule firing twice with the same message, on different
     * facts): facts come out of a session in no fixed order, the output must not. Written out rather than chained
     * {@code Comparator}s, which boxed the keys of both reasons at every comparison.
     */
    private int compareReasons(Reason a, Reason b) {
        int c = a.track().compareTo(b.track());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = Integer.compare(capOrder(a), capOrder(b));
        }
        if (c == 0 && !a.criterion().equals(b.criterion())) {
            c = Integer.compare(severityRank(b.criterion()), severityRank(a.criterion()));
            if (c == 0) {
                c = a.criterion().compareTo(b.criterion());
            }
        }
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = a.message().compareTo(b.message());
        }
        if (c == 0) {
            c = a.citation().compareTo(b.citation());
        }
        return c != 0 ? c : compareLists(a.matched(), b.matched());
    }

    /** @return minus the cap's rank, so that the worst cap comes first; 0 for a reason without a cap */
    private static int capOrder(Reason r) {
        return r.cap().isPresent() ? -r.cap().get().rank() : 0;
    }

    private int severityRank(String code) {
        Criterion c = catalogue.get(code);
        return c == null ? -1 : c.severity().map(Enum::ordinal).orElse(-1);
    }

    /**
     * The results of a batch, per officer. An officer is marked not rated ({@link Flag#NOT_RATED}) exactly when the
     * first phase concluded {@link NotRated} about the officer, which took the officer out of the quota: the flag is
     * added from the {@code NotRated} when no rule raised it, and a rule that raises it without a {@code NotRated}
     * fails the batch, naming the rule.
     */
    private List<Assessment> collect(SessionMonitor monitor, List<Dossier> batch, Map<String, Concluded> notRated) {
        Map<String, List<Reason>> reasons = new HashMap<>();
        Map<String, List<Flag>> flags = new HashMap<>();
        Map<String, List<Flag>> warnings = new HashMap<>();
        Map<String, Map<Track, RatingLevel>> caps = new HashMap<>();
        Map<String, List<String>> localRules = new HashMap<>();
        monitor.forEachInserted((fact, from) -> {
            String officer = officerOf(fact);
            if (officer == null) {
                return; // parameters, scores, proposed ratings…: only caps, findings, flags and warnings are results
            }
            String rule = from == null ? "" : from.rule();
            List<String> matched = from == null ? List.of() : from.matched();
            if (from != null && from.local()) {
                localRules.computeIfAbsent(officer, k -> new ArrayList<>()).add(rule);
            }
            if (fact instanceof RatingCap c) {
                caps.computeIfAbsent(c.officerId(), k -> new EnumMap<>(Track.class))
                        .merge(c.track(), c.max(), RatingLevel::min);
                reasons.computeIfAbsent(c.officerId(), k -> new ArrayList<>()).add(reason(rule, c.criterion(),
                        c.citation(), c.message(), ReasonKind.CAP, Optional.of(c.max()), c.track(), matched));
            } else if (fact instanceof Finding f) {
                reasons.computeIfAbsent(f.officerId(), k -> new ArrayList<>()).add(reason(rule, f.criterion(),
                        f.citation(), f.message(), kindOf(f.kind()), Optional.empty(), f.track(), matched));
            } else if (fact instanceof ReviewFlag f) {
                flags.computeIfAbsent(f.officerId(), k -> new ArrayList<>()).add(new Flag(f.code(), f.message(), rule));
            } else if (fact instanceof Warning w) {
                warnings.computeIfAbsent(w.officerId(), k -> new ArrayList<>())
                        .add(new Flag(w.code(), w.message(), rule));
            }
        });
        Comparator<Flag> flagOrder = Comparator.comparing(Flag::code).thenComparing(Flag::message)
                .thenComparing(Flag::rule);
        List<Assessment> result = new ArrayList<>(batch.size());
        for (Dossier d : batch) {
            Officer o = d.officer();
            checkNotRated(o.id(), flags, notRated.get(o.id()));
            Map<Track, RatingLevel> own = caps.getOrDefault(o.id(), Map.of());
            RatingLevel rating = own.getOrDefault(Track.STATE, RatingLevel.HOAN_THANH_XUAT_SAC);
            // DEFAULT: the party rating starts from the state rating and party caps can only lower it
            Optional<RatingLevel> party = o.partyMember()
                    ? Optional.of(rating.min(own.getOrDefault(Track.PARTY, RatingLevel.HOAN_THANH_XUAT_SAC)))
                    : Optional.empty();
            result.add(new Assessment(o.id(), o.unitId(), d.period().year(), rating, party,
                    sorted(reasons.get(o.id()), reasonOrder), sorted(flags.get(o.id()), flagOrder),
                    sorted(warnings.get(o.id()), flagOrder), rules.info(),
                    localRules.getOrDefault(o.id(), List.of())));
        }
        return result;
    }

    /**
     * Keeps {@link Assessment#notRated()} what the engine concluded. A {@link Flag#NOT_RATED} flag takes the officer
     * out of every level in the summaries, so it may only come with a {@link NotRated} of the first phase (which
     * took the officer out of the quota); a {@code NotRated} without the flag gets one, carrying its message and the
     * rule that concluded it.
     *
     * @throws AssessmentException when a rule raised the flag for an officer without a {@code NotRated} at the end of
     *                             the first phase
     */
    private static void checkNotRated(String officer, Map<String, List<Flag>> flags, Concluded concluded) {
        List<Flag> own = flags.get(officer);
        Flag raised = own == null ? null
                : own.stream().filter(f -> f.code().equals(Flag.NOT_RATED)).findFirst().orElse(null);
        if (raised != null && concluded == null) {
            String rule = raised.rule().isEmpty() ? null : raised.rule();
            throw new AssessmentException("quy tắc \"" + raised.rule() + "\" gắn cờ " + Flag.NOT_RATED + " cho cán bộ "
                    + GuardMessages.echo(officer) + " nhưng cuối giai đoạn 1 cán bộ đó không có kết luận NotRated (chưa"
                    + " quy tắc nào kết luận, hoặc kết luận đã bị xoá): cờ này đưa cán bộ ra khỏi mọi mức xếp loại nên chỉ"
                    + " đi cùng NotRated; hãy dùng mã cờ khác (a review flag coded " + Flag.NOT_RATED + " needs a NotRated"
                    + " conclusion about the officer at the end of the first phase, none concluded or it was deleted;"
                    + " use another code)", rule, null);
        }
        if (raised == null && concluded != null) {
            NotRated n = concluded.fact();
            flags.computeIfAbsent(officer, k -> new ArrayList<>()).add(new Flag(Flag.NOT_RATED,
                    n.criterion() + ": " + n.message(), concluded.rule()));
        }
    }

    /**
     * @return whether the monitor keeps the rule (and matched facts) that inserted {@code fact}: for the results
     *         ({@link #officerOf}), and for a {@link NotRated}, whose rule the not-rated flag names
     */
    static boolean keepsProvenance(Object fact) {
        return officerOf(fact) != null || fact instanceof NotRated;
    }

    /** @return the officer a result fact (cap, finding, flag or warning) is about; null for any other fact */
    static String officerOf(Object fact) {
        if (fact instanceof RatingCap c) {
            return c.officerId();
        } else if (fact instanceof Finding f) {
            return f.officerId();
        } else if (fact instanceof ReviewFlag f) {
            return f.officerId();
        } else if (fact instanceof Warning w) {
            return w.officerId();
        }
        return null;
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        if (list == null) {
            return List.of();
        }
        list.sort(order); // the list is this batch's own, built in collect; Assessment keeps an immutable copy
        return list;
    }

    private Reason reason(String rule, String code, String citation, String message, ReasonKind kind,
                          Optional<RatingLevel> cap, Track track, List<String> matched) {
        Criterion criterion = catalogue.get(code);
        String label = criterion == null ? "" : criterion.label();
        String cite = citation.isBlank() && criterion != null ? criterion.citation() : citation;
        return new Reason(rule, code, label, cite, message, kind, cap, track, matched);
    }

    private static ReasonKind kindOf(FindingKind kind) {
        return switch (kind) {
            case POSITIVE -> ReasonKind.POSITIVE;
            case NEGATIVE -> ReasonKind.NEGATIVE;
            case AGGRAVATING -> ReasonKind.AGGRAVATING;
            case INFO -> ReasonKind.INFO;
        };
    }
}
