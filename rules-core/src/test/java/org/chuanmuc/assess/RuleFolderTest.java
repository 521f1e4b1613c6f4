package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the rule files of a folder are read: links that lead outside it, linked folders, FIFOs and devices are
 * refused with a diagnostic each, never opened, and nothing of them appears in a message; the folder's size is
 * bounded before anything is read.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO that blocked would hang here
class RuleFolderTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";
    private static final String RULE = """
            package diaphuong;
            import org.chuanmuc.model.*;
            rule "DP-01 giới hạn"
            when
                $o: Officer()
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-01", "", "giới hạn địa phương"));
            end
            """;

    @TempDir
    Path dir;
    private Path folder;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        folder = Files.createDirectories(dir.resolve("quy-tac"));
        outside = Files.createDirectories(dir.resolve("ngoai"));
        Files.writeString(outside.resolve("passwd"), SECRET + "\n", StandardCharsets.UTF_8);
    }

    private RuleCompilationException refused() {
        return assertThrows(RuleCompilationException.class,
                () -> CorpusCost.measure("folder", () -> Assessor.builder().rules(folder).build()));
    }

    private static void noSecretIn(RuleCompilationException e) {
        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("root"));
        assertThat(e.getMessage()).doesNotContain("root:x");
    }

    @Test
    void build_linkToAFileOutsideTheFolder_isRefusedUnreadNaming() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("passwd.drl"), outside.resolve("passwd"));

        RuleCompilationException e = refused();

        assertThat(e.diagnostics()).containsExactly(new Diagnostic(link.toString(), 1, 1, GuardMessages.linkOutside()));
        noSecretIn(e);
    }

    @Test
    void build_linkToADevice_isRefusedWithoutReading() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(folder.resolve("zero.drl"), zero);

        assertThat(refused().diagnostics())
                .containsExactly(new Diagnostic(link.toString(), 1, 1, GuardMessages.linkOutside()));
    }

    @Test
    void build_fifoWithARuleFileName_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("treo.drl");
        assumeTrue(mkfifo(fifo));

        assertThat(refused().diagnostics())
                .containsExactly(new Diagnostic(fifo.toString(), 1, 1, GuardMessages.notRegularFile()));
    }

    @Test
    void fromFile_fifo_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("treo.drl");
        assumeTrue(mkfifo(fifo));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSource.fromFile(fifo));

        assertThat(e.getMessage()).contains(GuardMessages.notRegularFile());
    }

    @Test
    void build_linkedFolder_isRefused() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("them"), outside);

        assertThat(refused().diagnostics()).containsExactly(new Diagnostic(link.toString(), 1, 1,
                GuardMessages.linkedFolder()));
    }

    @Test
    void build_linkToARuleFileInsideTheFolder_isRead() throws IOException {
        Path sub = Files.createDirectories(folder.resolve("goc"));
        Files.writeString(sub.resolve("ban-goc.txt"), RULE, StandardCharsets.UTF_8); // not a rule file's name
        Files.createSymbolicLink(folder.resolve("ban-sao.drl"), sub.resolve("ban-goc.txt"));

        Assessor assessor = Assessor.builder().rules(folder).build();

        assertThat(assessor.ruleNames()).containsExactly("DP-01 giới hạn");
        assertThat(assessor.assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @Test
    void build_threeFilesOfNearlyFourMegabytes_isRefusedBeforeReadingThem() throws IOException {
        String trivial = "rule \"r%d\" when then end\n";
        StringBuilder big = new StringBuilder("package lon;\n");
        for (int i = 0; big.length() < 3_900_000; i++) {
            big.append(trivial.formatted(i));
        }
        for (int f = 1; f <= 3; f++) {
            Files.writeString(folder.resolve("lon-" + f + ".drl"), big, StandardCharsets.UTF_8);
        }

        RuleCompilationException e = refused();

        assertThat(e.diagnostics()).containsExactly(new Diagnostic(folder.resolve("lon-1.drl").toString(), 1, 1,
                GuardMessages.folderTooLarge(GuardLimits.MAX_FOLDER_BYTES)));
    }

    @Test
    void build_moreRuleFilesThanAFolderMayHold_isRefused() throws IOException {
        for (int i = 0; i <= GuardLimits.MAX_FOLDER_FILES; i++) {
            Files.writeString(folder.resolve("r%03d.drl".formatted(i)), "package p%d;\n".formatted(i));
        }

        assertThat(refused().diagnostics()).extracting(Diagnostic::message)
                .containsExactly(GuardMessages.folderTooManyFiles(GuardLimits.MAX_FOLDER_FILES));
    }

    @Test
    void repository_watchedFolderWithALinkOutside_isRejectedAndKeepsTheLastGoodRules() throws IOException {
        Files.writeString(folder.resolve("gioi-han.drl"), RULE, StandardCharsets.UTF_8);
        try (RuleRepository repo = RuleRepository.builder(folder).debounce(Duration.ofMillis(10)).build()) {
            Path link = Files.createSymbolicLink(folder.resolve("passwd.drl"), outside.resolve("passwd"));

            ReloadResult result = repo.reload();

            assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
            assertThat(((ReloadResult.Rejected) result).diagnostics())
                    .containsExactly(new Diagnostic(link.toString(), 1, 1, GuardMessages.linkOutside()));
            assertThat(((ReloadResult.Rejected) result).diagnostics().toString()).doesNotContain("root");
            assertThat(repo.current().assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        }
    }

    @AfterAll
    static void printCost() {
        CorpusCost.print("folders");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(path) && !Files.isRegularFile(path);
        } catch (IOException e) {
            return false; // no mkfifo on this system
        }
    }
}
