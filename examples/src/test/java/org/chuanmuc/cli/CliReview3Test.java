package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile review of 3b67772 (criteria folder names) and ed06201 (compare's exit code). */
class CliReview3Test {
    @TempDir
    static Path dir;
    /** One relative segment, with diacritics and spaces, in the working directory (examples/). */
    private static final Path LOCAL = Path.of("r3 tiêu chí ổ");
    private static Path clean;
    private static Path withSub;
    private static Path link;

    @BeforeAll
    static void folders() throws IOException {
        clean = dir.resolve("nguyên bản có dấu");
        assertThat(Cli.run("export-criteria", clean.toString()).code()).isZero();
        withSub = dir.resolve("có thư mục con");
        assertThat(Cli.run("export-criteria", withSub.toString()).code()).isZero();
        Files.createDirectories(withSub.resolve("con"));
        Files.writeString(withSub.resolve("con/them.drl"), "package t;\n");
        link = dir.resolve("liên kết");
        Files.createSymbolicLink(link, withSub);
        assertThat(Cli.run("export-criteria", LOCAL.toString()).code()).isZero();
        Files.createDirectories(LOCAL.resolve("con"));
        Files.writeString(LOCAL.resolve("con/them.drl"), "package t;\n");
    }

    @AfterAll
    static void removeLocal() throws IOException {
        try (Stream<Path> all = Files.walk(LOCAL)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // --- 3b67772: rule files in subfolders -----------------------------------------------------------------

    @Test
    void validate_cleanFolderWithDiacriticsAndSpaces_isClean() {
        Cli.Run run = Cli.run("validate", "--criteria", clean.toString());
        assertThat(run.code()).as(run.stderr()).isZero();
    }

    @Test
    void validate_ruleFileInSubfolder_isReported() {
        Cli.Run run = Cli.run("validate", "--criteria", withSub.toString());
        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("them.drl").contains("subfolder");
    }

    @Test
    void validate_symlinkedCriteriaFolderWithRuleFileInSubfolder_isReportedAsTheRealFolderIs() {
        // the folder given is a link to withSub: the criteria are loaded through it, its subfolder's rule file is
        // just as unloaded, and validate should say so (Files.walk does not follow a link given as its start)
        Cli.Run run = Cli.run("validate", "--criteria", link.toString());
        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("them.drl").contains("subfolder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"r3 tiêu chí ổ", "r3 tiêu chí ổ/", "./r3 tiêu chí ổ", "../examples/r3 tiêu chí ổ"})
    void relativeFolderNames_ruleFileInSubfolder_reportedByValidateAssessAndCompare(String name) {
        Cli.Run v = Cli.run("validate", "--criteria", name);
        assertThat(v.code()).as(v.stderr()).isEqualTo(Main.ERROR);
        assertThat(v.out() + v.stderr()).contains("them.drl");
        Cli.Run a = Cli.run("assess", CliSampleTest.SAMPLE, "--criteria", name);
        assertThat(a.code()).as(a.stderr()).isEqualTo(Main.ERROR);
        Cli.Run c = Cli.run("compare", CliSampleTest.SAMPLE, "--criteria", name);
        assertThat(c.code()).as(c.stderr()).isEqualTo(Main.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void dotFolderNames_areRefusedAsUsageErrorsNotInternalFailures(String name) {
        Cli.Run v = Cli.run("validate", "--criteria", name);
        assertThat(v.code()).as(v.stderr()).isEqualTo(Main.ERROR);
    }

    // --- ed06201: compare's exit code ------------------------------------------------------------------------

    private static final String GOOD = """
              {"id": "CB-1", "name": "Nguyễn Văn Tốt", "unitId": "PC08", "group": "Tuần tra, kiểm soát",
               "role": "STAFF", "monthsWorked": 12,
               "tasks": {"assigned": 10, "completed": 10, "onTime": 10, "highQuality": 10}}""";
    private static final String BAD = """
              {"id": "CB-2", "name": "Trần Thị Sai", "unitId": "PC08", "role": "STAFF", "monthsWorked": 12,
               "tasks": {"assigned": 10, "completed": 11, "onTime": 10, "highQuality": 10}}""";

    private static Path input(String name, String officers) throws IOException {
        return Files.writeString(dir.resolve(name), """
                {"period": {"year": 2025},
                 "units": [{"id": "PC08", "name": "Phòng Cảnh sát giao thông"}],
                 "officers": [%s]}
                """.formatted(officers));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "csv", "html"})
    void compare_aBadRecordOnBothSides_exits1InEveryFormatAndWithOutput(String format) throws IOException {
        Path in = input("mot-hong-" + format + ".json", GOOD + ",\n" + BAD);
        Cli.Run run = Cli.run("compare", in.toString(), "--criteria", clean.toString(), "--format", format);
        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).contains("records could not be compared").doesNotContain("no officer's outcome changes");
        Path out = dir.resolve("ra-" + format);
        Cli.Run toFile = Cli.run("compare", in.toString(), "--criteria", clean.toString(), "--format", format,
                "--output", out.toString());
        assertThat(toFile.code()).as(toFile.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(out).exists();
        assertThat(toFile.stderr()).contains("records could not be compared");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "csv", "html"})
    void compare_everyRecordBad_exits1(String format) throws IOException {
        Path in = input("tat-ca-hong-" + format + ".json", BAD);
        Cli.Run run = Cli.run("compare", in.toString(), "--criteria", clean.toString(), "--format", format);
        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).contains("records could not be compared");
    }

    @Test
    void compare_everyRecordGood_unchangedFolder_exits0() throws IOException {
        Path in = input("tot.json", GOOD);
        Cli.Run run = Cli.run("compare", in.toString(), "--criteria", clean.toString());
        assertThat(run.code()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("no officer's outcome changes");
    }
}
