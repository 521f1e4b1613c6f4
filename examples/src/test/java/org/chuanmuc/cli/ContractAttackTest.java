package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile reading of the user documentation (README.md, docs/cli.md, docs/formats.md, docs/data-safety.md):
 * every test asserts what the documentation promises, and each failed on the code it was written against,
 * where the software breaks that promise. Each test quotes the sentence it checks.
 */
class ContractAttackTest {
    @TempDir
    Path dir;

    private static final String TASKS_FULL = "\"tasks\":{\"assigned\":10,\"completed\":10,\"onTime\":10,\"highQuality\":10}";

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static String officer(String id, String unit, String extra) {
        return "{\"id\":\"" + id + "\",\"unitId\":\"" + unit + "\",\"role\":\"STAFF\",\"monthsWorked\":12,"
                + TASKS_FULL + extra + "}";
    }

    // docs/formats.md: "unknown fields *inside* a unit, an officer or any nested object are errors, so that a
    // misspelt field is never silently dropped." and "One bad record never stops a batch, and nothing is dropped
    // without a word". A field given twice in an officer (a merge of two exports, a hand edit) silently keeps
    // the last value: here the officer's verified sign NQ4-DD-03 (không hoàn thành) vanishes behind a later
    // "signs": [] and the officer is proposed for xuất sắc with nothing on stderr and exit code 0.
    @Test
    void assess_fieldGivenTwiceInAnOfficer_isNotSilentlyDropped() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],\"officers\":["
                + officer("A1", "U1", ",\"signs\":[{\"code\":\"NQ4-DD-03\",\"verified\":true}],\"signs\":[]")
                + "]}");

        Cli.Run run = Cli.run("assess", input.toString());

        // either the record is rejected (exit 1, in `rejected`) or the file is refused whole (exit 2), as the
        // reader already does for a top-level "period" given twice; never a silent rating
        assertThat(run.code()).as("exit code; stderr: %s", run.stderr()).isIn(Main.PARTIAL, Main.ERROR);
        if (run.code() == Main.PARTIAL) {
            assertThat(run.json().path("rejected").findValuesAsText("officerId")).contains("A1");
        }
    }

    // docs/formats.md: "A file that cannot be read as a whole (not JSON, empty, not an object, `period` missing
    // or wrong, content after the root object) is refused whole with `file:line:column: reason`." A period
    // {"year": 2024, "year": 2025} is silently read as 2025 (the later value), which chooses the rating regime,
    // although a top-level "period" given twice is refused ("period" xuất hiện hai lần).
    @Test
    void assess_periodYearGivenTwice_isRefusedNotSilentlyTheLastOne() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2024,\"year\":2025},\"units\":[{\"id\":\"U1\"}],"
                + "\"officers\":[" + officer("A1", "U1", "") + "]}");

        Cli.Run run = Cli.run("assess", input.toString());

        assertThat(run.code()).as("stdout: %s", run.out()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains("ho-so.json:1:");
    }

    // docs/cli.md: "`assess` and `compare` also refuse any path inside their `--rules` and `--criteria` folders";
    // README.md: "so is, for `assess` and `compare` alike, any path inside a `--rules` or `--criteria` folder";
    // README.md: "When `FILE` is a symbolic link, the file it points to is replaced". An --output that is a
    // dangling link to a new file inside the --rules folder is followed and the results land in the rule folder,
    // as a `.drl`: every later run with that folder fails to compile (exit 2). (The same holds for --criteria,
    // where the next load fails with "rule file not listed in sources.txt".)
    @Test
    void assess_outputIsADanglingLinkIntoTheRulesFolder_isRefusedAndTheFolderStaysAsItWas() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],\"officers\":["
                + officer("A1", "U1", "") + "]}");
        Path rules = Files.createDirectory(dir.resolve("quy-tac"));
        Path link = Files.createSymbolicLink(dir.resolve("ket-qua.json"), rules.resolve("moi.drl"));

        Cli.Run run = Cli.run("assess", input.toString(), "--rules", rules.toString(), "--output", link.toString());

        try (Stream<Path> files = Files.list(rules)) {
            assertThat(files.toList()).as("files in the --rules folder after the run").isEmpty();
        }
        assertThat(run.code()).isEqualTo(Main.ERROR);
    }

    // README.md: "A `group` is normalised when it is read: Unicode NFC, leading and trailing whitespace removed,
    // each run of inner whitespace collapsed to one space"; docs/formats.md says the same of `officers[].group`.
    // An em space (U+2003) or an ideographic space (U+3000) inside the name (both whitespace to Java and to
    // Unicode; text pasted from Word or a PDF) is kept, so "Điều tra" becomes two quota groups that print the
    // same in every report, and the 20% quota is counted twice over smaller groups: 6 candidates give 1 xuất
    // sắc in one group, 0 in two groups of 3.
    @Test
    void assess_groupWithUnicodeWhitespaceInside_isTheSameQuotaGroup() throws IOException {
        for (String space : List.of("\u2003", "\u3000")) {
            List<String> officers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String group = i < 3 ? "Điều tra" : "Điều" + space + "tra";
                officers.add(officer("G" + i, "U1", ",\"group\":\"" + group + "\""));
            }
            Path input = write("nhom.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],\"officers\":["
                    + String.join(",", officers) + "]}");

            Cli.Run run = Cli.run("assess", input.toString());

            assertThat(run.code()).isEqualTo(Main.OK);
            JsonNode results = run.json().path("results");
            assertThat(results.findValuesAsText("group")).as("groups read with U+%04X inside",
                    (int) space.charAt(0)).containsOnly("Điều tra");
            assertThat(results.findValuesAsText("rating")).as("one group of 6 candidates keeps 1 xuất sắc")
                    .containsOnlyOnce("HOAN_THANH_XUAT_SAC");
        }
    }

    // README.md: "`--output FILE` is written to a temporary file beside it, `.FILE.<process id>.chuanmuc-tmp`
    // ... and renamed over `FILE`"; docs/cli.md exit code 0: "success: every officer assessed". A valid file
    // name of 255 bytes (about 90 Vietnamese letters with diacritics) cannot be written: the temporary name is
    // longer than the file system allows, and the run ends with exit 2 "I/O error ... File name too long",
    // although the user's path is fine.
    @Test
    void assess_outputNameAtTheFileSystemLimit_isWritten() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],\"officers\":["
                + officer("A1", "U1", "") + "]}");
        StringBuilder name = new StringBuilder();
        while (name.toString().getBytes(StandardCharsets.UTF_8).length + "kết-quả-".getBytes(StandardCharsets.UTF_8).length
                + ".json".length() <= 255) {
            name.append("kết-quả-");
        }
        while (name.toString().getBytes(StandardCharsets.UTF_8).length + ".json".length() < 255) {
            name.append('x');
        }
        name.append(".json");
        Path output = dir.resolve(name.toString());
        Files.writeString(output, "tuần trước"); // the name is valid on this file system
        Files.delete(output);

        Cli.Run run = Cli.run("assess", input.toString(), "--output", output.toString());

        assertThat(run.code()).as("stderr: %s", run.stderr()).isEqualTo(Main.OK);
        assertThat(output).exists();
    }

    // docs/formats.md (CSV): "one row per input record in input order (rejected rows included, with their errors
    // and the id, name and unit as the record wrote them)". A record whose id is written as a number (123) is
    // rejected (right), but its row shows an empty id, so the council cannot find the record in the file.
    @Test
    void assess_csvRejectedRow_showsTheIdAsTheRecordWroteIt() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\"}],\"officers\":["
                + "{\"id\":123,\"name\":\"Nguyễn Văn An\",\"unitId\":\"U1\",\"role\":\"STAFF\",\"monthsWorked\":12,"
                + TASKS_FULL + "}]}");

        Cli.Run run = Cli.run("assess", input.toString(), "--format", "csv");

        assertThat(run.code()).isEqualTo(Main.PARTIAL);
        String row = run.out().lines().filter(l -> l.contains("Nguyễn Văn An")).findFirst().orElseThrow();
        assertThat(row).startsWith("123,");
    }

    // README.md: "The HTML report is one self-contained file ... with a section per unit: a bar chart of the
    // levels, the quota box, every officer ..."; docs/formats.md: "with, per unit, a bar chart of the levels".
    // A unit of the file with no officer (or whose every record was rejected) has no section and no row in
    // the units table, so the report does not show that the unit sent nothing to assess.
    @Test
    void assess_html_everyUnitOfTheFileHasASection() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\",\"name\":\"Một\"},"
                + "{\"id\":\"U2\",\"name\":\"Đơn vị không có hồ sơ\"}],\"officers\":[" + officer("A1", "U1", "") + "]}");

        Cli.Run run = Cli.run("assess", input.toString(), "--format", "html");

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("data-unit-id=\"U1\"").contains("data-unit-id=\"U2\"");
        org.jsoup.nodes.Element empty = org.jsoup.Jsoup.parse(run.out()).selectFirst("section[data-unit-id=U2]");
        assertThat(empty.select("h2").text()).isEqualTo("U2 — Đơn vị không có hồ sơ");
        assertThat(empty.select("p.unit-none").text()).isEqualTo("Tệp không có hồ sơ nào của đơn vị này.");
    }

    @Test
    void assess_html_unitWhoseEveryRecordIsRejected_hasASectionCountingThem() throws IOException {
        Path input = write("ho-so.json", "{\"period\":{\"year\":2025},\"units\":[{\"id\":\"U1\",\"name\":\"Một\"},"
                + "{\"id\":\"U2\",\"name\":\"Hai\"}],\"officers\":[" + officer("A1", "U1", "") + ","
                + officer("B1", "U2", "").replace("\"monthsWorked\":12", "\"monthsWorked\":13") + ","
                + officer("B2", "U2", "").replace("\"monthsWorked\":12", "\"monthsWorked\":-1") + "]}");

        Cli.Run run = Cli.run("assess", input.toString(), "--format", "html");

        assertThat(run.code()).isEqualTo(Main.PARTIAL);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(run.out());
        assertThat(page.select("section.unit").eachAttr("data-unit-id")).containsExactly("U1", "U2");
        assertThat(page.selectFirst("section[data-unit-id=U2] p.unit-none").text())
                .isEqualTo("Mọi hồ sơ của đơn vị này đều bị từ chối (2), xem mục hồ sơ bị từ chối.");
        assertThat(page.select("nav li a").eachText()).containsExactly("U1 — Một", "U2 — Hai");
    }
}
