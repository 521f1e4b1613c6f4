package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus: every file under {@code hostile/} tries something a rule file must not do, says what in its
 * first line, and names the diagnostic it must get in its second ({@code // expect: line:column: message}, or
 * {@code // expect: name.dsl:line:column: message} when the problem is in the DSL file next to it). Each is
 * built through the public API and must be rejected with that exact diagnostic; afterwards no payload may have
 * left a trace (they all aim at marker files under {@code target/}).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class HostileRulesTest {
    private static final Path TARGET = Path.of("target");
    /** The expected diagnostic: on the file itself, or on its DSL file when that is named. */
    private static final Pattern EXPECT = Pattern.compile("// expect: (?:([\\w.-]+\\.dsl):)?(\\d+):(\\d+): (.+)");

    static List<Path> hostileFiles() {
        return RuleFiles.list("hostile", ".drl", ".dslr");
    }

    @BeforeAll
    static void removeStaleMarkers() throws IOException {
        for (Path marker : markers()) {
            Files.delete(marker);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void build_hostileFile_isRejectedWithItsExpectedDiagnostic(Path file) {
        String name = file.getFileName().toString();
        List<String> header = RuleFiles.text(file).lines().limit(2).toList();
        assertThat(header.get(0)).as("first line says what the file attempts").startsWith("// Attempt: ");
        Matcher expect = EXPECT.matcher(header.get(1));
        assertThat(expect.matches()).as("second line names the expected diagnostic").isTrue();

        List<RuleSource> sources = RuleFiles.sources(file);
        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> CorpusCost.measure(name, () -> Assessor.builder().rules(sources).build()));

        List<String> names = sources.stream().map(RuleSource::name).toList();
        assertThat(e.diagnostics()).allSatisfy(d -> {
            assertThat(d.source()).isIn(names);
            assertThat(d.line()).isPositive();
            assertThat(d.column()).isPositive();
        });
        String source = expect.group(1) == null ? name : expect.group(1);
        assertThat(e.diagnostics()).contains(new Diagnostic(source, Integer.parseInt(expect.group(2)),
                Integer.parseInt(expect.group(3)), expect.group(4)));
    }

    @Test
    void corpus_hasMoreThanNinetyFilesIncludingDslExpansions() {
        assertThat(hostileFiles()).hasSizeGreaterThanOrEqualTo(90);
        assertThat(hostileFiles()).filteredOn(f -> f.toString().endsWith(".dslr")).hasSizeGreaterThanOrEqualTo(10);
    }

    @AfterAll
    static void nothingHappened() throws IOException {
        CorpusCost.print("hostile");
        assertThat(markers()).as("files a hostile payload would have written").isEmpty();
    }

    private static List<Path> markers() throws IOException {
        if (!Files.isDirectory(TARGET)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hostile-marker-")
                    || f.getFileName().toString().equals("hostile-exec-marker")).toList();
        }
    }
}
