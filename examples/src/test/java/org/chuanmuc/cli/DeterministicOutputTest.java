package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.chuanmuc.bench.ShuffleOfficers;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output of {@code assess} depends on the input only: not on the number of threads, not on the path the
 * command takes (streamed into {@code --output} in one pass, or read first and written to stdout), not on the
 * rule base (each run builds its own, in one JVM), and, per officer, not on the order of the input. This is
 * what lets a performance change be checked byte for byte on a seeded file.
 */
@Timeout(600)
class DeterministicOutputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void assess_sameSeededFile_sameBytesWhateverTheThreadsPathAndOrder(int year) throws Exception {
        Path grouped = dir.resolve("ho-so-" + year + ".json");
        try (OutputStream out = Files.newOutputStream(grouped)) {
            DossierGenerator.generate(2_000, 20, 11, year, out);
        }
        Path shuffled = dir.resolve("xao-tron-" + year + ".json");
        ShuffleOfficers.shuffle(grouped, shuffled, 5);
        Path oneThread = dir.resolve("mot-luong.json");
        Path shuffledOut = dir.resolve("xao-tron-ket-qua.json");

        Cli.Run first = Cli.run("assess", grouped.toString(), "--threads", "1", "--output", oneThread.toString());
        Cli.Run second = Cli.run("assess", grouped.toString(), "--threads", "3");
        Cli.Run third = Cli.run("assess", shuffled.toString(), "--threads", "2", "--output", shuffledOut.toString());

        assertThat(first.code()).as(first.stderr()).isZero();
        assertThat(second.code()).as(second.stderr()).isZero();
        assertThat(third.code()).as(third.stderr()).isZero();
        byte[] bytes = Files.readAllBytes(oneThread);
        assertThat(bytes).hasSizeGreaterThan(100_000).isEqualTo(second.stdout());
        Map<String, String> expected = ShuffledInputProcessTest.results(bytes);
        Map<String, String> fromShuffled = ShuffledInputProcessTest.results(Files.readAllBytes(shuffledOut));
        assertThat(expected).hasSize(2_000);
        assertThat(fromShuffled).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(new ArrayList<>(fromShuffled.keySet())).isEqualTo(ShuffledInputProcessTest.officerIds(shuffled));
        assertThat(Cli.JSON.readTree(shuffledOut.toFile()).path("summary"))
                .isEqualTo(Cli.JSON.readTree(bytes).path("summary"));
    }
}
