package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;

/**
 * The rule base the build saved for the standard criteria: taken when the guarded texts and everything they were
 * compiled against are unchanged, assessing exactly as the rules compiled now, and never taken otherwise.
 */
class SavedRuleBaseTest {
    private static final String RATING_RULES = StandardCriteria.FOLDER + "xep-loai.drl";
    private static final String NO_TASKS = CompiledClassesTest.NO_TASKS;
    private static final int UNITS = 300;

    private static RuleInput input(List<RuleSource> sources) {
        return new RuleInput(sources, List.of(), List.of());
    }

    /** @return the standard criteria's rule set compiled or read back through this look-up */
    static CompiledRules compile(List<RuleSource> sources, SavedRuleBase.Lookup saved) {
        return RuleCompiler.compile(input(sources), "thử", "1", ConvertedTables.CLASS_PATH,
                CompiledClasses.CLASS_PATH, saved, null);
    }

    /** The shipped entries, counting the look-ups and what they found, and naming the threads that asked. */
    private static final class Counting implements SavedRuleBase.Lookup {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger found = new AtomicInteger();
        final Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final SavedRuleBase.Lookup inner;
        private final Optional<String> predicted;

        /** Looks entries up in {@code inner}, and the key of sources up there as well. */
        Counting(SavedRuleBase.Lookup inner) {
            this(inner, null);
        }

        /** Says that any sources had {@code predicted} for key (null: asks {@code inner}). */
        Counting(SavedRuleBase.Lookup inner, String predicted) {
            this.inner = inner;
            this.predicted = Optional.ofNullable(predicted);
        }

        @Override
        public Optional<byte[]> find(String key) {
            asked.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            Optional<byte[]> entry = inner.find(key);
            entry.ifPresent(e -> found.incrementAndGet());
            return entry;
        }

        @Override
        public Optional<String> keyOfSources(String sources) {
            return predicted.isPresent() ? predicted : inner.keyOfSources(sources);
        }
    }

    /** @return a runner of these rules with the standard catalogue */
    static SessionRunner runner(CompiledRules rules) {
        return new SessionRunner(rules, CriteriaCatalogue.standard().all(), 10_000, Duration.ofSeconds(60));
    }

    @Test
    void standardCriteria_takeTheRuleBaseSavedByTheBuild_andCompileNothing() {
        Counting shipped = new Counting(SavedRuleBase.CLASS_PATH);
        int taken = SavedRuleBase.taken();
        int compiled = CompiledClasses.compiled();
        int batchesTaken = CompiledClasses.taken();

        CompiledRules rules = compile(StandardCriteria.rules().sources(), shipped);

        assertThat(shipped.found).as("an entry for the texts of the standard criteria as they are now").hasValue(1);
        assertThat(shipped.asked).as("looked up once, early, and not again once guarded").hasValue(1);
        assertThat(shipped.threads).as("read while the sources were translated and guarded")
                .containsExactly("chuanmuc-rule-base-reader");
        assertThat(SavedRuleBase.taken() - taken).isEqualTo(1);
        assertThat(CompiledClasses.compiled() - compiled + CompiledClasses.taken() - batchesTaken)
                .as("no Java class compiled or even looked up").isZero();
        assertThat(rules.ruleNames()).hasSize(83).contains("NV-0 hồ sơ không có nhiệm vụ được giao: không quá Hoàn thành nhiệm vụ, cần hội đồng xác nhận");
        assertThat(runner(rules).run(List.of(CompiledClassesTest.noTasks())).get(0).reasons()).extracting(Reason::message)
                .anyMatch(m -> m.startsWith(NO_TASKS));
    }

    @Test
    void savedRuleBase_assessesEveryGeneratedUnitAsTheRulesCompiledNow() {
        List<RuleSource> sources = StandardCriteria.rules().sources();
        CompiledRules saved = compile(sources, SavedRuleBase.CLASS_PATH);
        CompiledRules compiled = compile(sources, SavedRuleBase.NONE);
        assertThat(saved.kieBase()).isNotSameAs(compiled.kieBase());
        assertThat(saved.ruleNames()).isEqualTo(compiled.ruleNames());
        assertThat(saved.drl()).isEqualTo(compiled.drl());
        SessionRunner fromSaved = runner(saved);
        SessionRunner fromCompiled = runner(compiled);
        UnitGenerator generator = new UnitGenerator(CriteriaCatalogue.standard());

        Set<Integer> years = new java.util.TreeSet<>();
        Set<String> firedAnywhere = new java.util.HashSet<>();
        for (int i = 0; i < UNITS; i++) {
            List<Dossier> unit = generator.unit(20261202L + 9, i).dossiers();
            AtomicReference<Set<String>> firedSaved = new AtomicReference<>();
            AtomicReference<Set<String>> firedCompiled = new AtomicReference<>();
            List<Assessment> expected = fromCompiled.run(unit, firedCompiled::set);
            assertThat(fromSaved.run(unit, firedSaved::set)).as("unit %d", i).isEqualTo(expected);
            assertThat(firedSaved.get()).as("rules fired in unit %d", i).isEqualTo(firedCompiled.get());
            years.add(unit.get(0).period().year());
            firedAnywhere.addAll(firedCompiled.get());
        }
        assertThat(years).containsExactly(2024, 2025, 2026, 2027);
        assertThat(firedAnywhere).as("distinct rules fired").hasSizeGreaterThan(40);
    }

