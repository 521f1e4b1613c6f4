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
 * Hostile review (performance round 8), of ca5a60a: the guard refuses a local rule that writes the not-rated flag's code
 * {@code KHONG-XEP-LOAI} as a literal (README, "Base criteria and local folders": "The guard already refuses a local
 * rule that writes the code as a literal, so {@code validate} tells the author").
 *
 * <p>The check compares the literal's raw text between the quotes with the code, without decoding escapes. Java
 * octal escapes are allowed in rule code (Unicode escapes and text blocks are refused elsewhere), so
 * {@code "KHONG\55XEP-LOAI"} is a literal whose value is exactly {@code KHONG-XEP-LOAI}: the guard lets it through,
 * {@code validate} calls the folder valid, and the unit fails only at run time. Correct: refused when the rules are
 * built, like the plain spelling. The other spellings tried (DSL phrases, MVEL quotes, {@code String.valueOf},
 * {@code Flag.NOT_RATED}, a Unicode escape for the hyphen, a text block) are refused; lower case and a leading space are other
 * codes and leave the officer rated (pinned below, no existing test covers them).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class NotRatedFlagGuardAttackTest {
    @TempDir
    Path dir;

    private Assessor assessor(String then, String dialect) throws IOException {
        Path local = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(local.resolve("co.drl"), """
                package thu.diaphuong;
                import org.chuanmuc.model.*;
                rule "L-01 cờ"
                DIALECT
                when
                    $o: Officer(id == "CB-1")
                then
                    THEN
                end
                """.replace("DIALECT", dialect).replace("THEN", then));
        return Assessor.builder().rules(RuleSource.drl("goc.drl", """
                package thu.goc;
                import org.chuanmuc.model.*;
                rule "G-01"
                when
                    $o: Officer()
                then
                    insert(new Finding($o.id(), FindingKind.INFO, "G-01", "", "đã xét"));
                end
                """)).rules(local).build();
    }

    private static List<Dossier> unit() {
        return List.of(new Dossier(new Period(2025), Unit.of("DV-1", "Đội thử"),
                Officer.builder("CB-1", "DV-1", Role.STAFF).tasks(10, 10, 10, 10).build()));
    }

    /** Defect: an octal escape in the literal passes the guard. */
    @Test
    void build_reservedCodeWithAnOctalEscape_isRefusedLikeThePlainLiteral() {
        assertThatThrownBy(() -> assessor("insert(new ReviewFlag($o.id(), \"KHONG\\55XEP-LOAI\", \"m\"));", ""))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics()).extracting(Diagnostic::message)
                        .anySatisfy(m -> assertThat(m).contains("KHONG-XEP-LOAI", "NotRated")));
    }

    /** Survives: the DSL phrase of a local .dsl is checked after expansion. */
    @Test
    void build_reservedCodeThroughALocalDslPhrase_isRefused() throws IOException {
        Path local = Files.createDirectories(dir.resolve("dsl"));
        Files.writeString(local.resolve("co.dsl"), "[when]Cán bộ một=$o: Officer(id == \"CB-1\")\n"
                + "[then]Gắn cờ {c}=insert(new ReviewFlag($o.id(), \"{c}\", \"m\"));\n");
        Files.writeString(local.resolve("co.dslr"), "package thu.dp;\nimport org.chuanmuc.model.*;\nexpander co.dsl\n"
                + "rule \"L-01\"\nwhen\n    Cán bộ một\nthen\n    Gắn cờ KHONG-XEP-LOAI\nend\n");
        assertThatThrownBy(() -> Assessor.builder().rules(RuleSource.drl("goc.drl",
                "package g;\nimport org.chuanmuc.model.*;\n")).rules(local).build())
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics()).extracting(Diagnostic::message)
                        .anySatisfy(m -> assertThat(m).contains("KHONG-XEP-LOAI")));
    }

    /** Survives: MVEL's single-quoted string is seen as the code too. */
    @Test
    void build_reservedCodeInMvelSingleQuotes_isRefused() {
        assertThatThrownBy(() -> assessor("insert(new ReviewFlag($o.id, 'KHONG-XEP-LOAI', 'm'));", "dialect \"mvel\""))
                .isInstanceOf(RuleCompilationException.class);
    }

    /** Survives: codes are compared exactly, so a lower-case or padded code is another code: the officer stays rated. */
    @Test
    void assess_lowerCaseOrPaddedCode_isAnotherCode() throws IOException {
        for (String code : new String[] {"khong-xep-loai", " KHONG-XEP-LOAI"}) {
            Files.deleteIfExists(dir.resolve("dia-phuong").resolve("co.drl"));
            Assessment a = assessor("insert(new ReviewFlag($o.id(), \"" + code + "\", \"m\"));", "")
                    .assessAll(unit()).assessments().get(0);
            assertThat(a.notRated()).as(code).isFalse();
            assertThat(a.reviewFlags()).extracting(Flag::code).containsExactly(code);
        }
    }
}
