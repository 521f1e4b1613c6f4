package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.chuanmuc.bench.ShuffleOfficers;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.io.internal.AtomicFile;
import org.chuanmuc.cli.spill.SpillFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line, in a child JVM, stopped halfway: by SIGTERM (as Ctrl-C or a service manager would),
 * by SIGKILL ({@code kill -9}), or by running out of memory. Whatever stops it, last week's results stay byte
 * for byte, and no partial file appears under the final name. ({@link InternalFailureTest} covers the message
 * and {@code --debug} of internal failures in process.)
 */
@Timeout(600)
class KilledRunTest {
    private static final byte[] LAST_WEEK = "{\"kết quả\": \"tuần trước\"}\n".getBytes(StandardCharsets.UTF_8);
    private static final int SIGTERM_EXIT = 128 + 15;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    static Path data;
    private static Path grouped;
    private static Path shuffled;
    private static Path oneBigUnit;
    private static Path oneBigUnitSeed1;

    /** Holds only the output, so that any other file in it is a leftover. */
    @TempDir
    Path dir;
    /** The child's logs and its temporary folder ({@code java.io.tmpdir}, where spill folders go). */
    @TempDir
    Path work;
    private Path output;
    private Path tmp;

    @BeforeAll
    static void inputs() throws IOException {
        grouped = generate("ho-so.json", 20_000, 20);
        shuffled = data.resolve("xao-tron.json");
        ShuffleOfficers.shuffle(grouped, shuffled, 11);
        oneBigUnit = generate("mot-don-vi.json", 20_000, 1);
        oneBigUnitSeed1 = generate("mot-don-vi-1.json", 20_000, 1, 1);
    }

    private static Path generate(String name, int officers, int units) throws IOException {
        return generate(name, officers, units, 3);
    }

    private static Path generate(String name, int officers, int units, long seed) throws IOException {
        Path file = data.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            DossierGenerator.generate(officers, units, seed, 2025, out);
        }
        return file;
    }

    @BeforeEach
    void lastWeeksResults() throws IOException {
        output = Files.write(dir.resolve("ket-qua.json"), LAST_WEEK);
        tmp = Files.createDirectory(work.resolve("tmp"));
    }

    private ChildCli assess(Path input, String... jvmOptions) throws IOException {
        List<String> options = new java.util.ArrayList<>(List.of(jvmOptions));
        options.add("-Djava.io.tmpdir=" + tmp);
        return ChildCli.start(work.resolve("logs"), options, "assess", input.toString(), "--output", output.toString(),
                "--threads", "1");
    }

    private Path awaitOutputTemporary(ChildCli cli) throws InterruptedException {
        String prefix = "." + output.getFileName() + "." + cli.process().pid();
        return cli.awaitEntry(dir, p -> p.getFileName().toString().startsWith(prefix)
                && p.getFileName().toString().endsWith(AtomicFile.SUFFIX) && ChildCli.size(p) > 0);
    }

    private Path awaitSpill(ChildCli cli) throws InterruptedException {
        String prefix = "chuanmuc-spill-" + cli.process().pid() + "-";
        return cli.awaitEntry(tmp, p -> p.getFileName().toString().startsWith(prefix) && ChildCli.size(p) > 0);
    }

    @Test
    void sigterm_whileTheOutputIsWritten_keepsTheEarlierFileAndRemovesTheTemporary() throws Exception {
        ChildCli cli = assess(grouped);
        awaitOutputTemporary(cli);

        cli.process().destroy();

        assertThat(cli.waitFor()).as(cli.stderr()).isEqualTo(SIGTERM_EXIT);
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        assertThat(ChildCli.list(dir)).containsExactly(output);
    }

    @Test
    void sigkill_whileTheOutputIsWritten_keepsTheEarlierFileAndTheNextRunRemovesTheTemporary() throws Exception {
        ChildCli cli = assess(grouped);
        Path temporary = awaitOutputTemporary(cli);

        cli.process().destroyForcibly();

        assertThat(cli.waitFor()).isEqualTo(SIGKILL_EXIT);
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        // a killed process cannot clean up: what it leaves says what it is and whose it was
        assertThat(ChildCli.list(dir)).containsExactlyInAnyOrder(output, temporary);
        Matcher name = AtomicFile.staleTemporaries("ket-qua.json").matcher(temporary.getFileName().toString());
        assertThat(name.matches()).isTrue();
        assertThat(Long.parseLong(name.group(1))).isEqualTo(cli.process().pid());

        Cli.Run next = Cli.run("generate", "--officers", "10", "--units", "1", "--output", output.toString());

        assertThat(next.code()).isZero();
        assertThat(ChildCli.list(dir)).containsExactly(output);
        assertThat(Cli.JSON.readTree(output.toFile()).path("officers")).hasSize(10);
    }

    @Test
    void sigterm_whileAnUngroupedInputIsSpilled_removesTheSpillFolderAndKeepsTheEarlierFile() throws Exception {
        ChildCli cli = assess(shuffled);
        awaitSpill(cli);

        cli.process().destroy();

        assertThat(cli.waitFor()).as(cli.stderr()).isEqualTo(SIGTERM_EXIT);
        assertThat(ChildCli.list(tmp)).isEmpty();
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        assertThat(ChildCli.list(dir)).containsExactly(output);
    }

    @Test
    void sigkill_whileAnUngroupedInputIsSpilled_leavesAFolderTheNextRunRemoves() throws Exception {
        ChildCli cli = assess(shuffled);
        Path spill = awaitSpill(cli);

        cli.process().destroyForcibly();

        assertThat(cli.waitFor()).isEqualTo(SIGKILL_EXIT);
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        assertThat(ChildCli.list(tmp)).containsExactly(spill);

        try (SpillFolder next = SpillFolder.create(tmp)) {
            assertThat(ChildCli.list(tmp)).containsExactly(next.path());
        }
        assertThat(ChildCli.list(tmp)).isEmpty();
    }

    @Test
    void outOfMemory_exitsThreeWithOneLineAndKeepsTheEarlierFile() throws Exception {
        outOfMemory(oneBigUnit);
    }

    @Test
    void outOfMemory_whileTheRulesRun_isNotARejection() throws Exception {
        // with this seed the heap runs out inside the rule session, which used to reject the unit's 20,000
        // officers (exit 1) and replace the earlier file with a result of none assessed
        outOfMemory(oneBigUnitSeed1);
    }

    private void outOfMemory(Path input) throws Exception {
        ChildCli cli = assess(input, "-Xmx48m");

        int code = cli.waitFor(); // returns at all: the JVM does not hang after running out of memory

        assertThat(code).as(cli.stderr()).isEqualTo(Main.INTERNAL);
        List<String> lines = cli.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("lỗi nội bộ (internal failure): hết bộ nhớ (out of memory")
                .contains("-Xmx").contains("--debug"));
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        assertThat(ChildCli.list(dir)).containsExactly(output);
        assertThat(ChildCli.list(tmp)).isEmpty();
    }
}
