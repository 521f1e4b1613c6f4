package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 4: docs/cli.md, explain: "When the id appears twice in the file, the record assess assessed (the first) is
 * explained and the rejected one is noted after it"; "1 when the officer's only record was rejected (the errors are
 * printed)". With two rejected records of one id, only the first record's errors were printed: the second record,
 * which assess lists in rejected with its own errors, was not mentioned at all.
 */
class ExplainDuplicateIdTest {
    @TempDir
    Path dir;

    private static final String UNIT = "{\"id\": \"PC08\", \"name\": \"Phòng Cảnh sát giao thông\"}";

    private static String officer(String tasks) {
        return "{\"id\": \"CB-1\", \"name\": \"Lê Văn A\", \"unitId\": \"PC08\", \"role\": \"STAFF\", \"partyMember\": false,"
                + " \"monthsWorked\": 12, \"tasks\": " + tasks + "}";
    }

    private Path input(String... officers) throws IOException {
        return Files.writeString(dir.resolve("ho-so.json"), "{\"period\": {\"year\": 2025}, \"units\": [" + UNIT
                + "], \"officers\": [" + String.join(", ", officers) + "]}");
    }

    @Test
    void explain_idWithTwoRejectedRecords_printsTheErrorsOfBoth() throws IOException {
        Path file = input(officer("{\"assigned\": 10, \"completed\": 11, \"onTime\": 10, \"highQuality\": 10}"),
                officer("{\"assigned\": 10, \"completed\": 10, \"onTime\": 10, \"highQuality\": -1}"));

        Cli.Run run = Cli.run("explain", file.toString(), "CB-1");

        assertThat(run.code()).isEqualTo(Main.PARTIAL);
        assertThat(run.out()).contains("officers[0].tasks.completed").contains("officers[1].tasks.highQuality");
    }

    @Test
    void explain_idAssessedOnceAndRejectedTwice_notesBothRejectedRecords() throws IOException {
        String good = "{\"assigned\": 10, \"completed\": 10, \"onTime\": 10, \"highQuality\": 10}";
        Path file = input(officer(good),
                officer("{\"assigned\": 10, \"completed\": 11, \"onTime\": 10, \"highQuality\": 10}"),
                officer("{\"assigned\": 10, \"completed\": 10, \"onTime\": 10, \"highQuality\": -1}"));

        Cli.Run run = Cli.run("explain", file.toString(), "CB-1");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("officers[1]").contains("officers[2]");
    }
}
