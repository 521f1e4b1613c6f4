package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.junit.jupiter.api.Test;

/**
 * The saved rule base read early, on a thread of its own, attacked: a context class loader that changes while the
 * sources are translated, a look-up whose hint lies or fails, the reader failing, an interrupted caller.
 */
class SavedRuleBaseEarlyHostileTest {
    private static final String READER = "chuanmuc-rule-base-reader";

    private static List<RuleSource> sources() {
        return StandardCriteria.rules().sources();
    }

    private static CompiledRules compile(SavedRuleBase.Lookup saved, ConvertedTables.Lookup tables) {
        return RuleCompiler.compile(new RuleInput(sources(), List.of(), List.of()), "thử", "1", tables,
                CompiledClasses.CLASS_PATH, saved, null);
    }

    private static String standardKey() {
        return SavedRuleBase.key(SavedRuleBaseTest.compile(sources(), SavedRuleBase.NONE).drl());
    }

    /** The shipped entries, without any hint: read on the calling thread, after the guard. */
    private static final SavedRuleBase.Lookup LATE = key -> SavedRuleBase.CLASS_PATH.find(key);

    @Test
    void contextLoaderSetWhileTheSourcesAreTranslated_isTheOneTheDependenciesAreCheckedWith() throws Exception {
        // The context class loader the rules would be compiled with is the one of the calling thread when they are
        // compiled. Here it changes after compile() started (while the workbook is translated) to a loader with a
        // class org.chuanmuc.criteria.xeploai.Tasks, which the saved entry records as not found: compiling now makes
        // `Tasks.percent` in xep-loai.drl mean that class. The entry must then not be taken.
        Path dir = Files.createTempDirectory("chuanmuc-shadow");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader shadow = new URLClassLoader(new URL[] {SavedRuleBaseHostileTest.shadowTasks(dir).toUri().toURL()},
                SavedRuleBase.class.getClassLoader())) {
            ConvertedTables.Lookup switching = sha256 -> {
                Thread.currentThread().setContextClassLoader(shadow);
                return ConvertedTables.CLASS_PATH.find(sha256);
            };
            int taken = SavedRuleBase.taken();
            CompiledRules late = compile(LATE, switching);
            assertThat(SavedRuleBase.taken()).as("read after the guard: not taken").isEqualTo(taken);
            assertThat(SavedRuleBaseHostileTest.leaderBelowHalfMessage(late)).contains("dưới -7%");

            Thread.currentThread().setContextClassLoader(previous);
            // without the guard's verdict recorded by the build, which would skip translating (GuardVerdictTest
            // changes the loader in that path)
            CompiledRules early = compile(hinting(SavedRuleBase.CLASS_PATH::keyOfSources), switching);

            assertThat(SavedRuleBaseHostileTest.leaderBelowHalfMessage(early)).as("as the rules compile with the loader of the compile")
                    .contains("dưới -7%");
            assertThat(SavedRuleBase.taken()).as("read early: the dependencies were checked with another loader")
                    .isEqualTo(taken);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            ConvertedTables.deleteTree(dir);
        }
    }

    @Test
    void hintThatFails_isNoHint_andTheSavedRuleBaseIsStillTaken() {
        // keyOfSources is "only a hint to read the entry early": a look-up that cannot give it (a remote store that
        // is down, a broken implementation) must not fail a compile that find() alone would serve
        for (RuntimeException failure : List.of(new UncheckedIOException(new java.io.IOException("mạng lỗi")),
                new IllegalStateException("hỏng"))) {
            SavedRuleBase.Lookup failing = hinting(sources -> {
                throw failure;
            });
            int taken = SavedRuleBase.taken();

            CompiledRules rules = compile(failing, ConvertedTables.CLASS_PATH);

            assertThat(rules.ruleNames()).as(failure.toString()).hasSize(83);
            assertThat(SavedRuleBase.taken()).as(failure.toString()).isEqualTo(taken + 1);
        }
    }

    @Test
    void hintOfAnotherFormat_isNeverTaken_andTheEntryOfTheGuardedTextsIsLookedUp() {
        String key = standardKey();
        for (String hint : List.of(key.toUpperCase(java.util.Locale.ROOT), key + "\n", " " + key, "",
                "../../" + key, key.substring(0, 63))) {
            List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            SavedRuleBase.Lookup lying = new SavedRuleBase.Lookup() {
                @Override
                public Optional<byte[]> find(String k) {
                    asked.add(k);
                    // whatever it is asked for, the right entry: only the key check keeps a wrong hint out
                    return SavedRuleBase.CLASS_PATH.find(key);
                }

                @Override
                public Optional<String> keyOfSources(String sources) {
                    return Optional.of(hint);
                }
            };
            int taken = SavedRuleBase.taken();

            compile(lying, ConvertedTables.CLASS_PATH);

            assertThat(asked).as("hint %s", hint).contains(key);
            assertThat(SavedRuleBase.taken()).as("hint %s", hint).isEqualTo(taken + 1);
        }
    }

    @Test
    void readerThatFails_isReportedLikeAFailureOnTheCallingThread() {
        String key = standardKey();
        // a stack overflow on the reader: a problem of the compile, as if it had been read on this thread
        SavedRuleBase.Lookup overflowing = readerOnly(key, () -> {
            throw new StackOverflowError();
        });
        assertThatThrownBy(() -> compile(overflowing, ConvertedTables.CLASS_PATH))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("quá phức tạp để biên dịch (StackOverflowError)");

        // any other failure of the reader: not used, compiled, never counted as taken
        int taken = SavedRuleBase.taken();
        int compiled = CompiledClasses.taken() + CompiledClasses.compiled();
        SavedRuleBase.Lookup throwing = readerOnly(key, () -> {
            throw new IllegalStateException("hỏng");
        });
        CompiledRules rules = compile(throwing, ConvertedTables.CLASS_PATH);
        assertThat(rules.ruleNames()).hasSize(83);
        assertThat(SavedRuleBase.taken()).isEqualTo(taken);
        assertThat(CompiledClasses.taken() + CompiledClasses.compiled() - compiled).isEqualTo(10);
    }

    @Test
    void interruptedCaller_stillGetsTheSavedRuleBase_andStaysInterrupted() {
        int taken = SavedRuleBase.taken();
        Thread.currentThread().interrupt();
        CompiledRules rules;
        try {
            rules = compile(SavedRuleBase.CLASS_PATH, ConvertedTables.CLASS_PATH);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is not swallowed").isTrue();
        }
        assertThat(SavedRuleBase.taken()).isEqualTo(taken + 1);
        assertThat(rules.ruleNames()).hasSize(83);
    }

    @Test
    void compileRefusedForItsInput_neverStartsAReader() {
        // problems already in the input: nothing is read early, the look-up is never asked
        AtomicInteger hinted = new AtomicInteger();
        SavedRuleBase.Lookup counting = hinting(sources -> {
            hinted.incrementAndGet();
            return SavedRuleBase.CLASS_PATH.keyOfSources(sources);
        });
        RuleInput broken = new RuleInput(sources(), List.of(),
                List.of(new org.chuanmuc.assess.Diagnostic("mat.drl", 0, 0, "không đọc được")));
        assertThatThrownBy(() -> RuleCompiler.compile(broken, "thử", "1", ConvertedTables.CLASS_PATH,
                CompiledClasses.CLASS_PATH, counting, null)).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("mat.drl");
        assertThat(hinted).hasValue(0);
    }

    /** The shipped entries, with the key of sources given by {@code hint}. */
    private static SavedRuleBase.Lookup hinting(java.util.function.Function<String, Optional<String>> hint) {
        return new SavedRuleBase.Lookup() {
            @Override
            public Optional<byte[]> find(String key) {
                return SavedRuleBase.CLASS_PATH.find(key);
            }

            @Override
            public Optional<String> keyOfSources(String sources) {
                return hint.apply(sources);
            }
        };
    }

    /** The shipped entry under a hint of its key; {@code find} on the reader thread runs {@code failure}. */
    private static SavedRuleBase.Lookup readerOnly(String key, Runnable failure) {
        return new SavedRuleBase.Lookup() {
            @Override
            public Optional<byte[]> find(String k) {
                if (Thread.currentThread().getName().equals(READER)) {
                    failure.run();
                }
                return SavedRuleBase.CLASS_PATH.find(k);
            }

            @Override
            public Optional<String> keyOfSources(String sources) {
                return Optional.of(key);
            }
        };
    }
}
