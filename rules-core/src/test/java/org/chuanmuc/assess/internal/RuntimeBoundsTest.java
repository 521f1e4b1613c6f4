package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.CorpusCost;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleFiles;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.SampleDossiers;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The second line behind the guard: rules that pass it (they use only allowed constructs) but never stop, or grow
 * their facts without bound, end the assessment with an {@link AssessmentException} naming the rule.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class RuntimeBoundsTest {

    /**
     * Modifies its own fact without no-loop: every modify re-activates it. Legal code, endless firing. (Drools is
     * property reactive: the pattern must constrain a property, and MVEL's modify marks every property changed.)
     */
    private static final String SELF_MODIFY = """
            package t;
            import org.chuanmuc.model.*;
            rule "vòng lặp: sửa chính sự kiện của mình"
              dialect "mvel"
            when
              $o: Officer(monthsWorked > 0)
            then
              modify($o) {}
            end
            """;

    /** Each firing inserts a warning with twice the previous text: memory would run out within 40 firings. */
    private static final String DOUBLING = """
            package t;
            import org.chuanmuc.model.*;
            rule "gieo"
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "g", "x"));
            end
            rule "nhân đôi văn bản"
            when
              $w: Warning(code == "g", $m: message)
            then
              insert(new Warning($w.officerId(), "g", $m + $m));
            end
            """;

    @Test
    void assess_ruleModifyingItsOwnFact_stopsAtTheFiringLimitNamingTheRule() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("loop.drl", SELF_MODIFY))
                .maxFiringsPerOfficer(500).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("vòng lặp: sửa chính sự kiện của mình");
        assertThat(e.getMessage()).contains("kích hoạt quá 500 lần");
    }

    @Test
    void assess_endlessRuleUnderAHugeFiringLimit_stopsAtTheSessionTimeout() {
        // the firing limit is out of reach, so only the time limit can end the session
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("loop.drl", SELF_MODIFY))
                .maxFiringsPerOfficer(1_000_000_000).sessionTimeout(Duration.ofMillis(200)).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("vòng lặp: sửa chính sự kiện của mình");
        assertThat(e.getMessage()).contains("time limit exceeded");
    }

    @Test
    void assess_ruleDoublingItsText_stopsBeforeMemoryRunsOutNamingTheRule() {
        assertThat(RuleGuard.check("doubling.drl", DOUBLING)).isEmpty();
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("doubling.drl", DOUBLING)).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("nhân đôi văn bản");
        // "o1" + "g" + 16384 characters: the first fact past the bound
        assertThat(e.getMessage()).contains(GuardMessages.factTextTooLong(2 + 1 + 16384, SessionMonitor.MAX_FACT_TEXT));
    }

    // --- the runtime corpus: files that pass the guard and must end as a rejection of the unit ----------------

    private static Assessor runtime(String file) {
        Path path = RuleFiles.list("runtime", file).get(0);
        return Assessor.builder().rules(RuleSource.drl(file, RuleFiles.text(path))).build();
    }

    private static AssessmentException rejected(String file, Assessor assessor, List<Dossier> unit) {
        return assertThrows(AssessmentException.class,
                () -> CorpusCost.measure(file, () -> assessor.assessAll(unit)));
    }

    @Test
    void assess_manySmallFactsEachUnderTheBound_stopsAtTheSessionsFactBudget() {
        AssessmentException e = rejected("many-facts.drl", runtime("many-facts.drl"),
                List.of(SampleDossiers.plain("o1")));

        assertThat(e.getMessage()).isEqualTo(GuardMessages.inRule("nhân bản cảnh báo", GuardMessages.tooManyFacts(
                GuardLimits.FACTS_PER_OFFICER + GuardLimits.FACTS_BASE)));
        assertThat(e.rule()).contains("nhân bản cảnh báo");
    }

    @Test
    void assess_largeFactsWithoutADoublingLoop_stopsAtTheSessionsTextBudget() {
        AssessmentException e = rejected("text-budget.drl", runtime("text-budget.drl"),
                List.of(SampleDossiers.plain("o1")));

        assertThat(e.getMessage()).isEqualTo(GuardMessages.inRule("chép văn bản dài", GuardMessages.tooMuchText(
                GuardLimits.TEXT_PER_OFFICER + GuardLimits.TEXT_BASE)));
        assertThat(e.rule()).contains("chép văn bản dài");
    }

    @Test
    void assess_everyOfficerAgainstEveryOther_stopsWhileMatchingAtTheActivationBudget() {
        List<Dossier> unit = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            unit.add(SampleDossiers.plain("o" + i));
        }

        AssessmentException e = rejected("matches.drl", runtime("matches.drl"), unit);

        assertThat(e.getMessage()).isEqualTo(GuardMessages.inRule("so sánh từng cặp cán bộ",
                GuardMessages.tooManyMatches((long) GuardLimits.MATCHES_PER_OFFICER * 300 + GuardLimits.MATCHES_BASE)));
        assertThat(e.rule()).contains("so sánh từng cặp cán bộ");
    }

    @Test
    void assess_sameFileWithAFewOfficers_isAssessed() {
        // the control: the pair rule is legal; only its size in a big unit is refused
        List<Dossier> unit = List.of(SampleDossiers.plain("a"), SampleDossiers.plain("b"), SampleDossiers.plain("c"));

        assertThat(runtime("matches.drl").assessAll(unit).assessments())
                .allSatisfy(a -> assertThat(a.warnings()).hasSize(3));
    }

    // --- the monitor itself, on sessions built without the guard ------------------------------------------

    private static CompiledRules unguarded(String drl) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).isEmpty();
        return new CompiledRules(builder.newKieBase(), new RuleSetInfo("x", "0", "0".repeat(64)), List.of(),
                List.of(), Set.of());
    }

    @Test
    void monitor_ruleInsertingAString_isStoppedAtRunTimeToo() {
        // the guard refuses insert("..."); this checks the second line behind it, on rules it never saw
        CompiledRules rules = unguarded("""
                package t;
                import org.chuanmuc.model.*;
                rule "chuỗi"
                when
                  $p: Period()
                then
                  insert("x" + $p.year());
                end
                """);
        KieSession session = rules.kieBase().newKieSession();
        try (SessionMonitor monitor = new SessionMonitor(session, System.nanoTime() + 60_000_000_000L, rules, 1)) {
            session.insert(new Period(2025));

            RuntimeException e = assertThrows(RuntimeException.class, session::fireAllRules);

            assertThat(rootCause(e)).hasMessage(GuardMessages.factNotAllowed("String"));
        } finally {
            session.dispose();
        }
    }

    @Test
    void monitor_watchdog_haltsASessionThatNoFiringChecks() {
        // fireUntilHalt never returns by itself: only the watchdog's halt at the deadline ends it
        CompiledRules rules = unguarded("package t;\nimport org.chuanmuc.model.*;\n");
        KieSession session = rules.kieBase().newKieSession();
        try (SessionMonitor monitor = new SessionMonitor(session, System.nanoTime() + 200_000_000L, rules, 1)) {
            session.fireUntilHalt();

            assertThat(monitor.timedOut()).isTrue();
        } finally {
            session.dispose();
        }
    }

    @Test
    void run_resultInsertedTwice_isOneResult() {
        // the guard lets rules insert only new facts; past it, one object inserted twice is still one fact
        CompiledRules rules = unguarded("""
                package t;
                import org.chuanmuc.model.*;
                rule "T-01 nhận xét và giới hạn, mỗi thứ chèn hai lần"
                when
                  $o: Officer()
                then
                  Finding f = new Finding($o.id(), FindingKind.NEGATIVE, "T-01", "Quy chế thử", "một lần");
                  insert(f);
                  insert(f);
                  RatingCap c = RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "T-01", "Quy chế thử", "một lần");
                  insert(c);
                  insert(c);
                end

                rule "T-02 chèn lại nhận xét đã có"
                when
                  $f: Finding(criterion == "T-01")
                then
                  insert($f);
                end
                """);
        SessionRunner runner = new SessionRunner(rules, List.of(), 10_000, Duration.ofSeconds(60));
        Set<String> fired = new HashSet<>();

        Assessment a = runner.run(List.of(SampleDossiers.plain("o1")), fired::addAll).get(0);

        assertThat(fired).contains("T-02 chèn lại nhận xét đã có");
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.reasons()).extracting(r -> r.kind() + " " + r.rule()).containsExactlyInAnyOrder(
                "CAP T-01 nhận xét và giới hạn, mỗi thứ chèn hai lần",
                "NEGATIVE T-01 nhận xét và giới hạn, mỗi thứ chèn hai lần");
    }

    @Test
    void run_stackExhaustedWhileRulesRun_isAnAssessmentExceptionNotAnError() {
        // past the guard (a function recursing without end): the last line behind it must still hold
        CompiledRules rules = unguarded("""
                package t;
                import org.chuanmuc.model.*;
                function int sau(int n) { return sau(n + 1) + 1; }
                rule "đệ quy"
                when
                  $p: Period()
                then
                  insert(new Warning("o1", "W", "" + sau(0)));
                end
                """);
        SessionRunner runner = new SessionRunner(rules, List.of(), 10_000, Duration.ofSeconds(60));

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> runner.run(List.of(SampleDossiers.plain("o1"))));

        assertThat(e).hasMessage(GuardMessages.runExhausted("StackOverflowError"));
    }

    @Test
    void run_outOfMemoryWhileRulesRun_keepsTheErrorAsTheCause() {
        // a heap too small for the unit is the JVM's condition, not the unit's: callers (the CLI) must be able to
        // tell it from a rule failing, so the error travels as the cause
        CompiledRules rules = unguarded("""
                package t;
                import org.chuanmuc.model.*;
                function int het() { throw new OutOfMemoryError("Java heap space"); }
                rule "hết bộ nhớ"
                when
                  $p: Period()
                then
                  insert(new Warning("o1", "W", "" + het()));
                end
                """);
        SessionRunner runner = new SessionRunner(rules, List.of(), 10_000, Duration.ofSeconds(60));

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> runner.run(List.of(SampleDossiers.plain("o1"))));

        assertThat(e).hasMessage(GuardMessages.runExhausted("OutOfMemoryError"));
        assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }

    @Test
    void build_stackExhaustedWhileCompiling_isADiagnosticNotAnError() throws Exception {
        // within every bound of the guard, but a thread with a small stack cannot parse or compile it
        String nested = "$o.monthsWorked()";
        for (int i = 0; i < 36; i++) {
            nested = "(" + nested + " + 1)";
        }
        String drl = "package t;\nimport org.chuanmuc.model.*;\nrule \"sâu\" when $o: Officer(monthsWorked > "
                + nested + ") then\n insert(new Warning($o.id(), \"W\", \"\" + " + nested + "));\nend\n";
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                Assessor.builder().rules(RuleSource.drl("sau.drl", drl)).build();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "nho", 128 * 1024);
        small.start();
        small.join();

        assertThat(thrown.get()).isInstanceOf(RuleCompilationException.class);
        assertThat(((RuleCompilationException) thrown.get()).diagnostics())
                .containsExactly(new Diagnostic("sau.drl", 1, 1, GuardMessages.tooComplexToCompile("StackOverflowError")));
        assertThat(Assessor.builder().rules(RuleSource.drl("sau.drl", drl)).build().ruleNames()).containsExactly("sâu");
    }

    @AfterAll
    static void printCost() {
        CorpusCost.print("runtime");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
