package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 4: with {@code --rules DIR} the report's header still read "bộ quy tắc chuanmuc-standard 2026.12.1", the
 * name of the published criteria alone, over results that local rules took part in (only the SHA-256 differed): a
 * council reading the header could not tell the local rules were in use.
 */
class LocalRulesNameTest {
    @TempDir
    Path dir;

    private Path localFolder() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-dia-phuong"));
        Files.writeString(local.resolve("phong-cach-dia-phuong.dslr"), """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                rule "PC-NHIEU nhiều tiêu chí phong cách không đạt: không quá Hoàn thành nhiệm vụ"
                when
                    Có cán bộ
                    Số tiêu chí không đạt từ tham số "phong-cach.so-khong-dat" trở lên
                then
                    Xếp loại không quá "Hoàn thành nhiệm vụ" theo tiêu chí "PC-NHIEU", lý do số tiêu chí "Số tiêu chí phong cách, Sáu điều không đạt"
                end
                """);
        return local;
    }

    @Test
    void assess_withLocalRules_headerNamesTheLocalFolderToo() throws IOException {
        Path local = localFolder();

        Cli.Run text = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--format", "text");
        Cli.Run json = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString());

        assertThat(text.out().lines().findFirst().orElseThrow())
                .contains("bộ quy tắc chuanmuc-standard + quy-tac-dia-phuong ");
        assertThat(json.json().get("ruleSet").get("name").asText())
                .isEqualTo("chuanmuc-standard + quy-tac-dia-phuong");
    }

    @Test
    void assess_withoutLocalRules_keepsTheStandardName() {
        Cli.Run json = Cli.run("assess", CliSampleTest.SAMPLE);

        assertThat(json.json().get("ruleSet").get("name").asText()).isEqualTo("chuanmuc-standard");
    }
}
