package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;

/**
 * Hostile review of the guard-verdict fast path ({@link GuardVerdict}, commit 3942096). Every test asserts the
 * behaviour the fast path claims: for any input, what comes out of a build with the shipped record is exactly what
 * the full translate+guard+compile path gives for the same input (same texts, same rules, same refusal), and the
 * record is taken only for exactly the shipped sources. A failing test here shows a defect.
 *
 * <p>At 3942096 these failed (each documented a defect, fixed since: the record names each source's kind and the
 * rule set, requires the guard's code, and an Error from the look-up falls back): the five *Kind* tests (a source's
 * {@link RuleSource.Kind} is neither hashed nor recorded, so the shipped names and bytes with another kind take the
 * build's texts: han-muc.drl given as DSL compiles to 75 rules on the full path but 82 through the record; DSLR,
 * DSL or XLSX given as DRL are refused by the full path but compile through the record);
 * criteriaFolderCopiedUnderTheClassPathsRelativeName (README promise), lookupThatThrowsAnError (an Error from the
 * record look-up is not a fallback), recordWithEveryDependencyRemoved (decode trusts the record's own list of what
 * to check).
 */
class GuardVerdictAttackTest {

    private static List<RuleSource> standard() {
        return StandardCriteria.rules().sources();
    }

    /** What a build gave: the compiled rules, or the refusal, and whether the recorded verdict was taken. */
    private record Outcome(CompiledRules rules, RuleCompilationException refused, int verdictsTaken) {
        boolean compiled() {
            return rules != null;
        }
    }

    private static Outcome build(List<RuleSource> sources, SavedRuleBase.Lookup lookup) {
        int before = GuardVerdict.taken();
        try {
            CompiledRules rules = SavedRuleBaseTest.compile(sources, lookup);
            return new Outcome(rules, null, GuardVerdict.taken() - before);
        } catch (RuleCompilationException e) {
            return new Outcome(null, e, GuardVerdict.taken() - before);
        }
    }

    /** The same sources through the shipped record and through the full path: the results must agree. */
    private static void assertSameAsFullPath(List<RuleSource> sources) {
        Outcome full = build(sources, SavedRuleBase.NONE);
        Outcome shipped = build(sources, SavedRuleBase.CLASS_PATH);
        assertThat(full.verdictsTaken()).isZero();
        assertThat(shipped.compiled()).as("compiles with the record exactly when the full path compiles")
                .isEqualTo(full.compiled());
        if (full.compiled()) {
            assertThat(shipped.rules().drl()).isEqualTo(full.rules().drl());
            assertThat(shipped.rules().ruleNames()).isEqualTo(full.rules().ruleNames());
            assertThat(shipped.rules().info()).isEqualTo(full.rules().info());
        } else {
            assertThat(shipped.refused().diagnostics()).isEqualTo(full.refused().diagnostics());
        }
    }

    /** The shipped look-up, with the guard's verdict found another way. */
    private static SavedRuleBase.Lookup withGuarded(java.util.function.Function<String, Optional<byte[]>> guarded) {
        return new SavedRuleBase.Lookup() {
            @Override
            public Optional<byte[]> find(String key) {
                return SavedRuleBase.CLASS_PATH.find(key);
            }

            @Override
            public Optional<String> keyOfSources(String sources) {
                return SavedRuleBase.CLASS_PATH.keyOfSources(sources);
            }

            @Override
            public Optional<byte[]> guarded(String sources) {
                return guarded.apply(sources);
            }
        };
    }

