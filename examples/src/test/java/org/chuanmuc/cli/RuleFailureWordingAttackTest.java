package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review (performance round 8). Since 3f388aa a local rule that raises {@code KHONG-XEP-LOAI} (spelled so the guard does
 * not see it) fails its whole unit at run time. README ("Bounded, always"): "assess rejects its officers with the
 * reason, exit code 1, and goes on". The exit code is right (1), and each rejected record carries the rule's error,
 * but {@code assess} tells the user on stderr "có 14 cán bộ bị từ chối vì dữ liệu sai" ("rejected because the
 * data is wrong"), and the text summary "Bị từ chối vì dữ liệu sai: 14", although every record of the sample is
 * valid and the rules failed. ({@code compare} already words it "dữ liệu sai hoặc quy tắc lỗi".) Correct: the
 * message does not blame the data for a rule failure.
 */
class RuleFailureWordingAttackTest {
    @TempDir
    Path dir;

    @Test
    void assess_unitFailedByTheNotRatedCheck_exitsOneWithoutBlamingTheData() throws IOException {
        Path local = Files.createDirectories(dir.resolve("dp"));
        Files.writeString(local.resolve("co.drl"), """
                package thu.dp;
                import org.chuanmuc.model.*;
                rule "L-01"
                when
                    $o: Officer(id == "CB-0012")
                then
                    insert(new ReviewFlag($o.id(), "KHONG-XEP-" + "LOAI", "m"));
                end
                """);
        Cli.Run json = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--threads", "1");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.json().get("rejected").toString()).contains("L-01", "KHONG-XEP-LOAI");
        assertThat(json.stderr()).doesNotContain("vì dữ liệu sai");

        Cli.Run text = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--format", "text",
                "--threads", "1");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).doesNotContain("Bị từ chối vì dữ liệu sai: 14");
    }
}
