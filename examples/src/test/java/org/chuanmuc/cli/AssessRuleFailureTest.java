package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails on one unit rejects that unit's officers with the reason; the others are assessed. */
class AssessRuleFailureTest {

    @Test
    void assess_ruleLoopsOnOneUnit_rejectsThatUnitAndAssessesTheRest(@TempDir Path dir) throws Exception {
        Path rules = LoopingRule.folder(dir, "PV01");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"assess", "data/sample-2025.json", "--rules", rules.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        JsonNode result = new ObjectMapper().readTree(out.toByteArray());
        assertThat(code).isEqualTo(Main.PARTIAL);
        assertThat(result.path("summary").path("assessed").asInt()).isEqualTo(40);
        assertThat(result.path("summary").path("rejected").asInt()).isEqualTo(15);
        JsonNode first = result.path("rejected").get(0);
        assertThat(first.path("officerId").asText()).isEqualTo("CB-0041");
        assertThat(first.path("errors").get(0).path("path").asText()).isEqualTo("officers[40]");
        assertThat(first.path("errors").get(0).path("message").asText()).contains("PV01").contains(LoopingRule.NAME);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }
}
