package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor that saves by truncating and rewriting exposes an empty file for an instant; the soak test
 * ({@link RuleRepositorySoakTest}) caught a reload in that instant swapping to a rule set with no rules at all.
 * An empty rule file is now a problem of the file.
 */
class HalfWrittenRuleFileTest {
    private static final String RULE = """
            package t;
            import org.chuanmuc.model.*;
            rule "T-1 giới hạn"
            when
              $o: Officer()
            then
              insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "T-1", "", "giới hạn"));
            end
            """;

    @Test
    void build_emptyRuleFile_isRejectedNamingIt() {
        assertThatThrownBy(() -> Assessor.builder().rules(RuleSource.drl("trong.drl", " \n")).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.source()).isEqualTo("trong.drl");
                            assertThat(d.message()).contains("empty rule file");
                        }));
    }

    @Test
    void reload_ruleFileTruncatedToEmpty_isRejectedAndTheRulesInUseStay(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("cap.drl"), RULE, StandardCharsets.UTF_8);
        try (RuleRepository repo = RuleRepository.builder(folder).build()) {
            RuleSetInfo good = repo.current().ruleSet();
            Files.write(file, new byte[0]);

            ReloadResult result = repo.reload();

            assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
            assertThat(repo.current().ruleSet()).isEqualTo(good);
            assertThat(repo.current().assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        }
    }
}
