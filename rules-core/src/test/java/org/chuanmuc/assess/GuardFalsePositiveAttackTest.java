package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review (performance round 8), of ca5a60a: the guard refuses a local rule that writes the not-rated flag's code as a
 * literal among a {@code ReviewFlag}'s arguments, any of them. README ("Base criteria and local folders"): a local
 * folder may insert {@code ReviewFlag}s; only the code {@code KHONG-XEP-LOAI} is reserved, and "a rule ... that
 * raises it" fails. A flag coded {@code DP-01} whose message is the text "KHONG-XEP-LOAI" raises no reserved flag:
 * the engine accepts it and the officer stays rated. Correct: the guard accepts it too (it checks the code
 * argument, the second one, not the message).
 */
class GuardFalsePositiveAttackTest {
    @TempDir
    Path dir;

    @Test
    void build_anotherCodeWhoseMessageIsTheReservedCode_isAccepted() throws IOException {
        Path local = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(local.resolve("co.drl"), """
                package thu.diaphuong;
                import org.chuanmuc.model.*;
                rule "L-01 nhắc hội đồng"
                when
                    $o: Officer(monthsWorked < 7)
                then
                    insert(new ReviewFlag($o.id(), "DP-01", "KHONG-XEP-LOAI"));
                end
                """);
        Assessor assessor;
        try {
            assessor = Assessor.builder().rules(RuleSource.drl("goc.drl",
                    "package g;\nimport org.chuanmuc.model.*;\n")).rules(local).build();
        } catch (RuleCompilationException refused) {
            throw new AssertionError("refused a flag coded DP-01: " + refused.diagnostics(), refused);
        }
        Assessment a = assessor.assessAll(List.of(new Dossier(new Period(2025), Unit.of("DV-1", "Đội"),
                Officer.builder("CB-1", "DV-1", Role.STAFF).monthsWorked(6).tasks(10, 10, 10, 10).build())))
                .assessments().get(0);
        assertThat(a.notRated()).isFalse();
        assertThat(a.reviewFlags()).extracting(Flag::code).containsExactly("DP-01");
    }
}
