package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 4: a unit record that is broken and that no officer names (here {@code null}) was reported on stderr but
 * the run exited 0, "every officer assessed", as if the file were clean. docs/formats.md, bad input: "One bad record
 * never stops a batch, and nothing is dropped without a word"; a bad record is a partial outcome the caller should
 * look at (exit 1, as for a rejected officer), with its JSON path.
 */
class BrokenUnitRecordTest {
    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("ho-so.json"), "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"PC08\","
                + " \"name\": \"Phòng Cảnh sát giao thông\"}, null], \"officers\": [{\"id\": \"CB-1\", \"name\": \"Lê Văn A\","
                + " \"unitId\": \"PC08\", \"role\": \"STAFF\", \"partyMember\": false, \"monthsWorked\": 12, \"tasks\":"
                + " {\"assigned\": 10, \"completed\": 10, \"onTime\": 10, \"highQuality\": 10}}]}");
    }

    @Test
    void assess_nullUnitRecord_exitsOneNamingItsPath() throws IOException {
        Cli.Run run = Cli.run("assess", input().toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).contains("units[1]");
        assertThat(run.json().get("results")).hasSize(1); // the other records are assessed and written
    }

    @Test
    void assessOutput_nullUnitRecord_exitsOne() throws IOException {
        Path out = dir.resolve("ket-qua.json");
        Cli.Run run = Cli.run("assess", input().toString(), "--output", out.toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).contains("units[1]");
        assertThat(out).exists();
    }

    @Test
    void compare_nullUnitRecord_exitsOneNamingItsPath() throws IOException {
        Path criteria = dir.resolve("quy-tac");
        assertThat(Cli.run("export-criteria", criteria.toString()).code()).isZero();

        Cli.Run run = Cli.run("compare", input().toString(), "--criteria", criteria.toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).contains("units[1]");
    }
}
