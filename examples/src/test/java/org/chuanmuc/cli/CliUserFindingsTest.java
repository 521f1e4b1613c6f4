package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader who knew only the README ran into: each now behaves as the README says. */
class CliUserFindingsTest {
    private static final String SAMPLE = CliSampleTest.SAMPLE;

    @TempDir
    Path dir;

    @Test
    void assess_threadsBelowOne_isAUsageError() {
        for (String threads : new String[] {"0", "-1"}) {
            Cli.Run run = Cli.run("assess", SAMPLE, "--threads", threads);

            assertThat(run.code()).as(threads).isEqualTo(Main.ERROR);
            assertThat(run.stderr()).contains("--threads must be at least 1");
            assertThat(run.stdout()).isEmpty();
        }
    }

    /** Found by a hostile review: a fixed pool of 2^29 threads or more never starts one, and assess waited forever. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void assess_threadsAbove256_isAUsageError() {
        for (String threads : new String[] {"257", String.valueOf(1 << 29), String.valueOf(Integer.MAX_VALUE)}) {
            Cli.Run run = Cli.run("assess", SAMPLE, "--threads", threads);

            assertThat(run.code()).as(threads).isEqualTo(Main.ERROR);
            assertThat(run.stderr()).contains("--threads must be at least 1 and at most 256", "was " + threads);
            assertThat(run.stdout()).isEmpty();
        }
        assertThat(Cli.run("assess", SAMPLE, "--threads", "256").code()).isIn(Main.OK, Main.PARTIAL);
    }

    @Test
    void test_malformedScenarioFile_exitsTwoNotOne() throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("kich-ban"));
        Files.writeString(scenarios.resolve("hong.json"), "{ \"name\": \"hỏng\", ", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("test", scenarios.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).contains("hong.json");
        assertThat(run.stderr()).contains("malformed");
    }

    @Test
    void assessAndCompare_folderGivenAsTheInput_saySoNotThatItIsARuleFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ho-so"));
        Path criteria = dir.resolve("tieu-chi-sua");
        assertThat(Cli.run("export-criteria", criteria.toString()).code()).isZero();

        for (Cli.Run run : new Cli.Run[] {
            Cli.run("assess", folder.toString(), "--output", folder.resolve("ket-qua.json").toString()),
            Cli.run("compare", folder.toString(), "--criteria", criteria.toString(),
                    "--output", folder.resolve("so-sanh.txt").toString())}) {
            assertThat(run.code()).isEqualTo(Main.ERROR);
            assertThat(run.stderr()).contains("ho-so").doesNotContain("thư mục quy tắc");
        }
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void assess_outputInsideTheCriteriaFolder_isRefusedAndNothingIsWritten() {
        Path criteria = dir.resolve("tieu-chi");
        assertThat(Cli.run("export-criteria", criteria.toString()).code()).isZero();
        Path target = criteria.resolve("ket-qua.txt");

        Cli.Run run = Cli.run("assess", SAMPLE, "--criteria", criteria.toString(), "--format", "text",
                "--output", target.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("inside a rule folder");
        assertThat(target).doesNotExist();
    }

    @Test
    void assess_officerNotRated_countsApartFromEveryLevel() {
        // CB-0053 worked 4 months: not rated; the proposal for information is xuất sắc
        Cli.Run json = Cli.run("assess", SAMPLE);
        JsonNode summary = json.json().path("summary");
        assertThat(summary.path("notRated").asInt()).isEqualTo(1);
        int levels = 0;
        for (JsonNode n : summary.path("byRating")) {
            levels += n.asInt();
        }
        assertThat(levels + summary.path("notRated").asInt()).isEqualTo(summary.path("assessed").asInt());
        assertThat(Cli.violations(Cli.RESULTS, json.json())).isEmpty();

        String text = Cli.run("assess", SAMPLE, "--format", "text").out();
        assertThat(text).contains("Không XL");
        String pv01 = text.lines().filter(l -> l.startsWith("PV01 ")).findFirst().orElseThrow();
        // 15 officers: 0 XS (CB-0053 is not rated), 1 tốt, 11 HT, 2 KHT, 1 not rated, 2 with flags (CB-0054, a party
        // member disciplined in the year, has the flag naming QĐ 124's self-detection exception)
        assertThat(pv01.substring(42).trim().split("\\s+")).containsExactly("15", "0", "1", "11", "2", "1", "2");
    }
}
