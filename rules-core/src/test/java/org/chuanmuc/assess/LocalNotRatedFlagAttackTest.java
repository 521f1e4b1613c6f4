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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DEFECT (found while attacking the result collection; not a regression of 0c74032, the old collection does the same).
 *
 * <p>{@link Assessment#notRated()} is decided by the code of a review flag ({@link Flag#NOT_RATED},
 * {@code KHONG-XEP-LOAI}), while the engine decides who is not rated from {@code NotRated} facts (which set
 * {@code ProposedRating.rated} for the quota of the second phase). A local folder may insert any {@code ReviewFlag}
 * and the guard lets it use that reserved code. So a local rule makes an officer "not rated" in the output — the
 * rating becomes "only for information" and summaries count the officer apart from every level — although no rule
 * concluded {@code NotRated}, the officer was counted as rated in the quota, and the README says a local folder may
 * not insert what takes an officer out ("nor insert ... NotRated"), only lower a rating or add a remark.
 *
 * <p>Correct: an officer the engine rated (no {@code NotRated}) is never reported {@code notRated()}, whatever flag
 * code a local rule chose. The engine now fails the unit instead, with an error that names the rule and the reserved
 * code (a guard refusing the code at compile time, or an assessment that is not {@code notRated()}, would be correct
 * too; this test accepts those, but never the officer silently reported as not rated).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class LocalNotRatedFlagAttackTest {
    private static final String BASE = """
            package thu.goc;
            import org.chuanmuc.model.*;
            rule "G-01 ghi lại việc xếp loại"
            ruleflow-group "han-muc"
            when
                $p: ProposedRating()
            then
                insert(new Finding($p.officerId(), FindingKind.INFO, "G-01", "Quy chế thử", "rated=" + $p.rated()));
            end
            """;

    private static final String LOCAL = """
            package thu.diaphuong;
            import org.chuanmuc.model.*;
            rule "L-01 cờ mang mã không xếp loại"
            when
                $o: Officer(id == "CB-1")
            then
                insert(new ReviewFlag($o.id(), "KHONG-XEP-LOAI", "chỉ là một nhận xét địa phương"));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void assess_localRuleFlagsTheReservedNotRatedCode_officerTheEngineRatedIsNotMarkedNotRated() throws IOException {
        Path local = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(local.resolve("co.drl"), LOCAL);
        Assessor assessor;
        try {
            assessor = Assessor.builder().rules(RuleSource.drl("goc.drl", BASE)).rules(local).build();
        } catch (RuleCompilationException refused) {
            return; // the guard refusing the reserved code in a local rule is a correct outcome too
        }
        Unit unit = Unit.of("DV-1", "Đội thử");
        List<Assessment> a;
        try {
            a = assessor.assessAll(List.of(
                    new Dossier(new Period(2025), unit, Officer.builder("CB-1", "DV-1", Role.STAFF).tasks(10, 10, 10, 10)
                            .build()))).assessments();
        } catch (AssessmentException failed) {
            assertThat(failed.rule()).contains("L-01 cờ mang mã không xếp loại");
            assertThat(failed.getMessage()).contains("KHONG-XEP-LOAI", "CB-1", "NotRated");
            return;
        }

        // the engine rated CB-1: the second phase saw rated == true
        assertThat(a.get(0).reasonsFor("G-01")).extracting(Reason::message).containsExactly("rated=true");
        assertThat(a.get(0).localRules()).containsExactly("L-01 cờ mang mã không xếp loại");
        assertThat(a.get(0).notRated()).as("rated by the engine, yet reported as not rated").isFalse();
    }
}
