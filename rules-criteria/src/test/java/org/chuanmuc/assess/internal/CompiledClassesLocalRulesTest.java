package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on the classes compiled ahead for the standard criteria: local rules next to them, in the same package
 * as a standard file; several builds with different edits at once.
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class CompiledClassesLocalRulesTest {
    private static final String RATING_RULES = StandardCriteria.FOLDER + "xep-loai.drl";
    private static final String NO_TASKS = CompiledClassesTest.NO_TASKS;

    /** A local rule in the package of xep-loai.drl (the standard rule NV-0 lives there too). */
    private static final String LOCAL_SAME_PACKAGE = """
            package org.chuanmuc.criteria.xeploai
            import org.chuanmuc.model.*
            rule "NV-0 địa phương: nhắc hội đồng xác minh hồ sơ không có nhiệm vụ"
            when
                $o: Officer(tasks.assigned == 0)
            then
                insert(new Warning($o.id(), "DP-NV-0", "địa phương: hồ sơ không có nhiệm vụ"));
            end
            """;

    private static Assessment assess(CompiledRules rules, RuleBundle bundle) {
        return new SessionRunner(rules, bundle.criteria(), 10_000, Duration.ofSeconds(60))
                .run(List.of(CompiledClassesTest.noTasks())).get(0);
    }

    @Test
    void localRuleInAStandardPackage_takesEffect_andTheStandardBatchesAreStillTaken() {
        RuleBundle standard = StandardCriteria.rules();
        RuleInput input = new RuleInput(standard.sources(),
                List.of(new RuleInput.LocalFolder("dia-phuong", List.of(RuleSource.drl("nv0.drl", LOCAL_SAME_PACKAGE)))),
                List.of());
        int taken = CompiledClasses.taken();
        int compiled = CompiledClasses.compiled();

        CompiledRules rules = RuleCompiler.compile(input, standard.name(), standard.version());

        assertThat(CompiledClasses.compiled() - compiled).as("only the local file is compiled").isEqualTo(1);
        assertThat(CompiledClasses.taken() - taken).as("the standard batches").isEqualTo(10);
        Assessment a = assess(rules, standard);
        assertThat(a.warnings()).extracting(Flag::code).contains("DP-NV-0");
        assertThat(a.localRules()).containsExactly("NV-0 địa phương: nhắc hội đồng xác minh hồ sơ không có nhiệm vụ");
        assertThat(a.reasons()).extracting(Reason::message).anyMatch(m -> m.startsWith(NO_TASKS));
    }

    @Test
    void concurrentBuilds_withDifferentEdits_eachRunItsOwnEdit() throws Exception {
        RuleBundle standard = StandardCriteria.rules();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Assessment>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String message = i % 2 == 0 ? NO_TASKS : "Hồ sơ sửa số " + i;
                results.add(pool.submit(() -> {
                    List<RuleSource> sources = new ArrayList<>();
                    for (RuleSource s : standard.sources()) {
                        sources.add(s.name().equals(RATING_RULES)
                                ? RuleSource.drl(s.name(), s.text().replace(NO_TASKS, message)) : s);
                    }
                    RuleBundle bundle = new RuleBundle(standard.name(), standard.version(), sources,
                            standard.criteria());
                    return assess(RuleCompiler.compile(bundle.sources(), bundle.name(), bundle.version()), bundle);
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String message = i % 2 == 0 ? NO_TASKS : "Hồ sơ sửa số " + i;
                assertThat(results.get(i).get().reasons()).extracting(Reason::message).as("build %d", i)
                        .anyMatch(m -> m.startsWith(message));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
