package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;

/**
 * The guard's verdict the build recorded for the standard criteria: taken only for exactly those bytes, names and
 * code, giving exactly the texts the guard passes now; never taken for anything else, however the record or the
 * look-up is bent.
 */
class GuardVerdictTest {
    private static final String RATING_RULES = StandardCriteria.FOLDER + "xep-loai.drl";

    private static List<RuleSource> standard() {
        return StandardCriteria.rules().sources();
    }

    private static String sourcesOf(List<RuleSource> sources) {
        return RuleCompiler.sha256(new RuleInput(sources, List.of(), List.of()));
    }

    /** @return the record the build wrote for the standard criteria */
    private static byte[] shippedRecord() {
        return SavedRuleBase.CLASS_PATH.guarded(sourcesOf(standard())).orElseThrow();
    }

    /** The shipped entries and keys, with the record this look-up is given for every rule set. */
    private record Bent(Optional<byte[]> record, Optional<String> predictedKey) implements SavedRuleBase.Lookup {
        Bent(byte[] record) {
            this(Optional.of(record), Optional.empty());
        }

        @Override
        public Optional<byte[]> find(String key) {
            return SavedRuleBase.CLASS_PATH.find(key);
        }

        @Override
        public Optional<String> keyOfSources(String sources) {
            return predictedKey.isPresent() ? predictedKey : SavedRuleBase.CLASS_PATH.keyOfSources(sources);
        }

        @Override
        public Optional<byte[]> guarded(String sources) {
            return record;
        }
    }

    /** @return the shipped record with its texts, names or dependencies changed, and a digest that matches */
    private static byte[] rewritten(UnaryOperator<GuardVerdict.Record> change) throws Exception {
        return GuardVerdict.encode(change.apply(GuardVerdict.parse(shippedRecord())));
    }

    /** A rule set with its guard's verdict taken or not, and the texts it came with. */
    private record Outcome(CompiledRules rules, int verdictsTaken, int rulesBasesTaken) {
    }

    private static Outcome compile(List<RuleSource> sources, SavedRuleBase.Lookup lookup) {
        int verdicts = GuardVerdict.taken();
        int bases = SavedRuleBase.taken();
        CompiledRules rules = SavedRuleBaseTest.compile(sources, lookup);
        return new Outcome(rules, GuardVerdict.taken() - verdicts, SavedRuleBase.taken() - bases);
    }

    @Test
    void standardCriteria_takeTheRecordedVerdict_whichIsWhatTranslatingAndGuardingThemGivesNow() {
        Outcome shipped = compile(standard(), SavedRuleBase.CLASS_PATH);
        Outcome guarded = compile(standard(), SavedRuleBase.NONE);

        assertThat(shipped.verdictsTaken()).as("the recorded verdict taken").isEqualTo(1);
        assertThat(shipped.rulesBasesTaken()).as("with the rule base saved for those texts").isEqualTo(1);
        assertThat(guarded.verdictsTaken()).as("nothing recorded: translated and guarded").isZero();
        assertThat(shipped.rules().drl()).as("texts, names and origin, in order")
                .isEqualTo(guarded.rules().drl());
        assertThat(shipped.rules().ruleNames()).isEqualTo(guarded.rules().ruleNames());
        assertThat(shipped.rules().localRules()).isEmpty();
        assertThat(shipped.rules().info()).isEqualTo(guarded.rules().info());

        List<Dossier> unit = new UnitGenerator(CriteriaCatalogue.standard()).unit(20261204L, 7).dossiers();
        assertThat(SavedRuleBaseTest.runner(shipped.rules()).run(unit))
                .isEqualTo(SavedRuleBaseTest.runner(guarded.rules()).run(unit));
    }

    @Test
    void record_namesTheGuardsCodeAndTheParsersVersion_andTheSourcesInOrder() throws Exception {
        GuardVerdict.Record record = GuardVerdict.parse(shippedRecord());

        assertThat(record.names()).isEqualTo(standard().stream().map(s -> s.kind() + " " + s.name()).toList());
        assertThat(record.languageLevel()).isEqualTo(RuleGuard.LANGUAGE_LEVEL.name());
        assertThat(record.dependencies()).containsKeys(
                "org/chuanmuc/assess/internal/guard/RuleGuard.class",
                "org/chuanmuc/assess/internal/ParameterCheck.class",
                "org/chuanmuc/assess/internal/SourceTranslator.class",
                "org/chuanmuc/model/Officer.class",
                "META-INF/maven/org.drools/drools-drl-parser/pom.properties",
                "META-INF/maven/org.drools/drools-compiler/pom.properties",
                "META-INF/maven/org.drools/drools-decisiontables/pom.properties",
                SavedRuleBase.SETTINGS);
        assertThat(record.texts()).extracting(DrlText::sourceName).contains(RATING_RULES);
    }

