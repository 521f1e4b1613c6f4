package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Hostile review (performance round 8): since 3f388aa the engine itself adds the flag {@code KHONG-XEP-LOAI} (first with rule
 * {@code ""}, now with the rule that concluded {@code NotRated}) to an officer the first phase concluded {@code NotRated} about when no rule raised it (README, "Base
 * criteria and local folders": "the engine adds it, with the conclusion's message").
 *
 * <p>{@code explain} prints every review flag as {@code - [code] message (quy tắc: rule)}. For the engine's flag that
 * reads {@code (quy tắc: )}: "rule: " followed by nothing, a line that tells the reader a rule raised the flag and
 * then names none. Correct: no empty rule name is printed (leave the part out, or say the engine added it).
 */
class ExplainNotRatedAttackTest {
    private static final String RULE_NAME = "TG-X công tác dưới 6 tháng";
    private static final String RULES = """
            package thu;
            import org.chuanmuc.model.*;
            rule "TG-X công tác dưới 6 tháng"
            when
                $o: Officer(monthsWorked < 6)
            then
                insert(new NotRated($o.id(), "TG-X", "Công tác " + $o.monthsWorked() + " tháng"));
            end
            """;

    @Test
    void explain_flagTheEngineAdded_printsNoEmptyRuleName() {
        Dossier d = new Dossier(new Period(2025), Unit.of("PC08", "Phòng thử"),
                Officer.builder("CB-2", "PC08", Role.STAFF).monthsWorked(4).tasks(10, 10, 10, 10).build());
        Assessment a = Assessor.builder().rules(RuleSource.drl("x.drl", RULES)).build()
                .assessAll(List.of(d)).assessments().get(0);
        assertThat(a.reviewFlags()).extracting(Flag::code, Flag::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Flag.NOT_RATED, RULE_NAME)); // the engine's flag, from the conclusion

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExplainCommand.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), d, a, Optional.empty());
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("[KHONG-XEP-LOAI] TG-X: Công tác 4 tháng");
        assertThat(text).doesNotContain("(quy tắc: )");
    }
}