    @Test
    void severalThreadsReadingItBackAtOnce_eachGetARuleBaseOfItsOwnThatAssessesAlike() throws Exception {
        List<RuleSource> sources = StandardCriteria.rules().sources();
        List<Dossier> unit = new UnitGenerator(CriteriaCatalogue.standard()).unit(20261202L, 3).dossiers();
        List<Assessment> expected = runner(compile(sources, SavedRuleBase.NONE)).run(unit);
        int threads = 4;
        int taken = SavedRuleBase.taken();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<CompiledRules>> builds = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                builds.add(pool.submit(() -> {
                    start.await();
                    return compile(sources, SavedRuleBase.CLASS_PATH);
                }));
            }
            start.countDown();
            Set<Object> bases = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (java.util.concurrent.Future<CompiledRules> build : builds) {
                CompiledRules rules = build.get(5, java.util.concurrent.TimeUnit.MINUTES);
                bases.add(rules.kieBase());
                assertThat(runner(rules).run(unit)).isEqualTo(expected);
            }
            assertThat(bases).hasSize(threads);
            assertThat(SavedRuleBase.taken() - taken).isEqualTo(threads);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editedRule_isCompiled_andItsEditTakesEffect() {
        List<RuleSource> sources = withEditedMessage();
        Counting shipped = new Counting(SavedRuleBase.CLASS_PATH);
        int compiled = CompiledClasses.compiled();

        CompiledRules rules = compile(sources, shipped);

        assertThat(shipped.asked).hasValue(1);
        assertThat(shipped.found).as("no entry for the edited texts").hasValue(0);
        assertThat(CompiledClasses.compiled() - compiled).as("the edited file's batch").isEqualTo(1);
        assertTheEditTakesEffect(rules);
    }

    private static final String EDITED = "Hồ sơ không ghi nhiệm vụ nào (đã sửa)";