    @Test
    void aSourceEditedByOneByte_hasNoRecord_andTheGuardStillRefusesWhatItMust() {
        List<RuleSource> edited = replace(standard(), RATING_RULES,
                text -> text.replaceFirst("then\\n", "then\n        System.exit(3);\n"));

        int verdicts = GuardVerdict.taken();
        assertThatThrownBy(() -> SavedRuleBaseTest.compile(edited, SavedRuleBase.CLASS_PATH))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics())
                        .extracting(Diagnostic::source).contains(RATING_RULES));
        assertThat(GuardVerdict.taken()).isEqualTo(verdicts);
    }

    @Test
    void theStandardRecordOfferedForEditedSources_isNotTaken_andTheEditIsGuarded() {
        // a look-up that answers every rule set with the standard criteria's record and key: the record names the
        // sources it was made for, so hostile sources get nothing from it
        List<RuleSource> edited = replace(standard(), RATING_RULES,
                text -> text.replaceFirst("then\\n", "then\n        System.exit(3);\n"));
        String standardKey = SavedRuleBase.CLASS_PATH.keyOfSources(sourcesOf(standard())).orElseThrow();
        Bent bent = new Bent(Optional.of(shippedRecord()), Optional.of(standardKey));

        int verdicts = GuardVerdict.taken();
        assertThatThrownBy(() -> SavedRuleBaseTest.compile(edited, bent))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics())
                        .extracting(Diagnostic::source).contains(RATING_RULES));
        assertThat(GuardVerdict.taken()).isEqualTo(verdicts);
    }

    @Test
    void shippedRecordRewrittenUnchanged_isTaken_soThatTheRefusalsBelowAreTheChangesOwn() throws Exception {
        assertThat(rewritten(r -> r)).isEqualTo(shippedRecord());
        assertThat(compile(standard(), new Bent(rewritten(r -> r))).verdictsTaken()).isEqualTo(1);
    }

    @Test
    void contextLoaderChangedWhileTheVerdictIsRead_theRuleBaseIsNotTakenAndTheRulesCompileWithThatLoader()
            throws Exception {
        // the rule base read early was checked with the context class loader of the start of the build: a loader
        // set before it is taken (here by the look-up itself) in which xep-loai.drl's Tasks is another class must
        // give the rules as compiled with that loader
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chuanmuc-shadow");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader shadow = new java.net.URLClassLoader(
                new java.net.URL[] {SavedRuleBaseHostileTest.shadowTasks(dir).toUri().toURL()},
                SavedRuleBase.class.getClassLoader())) {
            byte[] record = shippedRecord();
            SavedRuleBase.Lookup switching = new Bent(Optional.of(record), Optional.empty());
            Outcome outcome = compile(standard(), new SavedRuleBase.Lookup() {
                @Override
                public Optional<byte[]> find(String key) {
                    return switching.find(key);
                }

                @Override
                public Optional<String> keyOfSources(String sources) {
                    return switching.keyOfSources(sources);
                }

                @Override
                public Optional<byte[]> guarded(String sources) {
                    Thread.currentThread().setContextClassLoader(shadow);
                    return switching.guarded(sources);
                }
            });

            assertThat(outcome.rulesBasesTaken()).isZero();
            assertThat(outcome.verdictsTaken()).isZero();
            assertThat(SavedRuleBaseHostileTest.leaderBelowHalfMessage(outcome.rules()))
                    .contains("dưới -7%");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            ConvertedTables.deleteTree(dir);
        }
    }

    @Test
    void recordWhoseTextsAreNotThoseOfTheSavedRuleBase_isNotTaken_andTheSourcesAreTranslatedAgain() throws Exception {
        byte[] record = rewritten(r -> new GuardVerdict.Record(r.magic(), r.sources(), r.languageLevel(),
                r.names(), r.dependencies(), r.texts().stream().map(t -> t.sourceName().equals(RATING_RULES)
                        ? new DrlText(t.sourceName(), t.drl().replaceFirst("then\\n",
                        "then\n        System.exit(3);\n"), t.local()) : t).toList()));

        Outcome outcome = compile(standard(), new Bent(record));

        assertThat(outcome.verdictsTaken()).isZero();
        assertThat(outcome.rules().drl()).isEqualTo(compile(standard(), SavedRuleBase.NONE).rules().drl());
        assertThat(outcome.rules().drl()).noneMatch(t -> t.drl().contains("System.exit"));
    }

    @Test
    void recordMadeWithOtherCode_isNotTaken() throws Exception {
        for (String dependency : List.of("org/chuanmuc/assess/internal/guard/RuleGuard.class",
                "META-INF/maven/org.drools/drools-drl-parser/pom.properties", SavedRuleBase.SETTINGS)) {
            byte[] record = rewritten(r -> {
                Map<String, String> changed = new TreeMap<>(r.dependencies());
                changed.put(dependency, "0".repeat(64));
                return new GuardVerdict.Record(r.magic(), r.sources(), r.languageLevel(), r.names(),
                        changed, r.texts());
            });

            Outcome outcome = compile(standard(), new Bent(record));

            assertThat(outcome.verdictsTaken()).as(dependency).isZero();
            assertThat(outcome.rules().ruleNames()).as(dependency).hasSize(83);
        }
    }

    @Test
    void recordOfAnotherLanguageLevelOrFormat_isNotTaken() throws Exception {
        for (UnaryOperator<GuardVerdict.Record> change : List.<UnaryOperator<GuardVerdict.Record>>of(
                r -> new GuardVerdict.Record(r.magic(), r.sources(), otherLevel(), r.names(),
                        r.dependencies(), r.texts()),
                r -> new GuardVerdict.Record(r.magic(), "0".repeat(64), r.languageLevel(), r.names(),
                        r.dependencies(), r.texts()),
                r -> new GuardVerdict.Record("chuanmuc guard verdict 1", r.sources(), r.languageLevel(),
                        r.names(), r.dependencies(), r.texts()))) {
            GuardVerdict.Record changed = change.apply(GuardVerdict.parse(shippedRecord()));
            assertThat(compile(standard(), new Bent(rewritten(change))).verdictsTaken())
                    .as("%s %s %s", changed.magic(), changed.languageLevel(), changed.sources()).isZero();
        }
    }

    @Test
    void theSameBytesUnderOtherNames_areTranslatedAndGuardedUnderTheirOwnNames() {
        // the rule set's hash counts a source by its file name: the same files read from a folder have the same hash,
        // but diagnostics and provenance must name the files read
        List<RuleSource> moved = standard().stream()
                .map(s -> new RuleSource("/tmp/chuanmuc-copy/" + s.name().substring(s.name().lastIndexOf('/') + 1),
                        s.kind(), s.content()))
                .toList();
        assertThat(sourcesOf(moved)).isEqualTo(sourcesOf(standard()));

        Outcome outcome = compile(moved, SavedRuleBase.CLASS_PATH);

        assertThat(outcome.verdictsTaken()).isZero();
        assertThat(outcome.rules().drl()).extracting(DrlText::sourceName)
                .allMatch(n -> n.startsWith("/tmp/chuanmuc-copy/"));
    }

    @Test
    void damagedOrTruncatedRecords_areNotTaken_andNeverFailTheBuild() {
        byte[] shipped = shippedRecord();
        List<byte[]> damaged = new ArrayList<>();
        for (int at : new int[] {0, 3, 70, shipped.length / 2, shipped.length - 1}) {
            byte[] copy = shipped.clone();
            copy[at] ^= 0x20;
            damaged.add(copy);
        }
        damaged.add(Arrays.copyOf(shipped, shipped.length / 3));
        damaged.add(Arrays.copyOf(shipped, shipped.length + 5));
        damaged.add(new byte[0]);
        damaged.add("not a record".getBytes(StandardCharsets.UTF_8));

        for (byte[] record : damaged) {
            Outcome outcome = compile(standard(), new Bent(record));
            assertThat(outcome.verdictsTaken()).isZero();
            assertThat(outcome.rules().ruleNames()).hasSize(83);
        }
    }

    /** @return a DRL language level other than the guard's */
    private static String otherLevel() {
        return Arrays.stream(org.kie.internal.builder.conf.LanguageLevelOption.values())
                .filter(l -> l != RuleGuard.LANGUAGE_LEVEL).findFirst().orElseThrow().name();
    }

    private static List<RuleSource> replace(List<RuleSource> sources, String name, UnaryOperator<String> edit) {
        List<RuleSource> result = new ArrayList<>();
        for (RuleSource s : sources) {
            if (s.name().equals(name)) {
                String edited = edit.apply(s.text());
                assertThat(edited).as("the edit applies").isNotEqualTo(s.text());
                result.add(RuleSource.of(s.name(), s.kind(), edited));
            } else {
                result.add(s);
            }
        }
        return result;
    }
}
