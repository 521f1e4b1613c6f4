package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails on one unit rejects that unit's officers with the reason; the others are assessed. */
class AssessRuleFailureTest {

    @Test
    void assess_ruleLoopsOnOneUnit_rejectsThatUnitAndAssessesTheRest(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("quy-tac"));
        Files.writeString(rules.resolve("vong-lap.drl"), """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "DP-LAP khởi đầu"
                when
                    Unit(id == "PV01")
                    $o: Officer()
                then
                    insert(new Warning($o.id(), "dp-dem", "0"));
                end
                rule "DP-LAP lặp mãi"
                when
                    $w: Warning(code == "dp-dem")
                then
                    insert(new Warning($w.officerId(), "dp-dem", $w.message() + "1"));
                end
                """, StandardCharsets.UTF_8);
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
        assertThat(first.path("errors").get(0).path("message").asText()).contains("PV01").contains("DP-LAP lặp mãi");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }
}
