package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes compiled for the standard criteria when they were built: every batch is taken for the unchanged criteria,
 * they are the bytes the compiler gives now, and a batch is compiled again whenever its sources or anything it was
 * compiled against differ, or the recording cannot be read.
 */
class CompiledClassesTest {
    private static final String RATING_RULES = StandardCriteria.FOLDER + "xep-loai.drl";
    static final String NO_TASKS = "Hồ sơ ghi 0 nhiệm vụ được giao trong năm";

    private static RuleInput input(RuleBundle bundle) {
        return new RuleInput(bundle.sources(), List.of(), List.of());
    }

    private static List<CompiledClasses.Batch> recordStandard() {
        RuleBundle standard = StandardCriteria.rules();
        List<CompiledClasses.Batch> batches = new ArrayList<>();
        RuleCompiler.compile(input(standard), standard.name(), standard.version(), ConvertedTables.CLASS_PATH,
                CompiledClasses.NONE, batches::add);
        return batches;
    }

    /** An officer with no task recorded: the rule NV-0 caps them at Hoàn thành with its message. */
    private static Assessment assessNoTasks(Assessor assessor) {
        return assessor.assess(noTasks());
    }

    /** @return an officer of 2026 with no task recorded, whom the rule NV-0 caps with {@link #NO_TASKS} */
    static Dossier noTasks() {
        Officer officer = Officer.builder("CB-01", "PC08", Role.STAFF).name("Nguyễn Văn Ánh").monthsWorked(12)
                .tasks(0, 0, 0, 0).generalScore(28).build();
        return new Dossier(new Period(2026), Unit.of("PC08", "Phòng Cảnh sát giao thông"), officer);
    }

    @Test
    void standardCriteria_compiled_takeEveryBatchRecordedByTheBuild() {
        // compiled, not read back as the saved rule base (SavedRuleBaseTest): as when a local folder is added
        RuleBundle standard = StandardCriteria.rules();
        int taken = CompiledClasses.taken();
        int compiled = CompiledClasses.compiled();

        CompiledRules rules = RuleCompiler.compile(input(standard), standard.name(), standard.version(),
                ConvertedTables.CLASS_PATH, CompiledClasses.CLASS_PATH, null);

        assertThat(CompiledClasses.compiled()).as("nothing compiled for the unchanged criteria")
                .isEqualTo(compiled);
        assertThat(CompiledClasses.taken() - taken).as("one batch per rule file and worksheet").isEqualTo(10);
        Assessment a = new SessionRunner(rules, standard.criteria(), 10_000, java.time.Duration.ofSeconds(60))
                .run(List.of(noTasks())).get(0);
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.reasons()).extracting(Reason::message).anyMatch(m -> m.startsWith(NO_TASKS));
    }

    @Test
    void shippedClasses_areTheBytesTheCompilerGivesNow() {
        List<CompiledClasses.Batch> fresh = recordStandard();

        assertThat(fresh).hasSize(10);
        for (CompiledClasses.Batch batch : fresh) {
            Optional<CompiledClasses.Batch> shipped = CompiledClasses.CLASS_PATH.find(batch.key());
            assertThat(shipped).as("batch %s shipped", batch.key()).isPresent();
            assertThat(shipped.get().dependencies()).isEqualTo(batch.dependencies());
            assertThat(shipped.get().classes().keySet()).isEqualTo(batch.classes().keySet());
            batch.classes().forEach((name, bytes) ->
                    assertThat(shipped.get().classes().get(name)).as(name).isEqualTo(bytes));
        }
    }

    @Test
    void editedRule_isCompiled_andItsEditTakesEffect() {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : standard.sources()) {
            sources.add(s.name().equals(RATING_RULES)
                    ? RuleSource.drl(s.name(), s.text().replace(NO_TASKS, "Hồ sơ không ghi nhiệm vụ nào (đã sửa)"))
                    : s);
        }
        int taken = CompiledClasses.taken();
        int compiled = CompiledClasses.compiled();

        Assessor edited = Assessor.builder()
                .rules(new RuleBundle(standard.name(), standard.version(), sources, standard.criteria())).build();

        assertThat(CompiledClasses.compiled() - compiled).as("the edited file's batch").isEqualTo(1);
        assertThat(CompiledClasses.taken() - taken).as("the other files' batches").isEqualTo(9);
        assertThat(assessNoTasks(edited).reasons()).extracting(Reason::message)
                .anyMatch(m -> m.startsWith("Hồ sơ không ghi nhiệm vụ nào (đã sửa)"))
                .noneMatch(m -> m.startsWith(NO_TASKS));
    }

    @Test
    void batch_whoseDependencyChanged_isCompiled() {
        // as if a class the rules were compiled against (the model, Drools) were another version, or a class had
        // appeared under a name the compiler looked up and did not find
        RuleBundle standard = StandardCriteria.rules();
        for (boolean appeared : new boolean[] {false, true}) {
            CompiledClasses.Lookup altered = key -> CompiledClasses.CLASS_PATH.find(key).map(b -> {
                Map<String, String> dependencies = new LinkedHashMap<>(b.dependencies());
                String victim = dependencies.entrySet().stream()
                        .filter(e -> appeared == e.getValue().equals("-")).map(Map.Entry::getKey).findFirst()
                        .orElseThrow();
                dependencies.put(victim, appeared ? "0".repeat(64) : "-");
                return new CompiledClasses.Batch(b.key(), dependencies, b.classes());
            });
            int taken = CompiledClasses.taken();
            int compiled = CompiledClasses.compiled();

            RuleCompiler.compile(input(standard), standard.name(), standard.version(), ConvertedTables.CLASS_PATH,
                    altered, null);

            assertThat(CompiledClasses.taken()).as("appeared %s", appeared).isEqualTo(taken);
            assertThat(CompiledClasses.compiled() - compiled).isEqualTo(10);
        }
    }

    @Test
    void recordedDependencies_nameTheModelAndNeverThePlatform() {
        List<CompiledClasses.Batch> fresh = recordStandard();

        assertThat(fresh).flatExtracting(b -> List.copyOf(b.dependencies().keySet()))
                .contains("org/chuanmuc/model/Officer.class", "org/chuanmuc/model/RatingCap.class")
                .doesNotContain("java/lang/String.class", "java/lang/Object.class");
    }

    @Test
    void damagedRecording_isIgnored(@TempDir Path dir) throws IOException {
        CompiledClasses.Batch batch = recordStandard().get(0);
        byte[] good = CompiledClasses.encode(batch);
        Path folder = Files.createDirectories(dir.resolve(CompiledClasses.FOLDER));
        Map<String, byte[]> files = new HashMap<>();
        files.put("truncated", Arrays.copyOf(good, good.length - 7));
        files.put("trailing bytes", Arrays.copyOf(good, good.length + 1));
        files.put("not a recording", "PK\u0003\u0004 một tệp khác".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(folder.resolve(batch.key() + ".bin"), f.getValue());
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
                assertThat(CompiledClasses.read(loader, batch.key())).as(f.getKey()).isEmpty();
            }
        }
        Files.write(folder.resolve(batch.key() + ".bin"), good);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(CompiledClasses.read(loader, batch.key())).as("intact").isPresent();
            assertThat(CompiledClasses.read(loader, "0".repeat(64))).as("another key").isEmpty();
        }
        // a recording filed under another batch's key is not that batch
        Files.write(folder.resolve("0".repeat(64) + ".bin"), good);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(CompiledClasses.read(loader, "0".repeat(64))).isEmpty();
        }
        assertThatThrownBy(() -> CompiledClasses.decode(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IOException.class);
    }
}
