package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken unit record that no officer names rejects nobody, and used to be only a line on stderr and exit code 1:
 * a council reading the output file alone could not see that the input had a bad record. docs/formats.md: "nothing
 * is dropped without a word". Now every format of {@code assess} shows it: JSON {@code unitErrors}, a section of
 * the text and HTML reports, a row of the CSV; {@code compare} the same in JSON, text and HTML (its CSV lists
 * changed officers only, as it leaves out the records not compared).
 */
class UnitErrorsInOutputTest {
    /** units[1] is null; units[2] has no id and a rating that is no level: one record, two errors. */
    private static final String UNITS = "\"units\": [{\"id\": \"PC08\", \"name\": \"Phòng Cảnh sát giao thông\"}, null,"
            + " {\"name\": \"Phòng Tham mưu\", \"rating\": \"TOT\"}]";
    private static final String OFFICER = "{\"id\": \"CB-%d\", \"name\": \"Lê Văn Ánh\", \"unitId\": \"PC08\","
            + " \"role\": \"STAFF\", \"partyMember\": false, \"monthsWorked\": 12, \"tasks\":"
            + " {\"assigned\": 10, \"completed\": 10, \"onTime\": 10, \"highQuality\": 10}}";

    @TempDir
    Path dir;

    private Path input(boolean unitsFirst) throws IOException {
        String officers = "\"officers\": [" + OFFICER.formatted(1) + ", " + OFFICER.formatted(2) + "]";
        String body = unitsFirst ? UNITS + ", " + officers : officers + ", " + UNITS;
        return Files.writeString(dir.resolve("ho-so.json"), "{\"period\": {\"year\": 2025}, " + body + "}");
    }

    @Test
    void json_listsEveryUnitErrorWithItsPath_andStaysValid() throws IOException {
        Cli.Run run = Cli.run("assess", input(true).toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        JsonNode json = run.json();
        List<String> paths = StreamSupport.stream(json.get("unitErrors").spliterator(), false)
                .map(e -> e.get("path").asText()).toList();
        assertThat(paths).containsExactly("units[1]", "units[2].id", "units[2].rating");
        assertThat(json.get("unitErrors").get(0).get("message").asText()).isNotBlank();
        assertThat(json.get("results")).hasSize(2);
        assertThat(Cli.violations(Cli.RESULTS, json)).isEmpty();
    }

    @Test
    void json_unitsAfterOfficers_andToAFile_listTheSameErrors() throws IOException {
        JsonNode streamed = Cli.run("assess", input(true).toString()).json();
        Path out = dir.resolve("ket-qua.json");
        Cli.Run run = Cli.run("assess", input(false).toString(), "--output", out.toString());

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(Cli.JSON.readTree(out.toFile()).get("unitErrors")).isEqualTo(streamed.get("unitErrors"));
    }

    @Test
    void text_listsEachBrokenUnitRecordOnceAfterTheRejected() throws IOException {
        Cli.Run run = Cli.run("assess", input(true).toString(), "--format", "text");

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        String text = run.out();
        assertThat(text).contains("Bị từ chối (dữ liệu sai hoặc quy tắc lỗi): 0\n"
                + "Bản ghi đơn vị có lỗi (đơn vị không được đọc): 2\n  units[1]: ");
        assertThat(text.lines().filter(l -> l.startsWith("  units[2].id: ")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("; units[2].rating: "));
    }

    @Test
    void csv_endsWithOneRowPerBrokenUnitRecord_inTheErrorsColumn() throws IOException {
        Cli.Run run = Cli.run("assess", input(true).toString(), "--format", "csv");

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        List<String> rows = new String(run.stdout(), StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).hasSize(1 + 2 + 2); // header, two officers, two unit records
        assertThat(rows.get(3)).startsWith(",,,,,,,,,,").contains("units[1]: ");
        assertThat(rows.get(4)).startsWith(",,,,,,,,,,").contains("units[2].id: ", "; units[2].rating: ");
    }

    @Test
    void html_showsTheBrokenUnitRecordsInTheRejectedSection() throws IOException {
        Cli.Run run = Cli.run("assess", input(true).toString(), "--format", "html");

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        Document page = Jsoup.parse(run.out());
        assertThat(page.select("#rejected p").first().text())
                .isEqualTo("Bản ghi đơn vị có lỗi (đơn vị không được đọc): 2");
        assertThat(page.select("#rejected ul.unit-errors li.unit-error").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("units[1]: "),
                        second -> assertThat(second).startsWith("units[2].id: ").contains("; units[2].rating: "));
    }

    @Test
    void compare_json_text_html_listTheBrokenUnitRecords() throws IOException {
        Path criteria = dir.resolve("quy-tac");
        assertThat(Cli.run("export-criteria", criteria.toString()).code()).isZero();
        Path in = input(true);

        Cli.Run json = Cli.run("compare", in.toString(), "--criteria", criteria.toString(), "--format", "json");
        assertThat(json.code()).as(json.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(StreamSupport.stream(json.json().get("unitErrors").spliterator(), false)
                .map(e -> e.get("path").asText()).toList())
                .containsExactly("units[1]", "units[2].id", "units[2].rating");

        String text = Cli.run("compare", in.toString(), "--criteria", criteria.toString()).out();
        assertThat(text).contains("Bản ghi đơn vị có lỗi (đơn vị không được đọc): 2\n  units[1]: ");
        assertThat(text.lines().filter(l -> l.startsWith("  units[2].id: ")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("; units[2].rating: "));

        Document page = Jsoup.parse(Cli.run("compare", in.toString(), "--criteria", criteria.toString(),
                "--format", "html").out());
        assertThat(page.select("#unit-errors h2").text()).isEqualTo("Bản ghi đơn vị có lỗi (đơn vị không được đọc): 2");
        assertThat(page.select("#unit-errors li.unit-error").eachText()).hasSize(2);
    }

    @Test
    void cleanInput_showsNoUnitErrorsInAnyFormat() throws IOException {
        Path criteria = dir.resolve("quy-tac");
        assertThat(Cli.run("export-criteria", criteria.toString()).code()).isZero();
        Path clean = Files.writeString(dir.resolve("sach.json"), "{\"period\": {\"year\": 2025}, \"units\": [{\"id\":"
                + " \"PC08\", \"name\": \"Phòng Cảnh sát giao thông\"}], \"officers\": [" + OFFICER.formatted(1) + "]}");
        for (String format : List.of("json", "text", "csv", "html")) {
            Cli.Run run = Cli.run("assess", clean.toString(), "--format", format);
            assertThat(run.code()).as(format + run.stderr()).isZero();
            assertThat(run.out()).as(format).doesNotContain("unitErrors", "Bản ghi đơn vị có lỗi", "units[");
            Cli.Run compare = Cli.run("compare", clean.toString(), "--base", criteria.toString(), "--criteria",
                    criteria.toString(), "--format", format);
            assertThat(compare.code()).as(format + compare.stderr()).isZero();
            assertThat(compare.out()).as(format).doesNotContain("unitErrors", "Bản ghi đơn vị có lỗi", "units[");
        }
    }
}
