package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chuanmuc.io.internal.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile tests of today's {@code --output} changes: links followed to the end, long output names. */
class OutputLinkAttackTest {
    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("ho-so.json"), "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],"
                + "\"officers\":[{\"id\":\"A1\",\"unitId\":\"U1\",\"role\":\"STAFF\",\"monthsWorked\":12,\"tasks\":"
                + "{\"assigned\":10,\"completed\":10,\"onTime\":10,\"highQuality\":10}}]}", StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Guard (passes today): a loop of links at {@code --output} ends the run with exit 2 naming the output, and
     * nothing is written; AtomicFile.resolveLink follows links itself, so without its 40-hop bound this would hang.
     */
    @Test
    void assess_outputIsALoopOfLinks_messageNamesTheOutputNotTheRuleFolder() throws IOException {
        Path in = input();
        Path rules = Files.createDirectory(dir.resolve("quy-tac"));
        Path a = dir.resolve("ket-qua.json");
        Files.createSymbolicLink(a, Path.of("vong.json"));
        Files.createSymbolicLink(dir.resolve("vong.json"), Path.of("ket-qua.json"));

        Cli.Run run = Cli.run("assess", in.toString(), "--rules", rules.toString(), "--output", a.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(names(rules)).isEmpty();
        assertThat(run.stderr()).as("stderr").contains("ket-qua.json");
    }

    /**
     * OutputTarget.refuseInputs: "Refuses an output path that … lies in a folder that does not exist". A dangling
     * link whose target's folder does not exist passes the check (the link's own folder exists) and the run ends
     * after the rules are compiled, in "lỗi (error): không tìm thấy tệp (file not found): …/khong-co/.ket-qua.json.
     * PID.chuanmuc-tmp", a file the user never named, instead of the refusal (same exit code: a wording issue).
     */
    @Test
    void assess_outputIsADanglingLinkIntoAMissingFolder_isRefusedAsAMissingFolder() throws IOException {
        Path in = input();
        Path out = Files.createSymbolicLink(dir.resolve("ket-qua.json"), Path.of("khong-co/ket-qua.json"));

        Cli.Run run = Cli.run("assess", in.toString(), "--output", out.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).as("stderr").contains("the output's folder does not exist");
    }

    /**
     * Guard (passes today): the promise "must never write into a --rules/--criteria folder" through relative
     * chains, a link in a parent folder, and a relative link inside a linked folder (whose ".." the kernel takes
     * from the link's target, not lexically).
     */
    @Test
    void assess_outputThroughLinkChains_neverWritesIntoTheRuleFolder() throws IOException {
        Path in = input();
        Path rules = Files.createDirectories(dir.resolve("x/quy-tac"));
        Path real = Files.createDirectories(dir.resolve("x/quy-tac/../that"));
        Files.createSymbolicLink(dir.resolve("L-parent"), rules);
        Files.createSymbolicLink(dir.resolve("L-that"), Path.of("x/that"));
        Files.createSymbolicLink(real.resolve("up"), Path.of("../quy-tac/moi.drl"));
        Files.createSymbolicLink(dir.resolve("hop2"), Path.of("x/./quy-tac/../quy-tac/sau.drl"));
        Files.createSymbolicLink(dir.resolve("hop1"), Path.of("hop2"));
        for (Path out : List.of(dir.resolve("L-parent/moi.drl"), dir.resolve("L-that/up"), dir.resolve("hop1"),
                dir.resolve("L-that/../quy-tac/ba.drl"))) {
            Cli.Run run = Cli.run("assess", in.toString(), "--rules", rules.toString(), "--output", out.toString());
            assertThat(run.code()).as("%s: %s", out, run.stderr()).isEqualTo(Main.ERROR);
            assertThat(names(rules)).as("the rule folder after --output %s", out).isEmpty();
        }
    }

    /**
     * data-safety.md: a temporary left by a killed run "removed by the next run writing" the same target; today's
     * change renames the temporaries of long names (a prefix, "~" and a hash). A stale one of a dead process for a
     * 255-byte Vietnamese name must be cleaned up, and the output written. Guard (passes today).
     */
    @Test
    void assess_longVietnameseOutputName_writtenAndItsStaleTemporaryRemoved() throws IOException {
        Path in = input();
        StringBuilder b = new StringBuilder();
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < 250) {
            b.append("Đánh giá xếp loại Công an phường ");
        }
        String name = b.toString();
        while (name.getBytes(StandardCharsets.UTF_8).length > 250) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip() + ".json";
        while (name.getBytes(StandardCharsets.UTF_8).length < 255) {
            name = "x" + name;
        }
        Path out = dir.resolve(name);
        String stale;
        try (AtomicFile probe = AtomicFile.create(out)) {
            stale = probe.temporary().getFileName().toString().replace("." + ProcessHandle.current().pid() + ".",
                    ".2147483646.");
        }
        Files.writeString(dir.resolve(stale), "của một lần chạy bị kill");

        Cli.Run run = Cli.run("assess", in.toString(), "--output", out.toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.OK);
        assertThat(out).exists();
        assertThat(names(dir)).doesNotContain(stale);
    }
}
