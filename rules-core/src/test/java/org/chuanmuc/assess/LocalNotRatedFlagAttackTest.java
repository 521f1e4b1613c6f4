package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Found by a hostile review (round 8): {@link Assessment#notRated()} is read from the review flag
 * {@code KHONG-XEP-LOAI}, the unit's quota from {@code NotRated} facts, and a local folder may insert any
 * {@code ReviewFlag}. A local rule could so mark an officer not rated in every output whom the quota had counted as
 * rated, although the README says a local folder cannot take an officer out. Now the guard refuses the code written
 * as a literal in a local rule, and the engine fails the unit when a rule raises the flag, spelled any other way,
 * for an officer no rule concluded {@code NotRated} about.
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

    private static String local(String code) {
        return """
                package thu.diaphuong;
                import org.chuanmuc.model.*;
                rule "L-01 cờ mang mã không xếp loại"
                when
                    $o: Officer(id == "CB-1")
                then
                    insert(new ReviewFlag($o.id(), CODE, "chỉ là một nhận xét địa phương"));
                end
                """.replace("CODE", code);
    }

    @TempDir
    Path dir;

    private Assessor assessor(String code) throws IOException {
        Path local = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(local.resolve("co.drl"), local(code));
        return Assessor.builder().rules(RuleSource.drl("goc.drl", BASE)).rules(local).build();
    }

    private static List<Dossier> unit() {
        return List.of(new Dossier(new Period(2025), Unit.of("DV-1", "Đội thử"),
                Officer.builder("CB-1", "DV-1", Role.STAFF).tasks(10, 10, 10, 10).build()));
    }

    @Test
    void build_localRuleWritingTheReservedCode_isRefusedByTheGuard() {
        assertThatThrownBy(() -> assessor("\"KHONG-XEP-LOAI\""))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics())
                        .extracting(Diagnostic::message)
                        .anySatisfy(m -> assertThat(m).contains("không được gắn cờ \"KHONG-XEP-LOAI\"", "NotRated")));
    }

    @Test
    void assess_localRuleSpellingTheCodeAnotherWay_failsTheUnitNamingTheRule() throws IOException {
        Assessor assessor = assessor("\"KHONG-XEP-\" + \"LOAI\"");

        assertThatThrownBy(() -> assessor.assessAll(unit()))
                .isInstanceOf(AssessmentException.class)
                .hasMessageContaining("\"L-01 cờ mang mã không xếp loại\" gắn cờ KHONG-XEP-LOAI cho cán bộ CB-1")
                .satisfies(e -> assertThat(((AssessmentException) e).rule()).contains("L-01 cờ mang mã không xếp loại"));
    }

    @Test
    void assess_localRuleWithAnotherCode_leavesTheOfficerRated() throws IOException {
        Assessment a = assessor("\"XEM-XET-DP\"").assessAll(unit()).assessments().get(0);

        assertThat(a.reasonsFor("G-01")).extracting(Reason::message).containsExactly("rated=true");
        assertThat(a.notRated()).isFalse();
        assertThat(a.reviewFlags()).extracting(Flag::code).containsExactly("XEM-XET-DP");
        assertThat(a.localRules()).containsExactly("L-01 cờ mang mã không xếp loại");
    }
}