    /** @return the standard criteria with one message of xep-loai.drl edited */
    private static List<RuleSource> withEditedMessage() {
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : StandardCriteria.rules().sources()) {
            sources.add(s.name().equals(RATING_RULES) ? RuleSource.drl(s.name(), s.text().replace(NO_TASKS, EDITED)) : s);
        }
        return sources;
    }

    private static void assertTheEditTakesEffect(CompiledRules rules) {
        assertThat(runner(rules).run(List.of(CompiledClassesTest.noTasks())).get(0).reasons()).extracting(Reason::message)
                .anyMatch(m -> m.startsWith(EDITED))
                .noneMatch(m -> m.startsWith(NO_TASKS));
    }

    /** @return the key of the standard criteria's guarded texts, compiled without any saved entry */
    private static String standardKey() {
        return SavedRuleBase.key(compile(StandardCriteria.rules().sources(), SavedRuleBase.NONE).drl());
    }

    @Test
    void entryReadEarly_isDropped_whenTheGuardedTextsAreNotTheOnesItWasSavedFor() {
        String standardKey = standardKey();
        List<RuleSource> sources = withEditedMessage();
        // a look-up that says any sources had the standard criteria's key: the standard entry is read early
        Counting lying = new Counting(SavedRuleBase.CLASS_PATH, standardKey);
        int taken = SavedRuleBase.taken();

        CompiledRules rules = compile(sources, lying);

        assertThat(lying.asked).as("the entry read early, then the key of the edited texts").hasValue(2);
        assertThat(lying.found).as("only the standard entry exists").hasValue(1);
        assertThat(SavedRuleBase.taken()).as("the entry read early is not the edited rules: compiled").isEqualTo(taken);
        assertTheEditTakesEffect(rules);
    }

    /** @return the standard criteria and a rule the guard refuses */
    private static List<RuleSource> withRefusedRule() {
        List<RuleSource> sources = new ArrayList<>(StandardCriteria.rules().sources());
        sources.add(RuleSource.drl("thu-loi.drl", """
                package org.chuanmuc.thu
                import org.chuanmuc.model.*
                rule "THU chạy lệnh hệ thống"
                when
                    $o: Officer()
                then
                    Runtime.getRuntime().exec("rm -rf /");
                end
                """));
        return sources;
    }

    @Test
    void textThatTheGuardRefuses_isNeverLookedUp() {
        // a lookup that would hand back the standard rule base for any key: the guard's refusal comes first
        byte[] standard = SavedRuleBase.CLASS_PATH.find(standardKey()).orElseThrow();
        Counting anything = new Counting(key -> Optional.of(standard));

        assertThatThrownBy(() -> compile(withRefusedRule(), anything)).isInstanceOf(RuleCompilationException.class);
        assertThat(anything.asked).hasValue(0);
    }

    @Test
    void textThatTheGuardRefuses_neverGetsTheEntryReadEarly() {
        // a look-up that says any sources had the standard key: that entry is read early, and never taken
        Counting lying = new Counting(SavedRuleBase.CLASS_PATH, standardKey());
        int taken = SavedRuleBase.taken();

        assertThatThrownBy(() -> compile(withRefusedRule(), lying)).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("thu-loi.drl");
        assertThat(SavedRuleBase.taken()).isEqualTo(taken);
    }

    @Test
    void entryUnderAnotherKey_isNotTaken() {
        // the right bytes filed under the key of other texts (a renamed file): the key inside the entry decides
        List<RuleSource> sources = StandardCriteria.rules().sources();
        String key = SavedRuleBase.key(compile(sources, SavedRuleBase.NONE).drl());
        byte[] standard = SavedRuleBase.CLASS_PATH.find(key).orElseThrow();
        List<RuleSource> renamed = new ArrayList<>();
        for (RuleSource s : sources) {
            renamed.add(s.name().equals(RATING_RULES) ? RuleSource.drl("xep-loai-2.drl", s.text()) : s);
        }
        Counting anything = new Counting(k -> Optional.of(standard));
        int taken = SavedRuleBase.taken();

        CompiledRules rules = compile(renamed, anything);

        assertThat(anything.found).hasValue(1);
        assertThat(SavedRuleBase.taken()).isEqualTo(taken);
        assertThat(rules.ruleNames()).hasSize(83);
    }

    @Test
    void damagedOrChangedEntry_isIgnored_andTheRulesAreCompiled() throws Exception {
        List<RuleSource> sources = StandardCriteria.rules().sources();
        CompiledRules reference = compile(sources, SavedRuleBase.NONE);
        String key = SavedRuleBase.key(reference.drl());
        byte[] entry = SavedRuleBase.CLASS_PATH.find(key).orElseThrow();
        List<Dossier> unit = List.of(CompiledClassesTest.noTasks());
        List<Assessment> expected = runner(reference).run(unit);

        // the entries rewritten below differ in their dependency alone: the same dependency rewritten is taken
        String officer = "org/chuanmuc/model/Officer.class";
        assertThat(SavedRuleBase.decode(withDependency(key, officer, dependenciesOf(entry).get(officer)), key,
                SavedRuleBase.class.getClassLoader())).isPresent();
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("empty", new byte[0]);
        variants.put("cut in half", java.util.Arrays.copyOf(entry, entry.length / 2));
        variants.put("last byte changed", flipped(entry, entry.length - 1));
        variants.put("a byte of the packages changed", flipped(entry, entry.length - 200_000));
        variants.put("another format", flipped(entry, 3));
        variants.put("a dependency changed", withDependency(key, "org/chuanmuc/model/Officer.class", "0".repeat(64)));
        variants.put("Drools of another version", withDependency(key,
                "META-INF/maven/org.drools/drools-core/pom.properties", "0".repeat(64)));
        for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
            assertThat(SavedRuleBase.load(k -> Optional.of(variant.getValue()), reference.drl(), Optional.empty()))
                    .as(variant.getKey()).isEmpty();
        }
        // the whole way for two of them: compiled, and assessing as the rules compiled now
        for (String name : List.of("cut in half", "a dependency changed")) {
            int taken = SavedRuleBase.taken();
            int compiled = CompiledClasses.taken() + CompiledClasses.compiled();

            CompiledRules rules = compile(sources, k -> Optional.of(variants.get(name)));

            assertThat(SavedRuleBase.taken()).as(name).isEqualTo(taken);
            assertThat(CompiledClasses.taken() + CompiledClasses.compiled() - compiled).as(name).isEqualTo(10);
            assertThat(runner(rules).run(unit)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void shippedEntry_dependsOnTheModelTheCompiledClassesAndDrools() throws IOException {
        List<RuleSource> sources = StandardCriteria.rules().sources();
        String key = SavedRuleBase.key(compile(sources, SavedRuleBase.NONE).drl());
        Map<String, String> dependencies = dependenciesOf(SavedRuleBase.CLASS_PATH.find(key).orElseThrow());

        assertThat(dependencies).containsKeys("org/chuanmuc/model/Officer.class", "org/chuanmuc/model/Period.class",
                "org/chuanmuc/model/TotalScore.class", "META-INF/maven/org.drools/drools-core/pom.properties");
        assertThat(dependencies.keySet()).anyMatch(r -> r.startsWith("org/drools/"))
                .noneMatch(r -> r.startsWith(CompiledClasses.STORE));
        // the platform's classes are left out, as for the compiled classes; a name looked up and not found stays
        assertThat(dependencies).allSatisfy((resource, digest) -> {
            if (resource.startsWith("java/")) {
                assertThat(digest).as(resource).isEqualTo("-");
            }
        });
        ClassLoader loader = SavedRuleBase.class.getClassLoader();
        dependencies.forEach((resource, digest) -> assertThat(resource.equals(SavedRuleBase.SETTINGS)
                ? SavedRuleBase.settingsDigest(loader) : CompiledClasses.resourceDigest(loader, resource))
                .as(resource).isEqualTo(digest));
    }

    @Test
    void builderSettingOfDrools_compilesTheRules() {
        // a drools.* system property can change what the same text compiles to (here an accumulate function's
        // implementation): the saved rule base is then not taken
        List<RuleSource> sources = StandardCriteria.rules().sources();
        String property = "drools.accumulate.function.sum";
        assertThat(System.getProperty(property)).isNull();
        int taken = SavedRuleBase.taken();
        System.setProperty(property, "org.drools.core.base.accumulators.SumAccumulateFunction");
        try {
            CompiledRules rules = compile(sources, SavedRuleBase.CLASS_PATH);

            assertThat(SavedRuleBase.taken()).isEqualTo(taken);
            assertThat(rules.ruleNames()).hasSize(83);
        } finally {
            System.clearProperty(property);
        }
        compile(sources, SavedRuleBase.CLASS_PATH);
        assertThat(SavedRuleBase.taken()).as("taken again once the property is gone").isEqualTo(taken + 1);
    }

    @Test
    void shippedEntry_isTheBytesAnotherBuildGivesNow() throws Exception {
        // the build's step run again in a JVM of its own, as the build runs it: the same bytes, so the jar is
        // reproducible (Drools builds rules on several threads and keeps some objects by identity: the step builds on
        // one thread, with every identity hash code 1)
        Path root = Files.createTempDirectory("chuanmuc-saved");
        try {
            Process step = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                    "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                    "-cp", System.getProperty("java.class.path"), CompiledClasses.class.getName(), root.toString(),
                    StandardCriteria.class.getName(), "rules").redirectErrorStream(true).start();
            String output = new String(step.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(step.waitFor()).as(output).isZero();

            String key = SavedRuleBase.key(compile(StandardCriteria.rules().sources(), SavedRuleBase.NONE).drl());
            byte[] again = Files.readAllBytes(root.resolve(SavedRuleBase.FOLDER + key + ".bin"));
            byte[] shipped = SavedRuleBase.CLASS_PATH.find(key).orElseThrow();
            assertThat(again.length).isEqualTo(shipped.length);
            assertThat(java.util.Arrays.equals(again, shipped)).as("the same bytes").isTrue();
            // the record of the key under the sources' hash: one file, the same name and bytes as shipped, the key
            String sourcesHash = RuleCompiler.sha256(input(StandardCriteria.rules().sources()));
            List<String> keyFiles;
            try (var files = Files.list(root.resolve(SavedRuleBase.FOLDER))) {
                keyFiles = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".key")).toList();
            }
            assertThat(keyFiles).containsExactly(sourcesHash + ".key");
            byte[] keyAgain = Files.readAllBytes(root.resolve(SavedRuleBase.FOLDER + sourcesHash + ".key"));
            assertThat(new String(keyAgain, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(key);
            assertThat(CompiledClasses.resource(SavedRuleBase.class.getClassLoader(),
                    SavedRuleBase.FOLDER + sourcesHash + ".key")).hasValueSatisfying(
                            k -> assertThat(k).isEqualTo(keyAgain));
        } finally {
            ConvertedTables.deleteTree(root);
        }
    }

    private static byte[] flipped(byte[] entry, int at) {
        byte[] copy = entry.clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    /** @return the shipped entry with one dependency's digest replaced, signed again: only the dependency differs */
    private static byte[] withDependency(String key, String resource, String digest) throws IOException {
        SavedEntry entry = SavedEntry.of(SavedRuleBase.CLASS_PATH.find(key).orElseThrow());
        assertThat(entry.dependencies()).containsKey(resource);
        Map<String, String> changed = new LinkedHashMap<>(entry.dependencies());
        changed.put(resource, digest);
        return entry.with(changed);
    }

    private static Map<String, String> dependenciesOf(byte[] entry) throws IOException {
        SavedEntry parsed = SavedEntry.of(entry);
        assertThat(parsed.magic()).isEqualTo("chuanmuc rule base 1");
        return parsed.dependencies();
    }
}
