package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set's SHA-256 identifies its files, not the way their folder was named on the command line. */
class RuleSetHashTest {
    private static final String RULE = """
            package diaphuong;
            import org.chuanmuc.model.*;
            rule "DP-1 làm việc dưới 3 tháng"
            when
                $o: Officer(monthsWorked < 3)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-1", "", "dưới 3 tháng"));
            end
            """;

    @TempDir
    Path dir;

    private static String sha(Path folder) {
        return Assessor.builder().rules(folder).build().ruleSet().sha256();
    }

    private Path folder(String name, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("quy-tac.drl"), text, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void sha256_sameFilesHoweverTheFolderIsNamed_isTheSame() throws IOException {
        Path folder = folder("dia-phuong", RULE);
        Path copy = folder("ban-sao", RULE);
        String expected = sha(folder);

        Files.createDirectories(dir.resolve("x"));
        assertThat(sha(dir.resolve("x/../dia-phuong"))).isEqualTo(expected);
        assertThat(sha(dir.resolve("dia-phuong/."))).isEqualTo(expected);
        assertThat(sha(folder.toAbsolutePath())).isEqualTo(expected);
        assertThat(sha(copy)).isEqualTo(expected);
    }

    @Test
    void sha256_oneByteChanged_differs() throws IOException {
        Path folder = folder("dia-phuong", RULE);
        Path changed = folder("da-sua", RULE.replace("< 3", "< 4"));

        assertThat(sha(changed)).isNotEqualTo(sha(folder));
    }
}
