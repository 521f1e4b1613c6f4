package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare reads the records once per rule set, each with its own catalogue, so a sign code only one catalogue holds
 * makes the record "not compared": one rule set refuses it, the other assesses it. The line that lists it must say
 * which of the two refused it: the text said only that the code is not in "the" catalogue, the same words whichever
 * set lacked it.
 */
class CompareNotComparedTest {
    @TempDir
    Path dir;

    /** @return the standard criteria exported to a folder, without the sign {@code code} when one is given */
    private Path export(String name, String code) throws IOException {
        Path folder = dir.resolve(name);
        assertThat(Cli.run("export-criteria", folder.toString()).code()).isZero();
        if (code != null) {
            Path catalogue = folder.resolve("catalogue.json");
            ObjectNode root = (ObjectNode) Cli.JSON.readTree(catalogue.toFile());
            ArrayNode criteria = (ArrayNode) root.get("criteria");
            for (int i = criteria.size() - 1; i >= 0; i--) {
                if (criteria.get(i).path("code").asText().equals(code)) {
                    criteria.remove(i);
                }
            }
            Files.write(catalogue, Cli.JSON.writeValueAsBytes(root));
        }
        return folder;
    }

    /** @return the sample with CB-0001 (officers[0]) working 13 months, a record no rule set can read */
    private Path sampleWithABadRecord() throws IOException {
        ObjectNode root = (ObjectNode) Cli.JSON.readTree(Path.of(CliSampleTest.SAMPLE).toFile());
        ((ObjectNode) root.get("officers").get(0)).put("monthsWorked", 13);
        Path file = dir.resolve("ho-so.json");
        Files.write(file, Cli.JSON.writeValueAsBytes(root));
        return file;
    }

    @Test
    void signCodeOnlyOneCatalogueHas_theNotComparedLineSaysWhichRuleSetRefusedIt() throws IOException {
        Path standard = export("chuan", null);
        Path withoutSign = export("quy-tac-2027", "NQ4-CT-04"); // CB-0040 (officers[39]) has this sign
        String input = sampleWithABadRecord().toString();

        Cli.Run changed = Cli.run("compare", input, "--criteria", withoutSign.toString());
        Cli.Run base = Cli.run("compare", input, "--base", withoutSign.toString(), "--criteria", standard.toString());

        // CB-0001 is refused by both: bad data, as before
        assertThat(changed.out()).contains("  CB-0040 (chỉ bộ sửa đổi từ chối; refused by the changed rules"
                + " only): officers[39].signs[0].code: mã biểu hiện \"NQ4-CT-04\"")
                .contains("  CB-0001: officers[0].monthsWorked");
        assertThat(base.out()).contains("  CB-0040 (chỉ bộ gốc từ chối; refused by the base rules only):"
                + " officers[39].signs[0].code").contains("  CB-0001: officers[0].monthsWorked");

        JsonNode json = Cli.run("compare", input, "--criteria", withoutSign.toString(), "--format", "json").json();
        assertThat(json.path("rejected").findValuesAsText("officerId")).containsExactly("CB-0001", "CB-0040");
        assertThat(json.path("rejected").findValuesAsText("side")).containsExactly("both", "changed");
        assertThat(Cli.run("compare", input, "--base", withoutSign.toString(), "--criteria", standard.toString(),
                "--format", "json").json().path("rejected").findValuesAsText("side")).containsExactly("both", "base");

        assertThat(Cli.run("compare", input, "--criteria", withoutSign.toString(), "--format", "html").out())
                .contains("chỉ bộ sửa đổi từ chối");
    }
}
