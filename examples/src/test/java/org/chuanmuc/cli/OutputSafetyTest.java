package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chuanmuc.io.internal.AtomicFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@code assess --output} can fail leaves the earlier file byte for byte and no temporary file; an
 * output that is one of the inputs is refused before anything is written. (Killing the process is in
 * {@link KilledRunTest}.)
 */
class OutputSafetyTest {
    private static final byte[] LAST_WEEK = "{\"kết quả\": \"tuần trước\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path output;
    private Path input;

    @BeforeEach
    void lastWeeksResults() throws IOException {
        output = Files.write(dir.resolve("ket-qua.json"), LAST_WEEK);
        input = Files.copy(Path.of(CliSampleTest.SAMPLE), dir.resolve("ho-so.json"));
    }

    @Test
    void assess_missingInput_exitsTwoAndKeepsTheEarlierFile() throws IOException {
        Cli.Run run = Cli.run("assess", dir.resolve("khong-co.json").toString(), "--output", output.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("khong-co.json");
        assertUntouched();
    }

    @Test
    void assess_inputIsAFolder_exitsTwoAndKeepsTheEarlierFile() throws IOException {
        Cli.Run run = Cli.run("assess", Files.createDirectory(dir.resolve("thu-muc")).toString(),
                "--output", output.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("thu-muc").doesNotContain("\tat ");
        assertUntouched();
    }

    @Test
    void assess_inputBrokenNearItsEnd_exitsTwoAndKeepsTheEarlierFile() throws IOException {
        String sample = Files.readString(input, StandardCharsets.UTF_8);
        Files.writeString(input, sample.substring(0, sample.length() - 40), StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("assess", input.toString(), "--output", output.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("ho-so.json:");
        assertUntouched();
    }

    @Test
    void assess_rulesThatDoNotCompile_exitTwoAndKeepTheEarlierFile() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("quy-tac"));
        Files.writeString(rules.resolve("sai.drl"), "package dp;\nrule \"DP thiếu end\"\nwhen\nthen\n",
                StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("assess", input.toString(), "--rules", rules.toString(), "--output", output.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("sai.drl");
        assertUntouched();
    }

    @Test
    void assess_outputIsTheInput_isRefusedAndTheInputKept() throws IOException {
        byte[] before = Files.readAllBytes(input);

        Cli.Run run = Cli.run("assess", input.toString(), "--output", input.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("chính là tệp đầu vào").doesNotContain("Exception");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertNoTemporary();
    }

    @Test
    void assess_outputIsASymbolicOrHardLinkToTheInput_isRefused() throws IOException {
        byte[] before = Files.readAllBytes(input);
        Path symbolic = Files.createSymbolicLink(dir.resolve("lien-ket.json"), input.getFileName());
        Path hard = Files.createLink(dir.resolve("cung-inode.json"), input);
        Path viaDots = dir.resolve("thu-muc-con").resolve("..").resolve("ho-so.json");
        Files.createDirectory(dir.resolve("thu-muc-con"));

        for (Path alias : List.of(symbolic, hard, viaDots)) {
            Cli.Run run = Cli.run("assess", input.toString(), "--output", alias.toString());
            assertThat(run.code()).as(alias.toString()).isEqualTo(Main.ERROR);
            assertThat(run.stderr()).as(alias.toString()).contains("chính là tệp đầu vào");
        }
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertNoTemporary();
    }

    @Test
    void assess_outputIsARuleFileOfARulesFolder_isRefused() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("quy-tac").resolve("con"));
        Path rule = Files.writeString(rules.resolve("dia-phuong.drl"), "package dp;\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("ra.json"), rule);

        Cli.Run run = Cli.run("assess", input.toString(), "--rules", dir.resolve("quy-tac").toString(),
                "--output", link.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("dia-phuong.drl");
        assertThat(Files.readString(rule)).isEqualTo("package dp;\n");
    }

    @Test
    void assess_outputIsAFolder_isRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ket-qua"));

        Cli.Run run = Cli.run("assess", input.toString(), "--output", folder.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("thư mục");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void assess_outputInAFolderThatDoesNotExist_isRefusedBeforeTheRulesAreCompiled() {
        Cli.Run run = Cli.run("assess", input.toString(), "--output", dir.resolve("khong-co").resolve("x.json").toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("khong-co").contains("does not exist");
    }

    @Test
    void assess_ruleFailsOnOneUnit_replacesTheFileWithCompleteResults() throws IOException {
        Path rules = LoopingRule.folder(dir, "PV01");

        Cli.Run run = Cli.run("assess", input.toString(), "--rules", rules.toString(), "--output", output.toString());

        // a rule failure rejects that unit's officers: the run completes and its file is whole
        assertThat(run.code()).isEqualTo(Main.PARTIAL);
        assertThat(Cli.JSON.readTree(output.toFile()).path("summary").path("rejected").asInt()).isEqualTo(15);
        assertNoTemporary();
    }

    @Test
    void assess_success_replacesTheFileKeepingItsPermissionsAndALinkPointingAtIt() throws IOException {
        Path real = Files.write(dir.resolve("that.json"), LAST_WEEK);
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("moi-nhat.json"), real.getFileName());

        Cli.Run run = Cli.run("assess", input.toString(), "--format", "csv", "--output", link.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("CB-0055");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-r-----");
        assertNoTemporary();
    }

    @Test
    void generate_output_isWrittenWholeAndAStaleTemporaryOfADeadRunIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".ket-qua.json." + gone.pid() + AtomicFile.SUFFIX), "{\"nửa");

        Cli.Run run = Cli.run("generate", "--officers", "20", "--units", "2", "--output", output.toString());

        assertThat(run.code()).isZero();
        assertThat(Cli.JSON.readTree(output.toFile()).path("officers")).hasSize(20);
        assertThat(stale).doesNotExist();
        assertNoTemporary();
    }

    /** A pipe (or /dev/null, which as root a rename would replace for the whole machine) is written, never replaced. */
    @Test
    void assess_outputIsANamedPipe_isWrittenThroughAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("ong-dan");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available here");
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var read = reader.submit(() -> Files.readAllBytes(fifo));

            Cli.Run run = Cli.run("assess", input.toString(), "--output", fifo.toString());

            assertThat(run.code()).as(run.stderr()).isZero();
            assertThat(Cli.JSON.readTree(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).path("summary")
                    .path("assessed").asInt()).isEqualTo(55);
            assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertNoTemporary();
        } finally {
            reader.shutdownNow();
        }
    }

    /** /dev/stdout on a pipe leads to "pipe:[…]", which is no path: it is written to as it is. */
    @Test
    void generate_outputIsDevStdoutOnAPipe_writesThroughThePipe() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "no /dev/stdout here");
        Path err = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", "--officers", "5", "--units", "1", "--output", "/dev/stdout")
                .redirectError(err.toFile()).start(); // stdout: a pipe to this test

        byte[] out = child.getInputStream().readAllBytes();

        assertThat(child.waitFor()).as("stderr: %s", Files.readString(err)).isZero();
        assertThat(Cli.JSON.readTree(out).path("officers")).hasSize(5);
    }

    private void assertUntouched() throws IOException {
        assertThat(Files.readAllBytes(output)).isEqualTo(LAST_WEEK);
        assertNoTemporary();
    }

    private void assertNoTemporary() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(AtomicFile.SUFFIX));
        }
    }
}
