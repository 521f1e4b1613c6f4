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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus: every file under {@code hostile/} tries something a rule file must not do, says what in its
 * first line, and names the diagnostic it must get in its second ({@code // expect: line:column: message}). Each is
 * built through the public API and must be rejected with that exact diagnostic; afterwards no payload may have
 * left a trace (they all aim at marker files under {@code target/}).
 */
class HostileRulesTest {
    private static final Path TARGET = Path.of("target");
    private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+):(\\d+): (.+)");

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

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> Assessor.builder().rules(RuleFiles.sources(file)).build());

        assertThat(e.diagnostics()).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(name);
            assertThat(d.line()).isPositive();
            assertThat(d.column()).isPositive();
        });
        assertThat(e.diagnostics()).contains(new Diagnostic(name, Integer.parseInt(expect.group(1)),
                Integer.parseInt(expect.group(2)), expect.group(3)));
    }

    @Test
    void corpus_hasMoreThanThirtyFilesIncludingDslExpansions() {
        assertThat(hostileFiles()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(hostileFiles()).filteredOn(f -> f.toString().endsWith(".dslr")).hasSizeGreaterThanOrEqualTo(3);
    }

    @AfterAll
    static void nothingHappened() throws IOException {
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
