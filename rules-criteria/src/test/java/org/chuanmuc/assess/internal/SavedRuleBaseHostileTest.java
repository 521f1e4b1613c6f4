package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The saved rule base of the standard criteria, attacked: a class path on which compiling gives other rules, and
 * damaged entries. Whenever compiling now could give something else, or the entry is not the bytes the build wrote,
 * the rules must be compiled.
 */
class SavedRuleBaseHostileTest {
    private static final String LEADER_BELOW_HALF = "LD-C";

    /** A head whose unit completed 50 of 120 tasks in 2025: LD-C says "dưới 50%" ({@code Tasks.percent} in its then). */
    private static List<Dossier> unitBelowHalf() {
        Unit unit = Unit.of("PC08", "Phòng Cảnh sát giao thông");
        Officer head = Officer.builder("LD-1", "PC08", Role.HEAD).name("Trần Thị Ánh").monthsWorked(12)
                .tasks(40, 40, 40, 40).generalScore(28).build();
        Officer staff = Officer.builder("CB-1", "PC08", Role.STAFF).name("Nguyễn Văn Bình").monthsWorked(12)
                .tasks(80, 10, 10, 10).generalScore(28).build();
        return List.of(new Dossier(new Period(2025), unit, head), new Dossier(new Period(2025), unit, staff));
    }

    /** @return LD-C's message for the head of a unit that completed under half its tasks ({@code Tasks.percent} in its then) */
    static String leaderBelowHalfMessage(CompiledRules rules) {
        List<Assessment> result = SavedRuleBaseTest.runner(rules).run(unitBelowHalf());
        return result.get(0).reasons().stream().filter(r -> r.criterion().equals(LEADER_BELOW_HALF))
                .map(Reason::message).findFirst().orElseThrow();
    }

    /**
     * Compiles into {@code dir} a class {@code org.chuanmuc.criteria.xeploai.Tasks} whose {@code percent} gives
     * "-7%": the saved entry records that name as looked up and not found (a class of the rules' own package comes
     * before the model's, imported on demand), so a loader that has it changes what xep-loai.drl's
     * {@code Tasks.percent} means when compiled.
     *
     * @return {@code dir}
     */
    static Path shadowTasks(Path dir) throws Exception {
        Path source = dir.resolve("org/chuanmuc/criteria/xeploai/Tasks.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.chuanmuc.criteria.xeploai;
                public final class Tasks {
                    public static String percent(double share) {
                        return "-7%";
                    }
                }
                """);
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17",
                "-d", dir.toString(), source.toString())).isZero();
        return dir;
    }

    @Test
    void classTheCompilerWouldNowFind_throughTheContextLoader_compilesTheRules() throws Exception {
        // Drools compiles the rules' Java classes against its builder's class loader, whose parent is the thread's
        // context class loader. The saved entry records "org/chuanmuc/criteria/xeploai/Tasks.class" as looked up and
        // not found; a context loader that has it makes `Tasks.percent` in xep-loai.drl mean that class when compiled.
        Path dir = Files.createTempDirectory("chuanmuc-shadow");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            shadowTasks(dir);
            try (URLClassLoader context = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    SavedRuleBase.class.getClassLoader())) {
                Thread.currentThread().setContextClassLoader(context);
                int taken = SavedRuleBase.taken();

                CompiledRules rules = SavedRuleBaseTest.compile(StandardCriteria.rules().sources(),
                        SavedRuleBase.CLASS_PATH);

                assertThat(SavedRuleBase.taken()).as("the saved rule base is not what compiling gives now")
                        .isEqualTo(taken);
                assertThat(leaderBelowHalfMessage(rules)).as("as the rules compile with this class loader")
                        .contains("dưới -7%");
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            ConvertedTables.deleteTree(dir);
        }
    }

    @Test
    void damagedHeader_isNeverTaken() throws Exception {
        List<RuleSource> sources = StandardCriteria.rules().sources();
        String key = SavedRuleBase.key(SavedRuleBaseTest.compile(sources, SavedRuleBase.NONE).drl());
        byte[] entry = SavedRuleBase.CLASS_PATH.find(key).orElseThrow();
        int headerEnd = SavedEntry.of(entry).headerEnd();
        ClassLoader loader = SavedRuleBase.class.getClassLoader();
        assertThat(SavedRuleBase.decode(entry, key, loader)).as("the shipped entry").isPresent();

        // one letter changed in the name of a class recorded as not found: the entry is damaged, whatever it names
        String absent = "org/chuanmuc/criteria/xeploai/Tasks.class";
        int at = indexOf(entry, absent.getBytes(StandardCharsets.UTF_8)) + "org/chuanmuc/criteria/xeploai/T".length();
        assertThat(at).isLessThan(headerEnd);
        byte[] renamed = entry.clone();
        renamed[at] = 'P';
        assertThat(taken(renamed, key, loader)).as("%s recorded with one letter changed", absent).isFalse();

        // and any byte before the packages, changed at random
        Random random = new Random(20261202L);
        for (int i = 0; i < 60; i++) {
            byte[] damaged = entry.clone();
            int where = random.nextInt(headerEnd);
            damaged[where] ^= (byte) (1 + random.nextInt(255));
            assertThat(taken(damaged, key, loader)).as("byte %d changed", where).isFalse();
        }
    }

    private static boolean taken(byte[] entry, String key, ClassLoader loader) {
        try {
            return SavedRuleBase.decode(entry, key, loader).isPresent();
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return false; // load() compiles
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
