package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Local rule folders through the command line: they can only restrict, and stdout carries results only. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class CliGuardTest {
    private static final String LOWER = """
            package diaphuong.habac;
            import org.chuanmuc.model.*;
            rule "DP-01 có phản ánh đã xác minh: không quá Hoàn thành"
            when
                $o: Officer()
                exists CitizenFeedback(verified, kind == FeedbackKind.COMPLAINT) from $o.citizenFeedback
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-01", "Quy định địa phương",
                        "Có phản ánh của người dân đã được xác minh"));
            end
            """;
    private static final String DELETE_ALL = """
            package diaphuong.xoa;
            import org.chuanmuc.model.*;
            rule "DP-X1 xoá mọi giới hạn"
            salience -1000
            when
                $c: RatingCap()
            then
                delete($c);
            end
            rule "DP-X2 xoá mọi nhận xét"
            salience -1000
            when
                $f: Finding()
            then
                delete($f);
            end
            """;

    @TempDir
    Path dir;

    private Path folder(String name, String file, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void assess_localRulesDeletingEveryCapAndFinding_areRefusedBeforeAnyOfficerIsAssessed() throws IOException {
        Path rules = folder("xoa", "xoa.drl", DELETE_ALL);

        Cli.Run run = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", rules.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.stderr()).contains(rules.resolve("xoa.drl") + ":8:5: " + GuardMessages.localAction("delete"))
                .contains(rules.resolve("xoa.drl") + ":15:5: " + GuardMessages.localAction("delete"));
    }

    @Test
    void assess_localRuleThatLowers_neverRaisesAnOfficerAboveTheStandardAndKeepsEveryStandardReason()
            throws IOException {
        Path rules = folder("ha-bac", "ha-bac.drl", LOWER);

        Cli.Run standard = Cli.run("assess", CliSampleTest.SAMPLE);
        Cli.Run local = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", rules.toString());

        assertThat(local.code()).isZero();
        assertThat(Cli.violations(Cli.RESULTS, local.json())).isEmpty();
        Map<String, JsonNode> before = byOfficer(standard.json());
        Map<String, JsonNode> after = byOfficer(local.json());
        List<String> lowered = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode was = e.getValue();
            JsonNode now = after.get(e.getKey());
            RatingLevel wasLevel = RatingLevel.valueOf(was.path("rating").asText());
            RatingLevel nowLevel = RatingLevel.valueOf(now.path("rating").asText());
            boolean touched = now.has("localRules");
            if (touched) {
                // the officer the local rule concluded about: at most its cap, never above the standard
                assertThat(nowLevel.isBelow(wasLevel) || nowLevel == wasLevel).as(e.getKey()).isTrue();
                assertThat(now.path("localRules").toString()).contains("DP-01");
                lowered.add(e.getKey());
            } else {
                // the others are the standard's, but for the unit quota, which by law counts the new proposals
                assertThat(now.path("rating").asText().equals(was.path("rating").asText())
                        || quotaReason(was) || quotaReason(now)).as(e.getKey()).isTrue();
            }
            for (JsonNode reason : was.path("reasons")) {
                if (!reason.path("criterion").asText().equals("HAN-MUC-XS")) {
                    assertThat(now.path("reasons")).as(e.getKey()).contains(reason);
                }
            }
        }
        assertThat(lowered).isNotEmpty();
    }

    @Test
    void main_dslWithDebugOptionsAndALoggerPointedAtStdout_stillWritesOnlyJsonToStdout() throws Exception {
        Path rules = folder("go-loi", "go-loi.dsl", """
                #/ debug: display result and usage
                #/ result
                [when]Cán bộ có phản ánh đã xác minh=$o: Officer() exists CitizenFeedback(verified, kind == FeedbackKind.COMPLAINT) from $o.citizenFeedback
                [then]Cảnh báo "{ma}"=insert(new Warning($o.id(), "{ma}", "Có phản ánh đã xác minh"));
                """);
        Files.writeString(rules.resolve("go-loi.dslr"), """
                package diaphuong.goloi;
                import org.chuanmuc.model.*;
                expander go-loi.dsl
                rule "DP-G2 cảnh báo phản ánh"
                when
                    Cán bộ có phản ánh đã xác minh
                then
                    Cảnh báo "DP-G2"
                end
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        // the real main, in its own JVM, with the logger told to print to System.out: assess > out.json
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.logFile=System.out", "-Dorg.slf4j.simpleLogger.log.org.chuanmuc=debug",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "assess", CliSampleTest.SAMPLE, "--rules", rules.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        JsonNode json = Cli.JSON.readTree(out.toFile());
        assertThat(Cli.violations(Cli.RESULTS, json)).isEmpty();
        assertThat(json.toString()).contains("DP-G2");
        assertThat(Files.readString(err)).contains("compiled rule set"); // the logger did print: to stderr
    }

    @Test
    void validate_linkToASecretFileOutsideTheFolder_isRefusedWithoutShowingIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path rules = Files.createDirectories(dir.resolve("lien-ket"));
        Path link = Files.createSymbolicLink(rules.resolve("passwd.drl"), secret);

        Cli.Run run = Cli.run("validate", rules.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).isEqualTo(link + ":1:1: " + GuardMessages.linkOutside() + System.lineSeparator());
        assertThat(run.out() + run.stderr()).doesNotContain("root");
    }

    @Test
    void test_ruleFilesNextToScenariosAreALocalFolder() throws IOException {
        Path scenarios = folder("kich-ban", "xoa.drl", DELETE_ALL);

        Cli.Run run = Cli.run("test", scenarios.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains(GuardMessages.localAction("delete"));
    }

    private static boolean quotaReason(JsonNode result) {
        return result.path("reasons").toString().contains("HAN-MUC-XS");
    }

    private static Map<String, JsonNode> byOfficer(JsonNode results) {
        Map<String, JsonNode> by = new HashMap<>();
        results.path("results").forEach(r -> by.put(r.path("officerId").asText(), r));
        return by;
    }
}
