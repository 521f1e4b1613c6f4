package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code .dsl} file may hold. Drools' DSL parser drops any text before the first entry without a word, so a
 * rule file saved under a {@code .dsl} name gave no sentences and no error: its rules were silently not in the rule
 * set. Such a file, and a DSL file with no entry at all, is refused.
 */
class DslFileTest {
    private static final RuleSource BASE_DSL = source("chuan.dsl");
    private static final RuleSource BASE_DSLR = source("chuan.dslr");

    private static RuleSource source(String name) {
        return RuleSource.of(name, RuleSource.Kind.ofFileName(name).orElseThrow(),
                RuleFiles.text(LocalRulesTest.folder("base").resolve(name)));
    }

    private static RuleCompilationException refused(RuleSource... sources) {
        return assertThrows(RuleCompilationException.class, () -> Assessor.builder().rules(sources).build());
    }

    @Test
    void ruleFileSavedAsDsl_isRefusedAtItsFirstLine_notDroppedSilently() {
        String drl = RuleFiles.text(LocalRulesTest.folder("base").resolve("chuan.drl"));
        RuleSource misnamed = RuleSource.of("chuan-drl.dsl", RuleSource.Kind.DSL, drl);

        RuleCompilationException e = refused(BASE_DSL, misnamed, BASE_DSLR);

        assertThat(e.diagnostics()).extracting(Diagnostic::source, Diagnostic::message)
                .contains(org.assertj.core.groups.Tuple.tuple("chuan-drl.dsl", GuardMessages.dslOutsideEntry()));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.source().equals("chuan-drl.dsl")).findFirst()
                .orElseThrow();
        int firstTextLine = 1;
        String[] lines = drl.split("\n", -1);
        while (lines[firstTextLine - 1].isBlank() || lines[firstTextLine - 1].strip().startsWith("//")
                || lines[firstTextLine - 1].strip().startsWith("#")) {
            firstTextLine++;
        }
        assertThat(d.line()).isEqualTo(firstTextLine);
        assertThat(e.getMessage()).contains("nếu đây là quy tắc, hãy đặt nó trong tệp .drl hoặc .dslr");
    }

    @Test
    void ruleFileSavedAsDsl_inALocalFolder_isRefused(@TempDir Path dir) throws Exception {
        Path local = Files.createDirectories(dir.resolve("địa-phương"));
        Files.writeString(local.resolve("quy-tac.dsl"), RuleFiles.text(LocalRulesTest.folder("base")
                .resolve("chuan.drl")));

        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> Assessor.builder()
                .rules(BASE_DSL, BASE_DSLR).rules(local).build());

        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.source()).endsWith("quy-tac.dsl");
            assertThat(d.message()).isEqualTo(GuardMessages.dslOutsideEntry());
        });
    }

    @Test
    void dslFileWithOnlyCommentsOrNothing_isRefused() {
        for (String text : List.of("", "\n\n", "# chỉ có chú thích\n// và thêm một dòng\n#/ debug\n")) {
            RuleCompilationException e = refused(RuleSource.of("rong.dsl", RuleSource.Kind.DSL, text), BASE_DSL,
                    BASE_DSLR);
            assertThat(e.diagnostics()).as("%s", text).extracting(Diagnostic::source, Diagnostic::line,
                            Diagnostic::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("rong.dsl", 1, GuardMessages.dslNoEntries()));
        }
    }

    @Test
    void commentsAndBlankLinesBeforeTheFirstEntry_areStillAccepted_andTheSentencesWork() {
        String text = "\n   \n# Bộ câu có chú thích ở đầu\n// một kiểu chú thích khác\n"
                + BASE_DSL.text();
        Assessor assessor = Assessor.builder().rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, text),
                BASE_DSLR).criteria(SampleDossiers.SIGNS).build();

        Assessment a = assessor.assess(LocalRulesTest.dossier("o1", true, false));

        assertThat(a.reasonsFor("NQ4-DD-03")).extracting(Reason::kind).contains(ReasonKind.CAP);
        assertThat(a.rating()).isEqualTo(org.chuanmuc.model.RatingLevel.HOAN_THANH);
    }

    @Test
    void lineDroolsCannotLex_isReportedAtItsOwnLine_notAtTheFirst() {
        // an em space (U+2003) alone on line 3: Drools' DSL lexer refuses it; the diagnostic must point there
        String text = "# Bộ câu\n" + BASE_DSL.text().lines().filter(l -> l.startsWith("[")).findFirst().orElseThrow() + "\n\u2003\n";
        RuleCompilationException e = refused(RuleSource.of("khoang-trang.dsl", RuleSource.Kind.DSL, text), BASE_DSLR);

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("khoang-trang.dsl");
            assertThat(d.line()).as(d.toString()).isEqualTo(3);
            assertThat(d.message()).isEqualTo(GuardMessages.dslLexer());
        });
    }
}