    private static List<RuleSource> withKind(String fileName, RuleSource.Kind kind) {
        List<RuleSource> result = new ArrayList<>();
        for (RuleSource s : standard()) {
            result.add(s.name().endsWith("/" + fileName) ? new RuleSource(s.name(), kind, s.content()) : s);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Kind is not in the rule set's hash nor in the record: same names, same bytes, another kind
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Failed at 3942096. {@link RuleCompiler#sha256} hashes each source's file name and bytes but not its
     * {@link RuleSource.Kind}, and {@link GuardVerdict} compares only names: a public {@code new RuleSource(name,
     * kind, bytes)} with the shipped name and bytes but another kind takes the recorded texts. Here the DSLR file is
     * given as DRL: translating it now gives the unexpanded DSLR sentences as DRL, which the guard/compiler refuse;
     * the fast path instead returns the build's expanded text and a working rule base. "No text other than what
     * translating the given sources would give now" does not hold.
     */
    @Test
    void dslrGivenAsDrl_sameNameAndBytes_isTranslatedAsGiven() {
        assertSameAsFullPath(withKind("ky-luat.dslr", RuleSource.Kind.DRL));
    }

    /**
     * Failed at 3942096, the worst of these: a rule file given as a DSL file. The full path compiled then (the file's
     * text contributes only DSL sentences, so its rules are not in the rule set); the fast path silently returns
     * the build's rule set with han-muc.drl's rules in it. Wrong rules in use, no error either way.
     */
    @Test
    void drlGivenAsDsl_sameNameAndBytes_isTranslatedAsGiven() {
        List<RuleSource> sources = withKind("han-muc.drl", RuleSource.Kind.DSL);
        Outcome full = build(sources, SavedRuleBase.NONE);
        Outcome shipped = build(sources, SavedRuleBase.CLASS_PATH);
        // since ef8bbea the full path refuses a rule file given as DSL (it compiled 72 rules before, without it)
        assertThat(full.compiled()).as("the full path refuses it").isFalse();
        assertThat(full.refused().diagnostics()).extracting(org.chuanmuc.assess.Diagnostic::message)
                .contains(org.chuanmuc.assess.internal.guard.GuardMessages.dslOutsideEntry());
        assertThat(shipped.verdictsTaken()).as("record taken").isZero();
        assertThat(shipped.compiled()).isFalse();
        assertThat(shipped.refused().diagnostics()).isEqualTo(full.refused().diagnostics());
    }

    /** Failed at 3942096: the DSL file given as DRL; the full path refuses it, the fast path compiles. */
    @Test
    void dslGivenAsDrl_sameNameAndBytes_isTranslatedAsGiven() {
        assertSameAsFullPath(withKind("chuanmuc.dsl", RuleSource.Kind.DRL));
    }

    /** Failed at 3942096: the decision-table workbook given as DRL (its zip bytes as rule text). */
    @Test
    void workbookGivenAsDrl_sameNameAndBytes_isTranslatedAsGiven() {
        assertSameAsFullPath(withKind("bang-quyet-dinh.xlsx", RuleSource.Kind.DRL));
    }

    /** Whatever the kind, a changed kind must not take the record. */
    @Test
    void anyChangedKind_neverTakesTheRecord() {
        for (RuleSource s : standard()) {
            for (RuleSource.Kind kind : RuleSource.Kind.values()) {
                if (kind == s.kind()) {
                    continue;
                }
                String file = s.name().substring(s.name().lastIndexOf('/') + 1);
                Outcome outcome = build(withKind(file, kind), SavedRuleBase.CLASS_PATH);
                assertThat(outcome.verdictsTaken()).as("%s as %s", file, kind).isZero();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sources: bytes, names, order, count
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void contentArrayMutatedAfterTheSourceWasMade_changesNothing() {
        List<RuleSource> sources = new ArrayList<>();
        List<byte[]> given = new ArrayList<>();
        for (RuleSource s : standard()) {
            byte[] bytes = s.content();
            given.add(bytes);
            sources.add(new RuleSource(s.name(), s.kind(), bytes));
        }
        sources.get(4).content()[0] ^= 1; // a copy: changes nothing
        given.forEach(b -> b[0] ^= 1);    // the caller's arrays: copied on construction
        Outcome outcome = build(sources, SavedRuleBase.CLASS_PATH);
        assertThat(outcome.verdictsTaken()).isEqualTo(1);
        assertThat(outcome.rules().drl()).isEqualTo(build(standard(), SavedRuleBase.NONE).rules().drl());
    }

    @Test
    void namesInOtherCaseOrUnicodeForm_orWithBackslashes_neverTakeTheRecord() {
        List<java.util.function.UnaryOperator<String>> renames = List.of(
                n -> n.toUpperCase(java.util.Locale.ROOT),
                n -> n.replace("xep-loai", "XEP-LOAI"),
                n -> n.replace('/', '\\'),
                n -> "./" + n,
                n -> n.replace("criteria/", "criteria//"),
                n -> java.text.Normalizer.normalize(n + "\u0301", java.text.Normalizer.Form.NFD));
        for (java.util.function.UnaryOperator<String> rename : renames) {
            List<RuleSource> renamed = standard().stream()
                    .map(s -> new RuleSource(rename.apply(s.name()), s.kind(), s.content())).toList();
            Outcome outcome = build(renamed, SavedRuleBase.CLASS_PATH);
            assertThat(outcome.verdictsTaken()).as(renamed.get(0).name()).isZero();
        }
    }

    @Test
    void oneMoreOneFewerOrReordered_neverTakeTheRecord() {
        List<RuleSource> std = standard();
        List<RuleSource> more = new ArrayList<>(std);
        more.add(RuleSource.drl("them.drl", "package org.chuanmuc.rules.them;\n"));
        List<RuleSource> fewer = new ArrayList<>(std.subList(0, std.size() - 1));
        List<RuleSource> reordered = new ArrayList<>(std);
        java.util.Collections.swap(reordered, 4, 5);
        List<RuleSource> doubled = new ArrayList<>(std);
        doubled.add(std.get(4));
        for (List<RuleSource> sources : List.of(more, fewer, reordered, doubled)) {
            assertThat(build(sources, SavedRuleBase.CLASS_PATH).verdictsTaken()).isZero();
        }
    }

    @Test
    void twoSourcesMergedIntoOne_sameHashStream_neverTakeTheRecord() {
        // the rule set's hash is name \0 bytes \0 per source: the last two sources folded into one give the same
        // hashed bytes (and so the same SHA-256 and the same .key/.guarded look-up); the names list must refuse it
        List<RuleSource> std = standard();
        RuleSource a = std.get(std.size() - 2);
        RuleSource b = std.get(std.size() - 1);
        java.io.ByteArrayOutputStream folded = new java.io.ByteArrayOutputStream();
        folded.writeBytes(a.content());
        folded.write(0);
        folded.writeBytes(b.name().substring(b.name().lastIndexOf('/') + 1)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        folded.write(0);
        folded.writeBytes(b.content());
        List<RuleSource> merged = new ArrayList<>(std.subList(0, std.size() - 2));
        merged.add(new RuleSource(a.name(), a.kind(), folded.toByteArray()));
        RuleInput in = new RuleInput(merged, List.of(), List.of());
        assertThat(RuleCompiler.sha256(in)).as("same rule-set hash")
                .isEqualTo(RuleCompiler.sha256(new RuleInput(std, List.of(), List.of())));

        Outcome outcome = build(merged, SavedRuleBase.CLASS_PATH);
        assertThat(outcome.verdictsTaken()).isZero();
        assertThat(outcome.compiled()).as("NUL bytes in a DRL file are refused by the guard").isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Builder paths: local folders, criteria folders, hot reload
    // ---------------------------------------------------------------------------------------------------------

    private static Path copyOfStandard(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (RuleSource s : standard()) {
            Files.write(folder.resolve(s.name().substring(s.name().lastIndexOf('/') + 1)), s.content());
        }
        for (String file : List.of(StandardCriteria.SOURCES_FILE, CriteriaCatalogue.FILE_NAME)) {
            try (java.io.InputStream in = StandardCriteria.class.getClassLoader()
                    .getResourceAsStream(StandardCriteria.FOLDER + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        return folder;
    }

    @Test
    void localFolderHoldingAnExactCopy_isGuarded() throws Exception {
        Path dir = Files.createTempDirectory("chuanmuc-attack-local");
        try {
            copyOfStandard(dir.resolve("copy"));
            int before = GuardVerdict.taken();
            try {
                Assessor.builder().rules(StandardCriteria.rules()).rules(dir.resolve("copy")).build();
            } catch (RuleCompilationException expected) {
                // duplicate rule names: refused, and that is the guard speaking
            }
            assertThat(GuardVerdict.taken()).isEqualTo(before);
        } finally {
            ConvertedTables.deleteTree(dir);
        }
    }

    @Test
    void criteriaFolderHoldingAnExactCopy_isGuarded_underItsOwnNames() throws Exception {
        Path dir = Files.createTempDirectory("chuanmuc-attack-criteria");
        try {
            Path copy = copyOfStandard(dir.resolve("criteria"));
            int before = GuardVerdict.taken();
            Assessor assessor = Assessor.builder().rules(StandardCriteria.fromFolder(copy)).build();
            assertThat(GuardVerdict.taken()).isEqualTo(before);
            assertThat(assessor.ruleNames()).hasSize(83);
        } finally {
            ConvertedTables.deleteTree(dir);
        }
    }

    /**
     * README ("What the guard does not guarantee"): "Copy the criteria to a folder and load it ({@code --criteria
     * DIR}) to have them guarded on every load." A criteria folder given by the relative path
     * {@code org/chuanmuc/criteria} names its files exactly as the class-path resources are named, so a copy there
     * takes the record and is NOT guarded on load. The texts are the same bytes' texts (no unsafe rule can come of
     * it), but the documented way to have the shipped criteria re-guarded does not always re-guard them. Failed at
     * 3942096 (documentation-level).
     */
    @Test
    void criteriaFolderCopiedUnderTheClassPathsRelativeName_isStillGuardedOnLoad_asTheReadmeSays() throws Exception {
        Path relative = Path.of("org/chuanmuc/criteria");
        Path top = Path.of("org");
        if (Files.exists(top)) {
            return; // never touch a folder this test did not make
        }
        try {
            copyOfStandard(relative);
            int before = GuardVerdict.taken();
            Assessor assessor = Assessor.builder().rules(StandardCriteria.fromFolder(relative)).build();
            assertThat(assessor.ruleNames()).hasSize(83);
            assertThat(GuardVerdict.taken()).as("a --criteria folder is guarded on every load").isEqualTo(before);
        } finally {
            ConvertedTables.deleteTree(top);
        }
    }

    @Test
    void repositoryReloadOfAWatchedExactCopy_isGuarded() throws Exception {
        Path dir = Files.createTempDirectory("chuanmuc-attack-repo");
        try {
            Path copy = copyOfStandard(dir.resolve("local"));
            int before = GuardVerdict.taken();
            try (org.chuanmuc.assess.RuleRepository repo = org.chuanmuc.assess.RuleRepository.builder(copy).build()) {
                repo.reload();
            } catch (RuleCompilationException | IllegalStateException e) {
                // refused or not buildable without base criteria: either way not through the record
            }
            assertThat(GuardVerdict.taken()).isEqualTo(before);
        } finally {
            ConvertedTables.deleteTree(dir);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Settings, loaders, threads
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void droolsOrKieSystemPropertySetBetweenBuilds_theRecordIsNotTaken() {
        for (String property : List.of("drools.attack.setting", "kie.attack.setting")) {
            System.setProperty(property, "1");
            try {
                Outcome outcome = build(standard(), SavedRuleBase.CLASS_PATH);
                assertThat(outcome.verdictsTaken()).as(property).isZero();
                assertThat(outcome.rules().ruleNames()).hasSize(83);
            } finally {
                System.clearProperty(property);
            }
        }
        assertThat(build(standard(), SavedRuleBase.CLASS_PATH).verdictsTaken()).isEqualTo(1);
    }

    @Test
    void kiePropertiesFileOnTheContextLoader_theRecordIsNotTaken() throws Exception {
        Path dir = Files.createTempDirectory("chuanmuc-attack-kieconf");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Files.createDirectories(dir.resolve("META-INF"));
            Files.writeString(dir.resolve("META-INF/kie.properties.conf"), "drools.attack=1\n");
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                    new java.net.URL[] {dir.toUri().toURL()}, previous)) {
                Thread.currentThread().setContextClassLoader(loader);
                assertThat(build(standard(), SavedRuleBase.CLASS_PATH).verdictsTaken()).isZero();
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            ConvertedTables.deleteTree(dir);
        }
    }

    @Test
    void standardCriteriaReadThroughAnotherLoader_sameBytesAndNames_giveTheSameRules() throws Exception {
        Path jarless = Path.of(StandardCriteria.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (java.net.URLClassLoader other = new java.net.URLClassLoader(new java.net.URL[] {jarless.toUri().toURL()},
                null)) {
            List<RuleSource> sources = standard().stream()
                    .map(s -> RuleSource.fromClasspath(s.name(), other)).toList();
            assertSameAsFullPath(sources);
        }
    }

    @Test
    void manyThreadsBuildingAtOnce_allGetTheSameRules() throws Exception {
        List<DrlText> expected = build(standard(), SavedRuleBase.NONE).rules().drl();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<CompiledRules>> builds = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Callable<CompiledRules> task = () -> SavedRuleBaseTest.compile(standard(), SavedRuleBase.CLASS_PATH);
                builds.add(pool.submit(task));
            }
            for (Future<CompiledRules> f : builds) {
                CompiledRules rules = f.get();
                assertThat(rules.drl()).isEqualTo(expected);
                assertThat(rules.ruleNames()).hasSize(83);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void buildOnAnInterruptedThread_givesTheSameRules_andKeepsTheInterrupt() {
        List<DrlText> expected = build(standard(), SavedRuleBase.NONE).rules().drl();
        Thread.currentThread().interrupt();
        try {
            Outcome outcome = build(standard(), SavedRuleBase.CLASS_PATH);
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt status kept").isTrue();
            assertThat(outcome.compiled()).isTrue();
            assertThat(outcome.rules().drl()).isEqualTo(expected);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptedWhileTheRecordIsRead_givesTheSameRules() {
        List<DrlText> expected = build(standard(), SavedRuleBase.NONE).rules().drl();
        SavedRuleBase.Lookup interrupting = withGuarded(sources -> {
            Thread.currentThread().interrupt();
            return SavedRuleBase.CLASS_PATH.guarded(sources);
        });
        try {
            Outcome outcome = build(standard(), interrupting);
            assertThat(outcome.compiled()).isTrue();
            assertThat(outcome.rules().drl()).isEqualTo(expected);
        } finally {
            Thread.interrupted();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Look-ups that fail
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Failed at 3942096 (robustness, test-only reach): {@link GuardVerdict#read} catches IOException and
     * RuntimeException, not Error. A look-up of the record that throws a LinkageError (or an
     * OutOfMemoryError reading an oversized record) ends the build with that error instead of falling back to the
     * full path, as the class doc promises ("any doubt → translated and guarded"). Only reachable through a custom
     * (package-private) Lookup or a class-path resource that cannot be read.
     */
    @Test
    void lookupThatThrowsAnError_fallsBackToTheFullPath() {
        SavedRuleBase.Lookup broken = withGuarded(sources -> {
            throw new NoClassDefFoundError("org/example/Missing");
        });
        Outcome outcome;
        try {
            outcome = build(standard(), broken);
        } catch (Error e) {
            throw new AssertionError("the build failed with " + e + " instead of translating and guarding", e);
        }
        assertThat(outcome.compiled()).isTrue();
        assertThat(outcome.verdictsTaken()).isZero();
    }

    /**
     * Failed at 3942096 (hardening; the class path is trusted, so reach is a writer of the class path or a custom
     * Lookup): {@link GuardVerdict#decode} checks only the dependencies the record itself lists. A record whose list
     * is empty (or lacks the guard's classes and the parser's version, e.g. written by an older or buggy save) is
     * taken as "made with exactly this code" without checking any code. decode should insist on at least the
     * library's guard classes and {@code drools-drl-parser}'s version, as save() does.
     */
    @Test
    void recordWithEveryDependencyRemoved_isNotTaken() throws Exception {
        // a record that checks no code at all (a format any writer of the class path could produce) must not be
        // accepted as "made with this code"
        GuardVerdict.Record shipped = GuardVerdict.parse(
                SavedRuleBase.CLASS_PATH.guarded(RuleCompiler.sha256(new RuleInput(standard(), List.of(),
                        List.of()))).orElseThrow());
        byte[] stripped = GuardVerdict.encode(new GuardVerdict.Record(shipped.magic(), shipped.sources(),
                shipped.languageLevel(), shipped.names(), java.util.Map.of(), shipped.texts()));
        SavedRuleBase.Lookup lookup = withGuarded(sources -> Optional.of(stripped));
        assertThat(build(standard(), lookup).verdictsTaken()).isZero();
    }

    @Test
    void unitAssessedThroughTheRecord_isAssessedAsThroughTheFullPath() {
        Outcome shipped = build(standard(), SavedRuleBase.CLASS_PATH);
        Outcome full = build(standard(), SavedRuleBase.NONE);
        assertThat(shipped.verdictsTaken()).isEqualTo(1);
        List<Dossier> unit = new UnitGenerator(CriteriaCatalogue.standard()).unit(7L, 40).dossiers();
        assertThat(SavedRuleBaseTest.runner(shipped.rules()).run(unit))
                .isEqualTo(SavedRuleBaseTest.runner(full.rules()).run(unit));
    }
}
