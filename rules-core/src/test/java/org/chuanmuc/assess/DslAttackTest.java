package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (Each test documented below as failing failed at a272e2a and passes since the fix that followed the review:
 * a DSL file holds entries of one line and comments only, a byte-order mark is named, a percent cell is refused for
 * a parameter whose name holds phan-tram, a template that computes the value is judged as code, and the standard
 * criteria take the recorded verdict under any name and version but a folder's.)
 *
 * Hostile review (attack3) of ef8bbea: a {@code .dsl} file with text before its first entry, or with no entry, is
 * refused. "Before" was checked by running this class at ef8bbea^.
 *
 * <p>Failing (defects, most serious first):
 * <ul>
 * <li>{@link #rulePastedBelowASentenceNoFileUses_ofADslFile_isRefusedOrFires}: a rule pasted at the end of a
 *     {@code .dsl} file whose last sentence no {@code .dslr} uses becomes part of that sentence's DRL (Drools joins
 *     following lines to the entry above): accepted, and the rule is silently not in the rule set
 *     ({@link #control_theSameRuleAsADrlFile_fires} shows it fires as DRL). The precheck looks only at text before
 *     the first entry, so the silent loss ef8bbea set out to stop remains for text after it. (When the last
 *     sentence is used, the build fails, but at a column of the .dslr, not in the .dsl:
 *     {@link #ruleAppendedBelowTheEntries_ofADslFile_isRefusedOrFires}.)</li>
 * <li>{@link #dslSavedWithAByteOrderMark_isRefusedForTheBom_notCalledARuleFile} and
 *     {@link #dslWithABomBeforeTheFirstEntry_isRefusedForTheBom_notCalledARuleFile}: a correct DSL saved with a BOM
 *     (Notepad) is told its first line, a comment or {@code [when]}, "is not part of any DSL entry … a rule file must
 *     end in .drl or .dslr": advice to rename a DSL file, the invisible {@code \uFEFF} never named (a DRL or DSLR
 *     with a BOM is refused naming it: {@link #control_dslrAndDrlWithAByteOrderMark_areRefused_namingTheCharacter}).
 *     Refused before ef8bbea too, as "no DSL sentences" at every line of the .dslr; only the message is new.</li>
 * <li>{@link #commentIndentedWithANoBreakSpace_isNotCalledARuleFile}: a comment indented with a no-break space is
 *     called a misnamed rule file ({@code strip()} and {@code \s} do not count U+00A0). Refused before ef8bbea too
 *     (a DSL lexer error).</li>
 * </ul>
 *
 * <p>Held: CRLF, CR, {@code #/} and tab-indented comments before the first entry, {@code [condition]/[consequence]},
 * {@code [when][]}, {@code [When]}, entries indented with spaces or a tab (all accepted and the sentences work); a
 * DSLR saved as {@code .dsl} refused (accepted before ef8bbea); a DRL headed by a bracketed line saved as .dsl
 * refused; a half-written {@code .dsl} on hot reload (empty, a cut comment, cut entries, a cut section name) rejected
 * with the rules in use kept, and the completed file swapped in.
 */
class DslAttackTest {
    private static final String DSL = RuleFiles.text(LocalRulesTest.folder("base").resolve("chuan.dsl"));
    private static final String DSLR = RuleFiles.text(LocalRulesTest.folder("base").resolve("chuan.dslr"));
    private static final RuleSource BASE_DSLR = RuleSource.of("chuan.dslr", RuleSource.Kind.DSLR, DSLR);
    private static final List<Criterion> CRITERIA = SampleDossiers.SIGNS;

    private static String describe(Throwable t) {
        return t instanceof RuleCompilationException e ? e.diagnostics().toString() : String.valueOf(t);
    }

    /** Builds chuan.dslr on a DSL of the given text and checks that its sentences work: the CAP to HOAN_THANH. */
    private static void works(String label, String dslText) {
        Assessor[] built = new Assessor[1];
        Throwable thrown = catchThrowable(() -> built[0] = Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, dslText), BASE_DSLR).criteria(CRITERIA)
                .build());
        assertThat(thrown).as("%s: %s", label, describe(thrown)).isNull();
        Assessment a = built[0].assess(LocalRulesTest.dossier("o1", true, false));
        assertThat(a.reasonsFor("NQ4-DD-03")).as(label).extracting(Reason::kind).contains(ReasonKind.CAP);
        assertThat(a.rating()).as(label).isEqualTo(RatingLevel.HOAN_THANH);
    }

    private static String entriesOnly() {
        return DSL.lines().filter(l -> l.startsWith("[")).reduce("", (a, b) -> a + b + "\n");
    }

    // ---------------------------------------------------------------------------------------------------------
    // legitimate DSL files

    /** @return the diagnostics of chuan.dslr built on a DSL of the given text, which must be refused */
    private static List<Diagnostic> refused(String dslText) {
        Throwable thrown = catchThrowable(() -> Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, dslText), BASE_DSLR).criteria(CRITERIA)
                .build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    @Test
    void dslSavedWithAByteOrderMark_isRefusedForTheBom_notCalledARuleFile() {
        // Notepad (Windows 10 before 1903) saves UTF-8 with a BOM. Refused before ef8bbea too (Drools then gave no
        // sentence at all), as a DRL or DSLR with a BOM is ("illegal character \uFEFF"). Now the message says the
        // first line, a comment, "is not part of any DSL entry … a rule file must end in .drl or .dslr": the user is
        // told to rename a correct DSL file; the invisible character is never named.
        assertThat(refused("\uFEFF" + DSL)).as("BOM before a comment").anySatisfy(d -> {
            assertThat(d.source()).isEqualTo("chuan.dsl");
            assertThat(d.message()).contains("\\uFEFF").doesNotContain(".drl hoặc .dslr");
        });
    }

    @Test
    void dslWithABomBeforeTheFirstEntry_isRefusedForTheBom_notCalledARuleFile() {
        assertThat(refused("\uFEFF" + entriesOnly())).as("BOM before [when]").anySatisfy(d -> {
            assertThat(d.source()).isEqualTo("chuan.dsl");
            assertThat(d.message()).contains("\\uFEFF").doesNotContain(".drl hoặc .dslr");
        });
    }

    @Test
    void control_dslrAndDrlWithAByteOrderMark_areRefused_namingTheCharacter() {
        Throwable thrown = catchThrowable(() -> Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, DSL),
                        RuleSource.of("chuan.dslr", RuleSource.Kind.DSLR, "\uFEFF" + DSLR),
                        RuleSource.of("chuan.drl", RuleSource.Kind.DRL, "\uFEFF" + RuleFiles.text(
                                LocalRulesTest.folder("base").resolve("chuan.drl")))).criteria(CRITERIA).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        assertThat(((RuleCompilationException) thrown).diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("\\uFEFF"));
    }

    @Test
    void dslWithCrlf_isAccepted_andWorks() {
        works("CRLF", DSL.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    @Test
    void dslWithClassicMacLineEnds_isAccepted_andWorks() {
        works("CR", DSL.replace("\r\n", "\n").replace("\n", "\r"));
    }

    @Test
    void debugOptionLine_andTabIndentedComments_beforeTheFirstEntry_areAccepted() {
        works("#/ and tabs", "#/ result\n\t# chú thích thụt lề\n\t// chú thích khác\n \t \n" + DSL);
    }

    @Test
    void droolsLongSectionNames_conditionAndConsequence_areAccepted_andWork() {
        works("[condition]/[consequence]", DSL.replace("[when]", "[condition]").replace("[then]", "[consequence]"));
    }

    @Test
    void scopeForms_whenWithEmptyObjectBracket_areAccepted_andWork() {
        works("[when][]", DSL.replace("[when]", "[when][]").replace("[then]", "[then][]"));
    }

    @Test
    void capitalisedSectionNames_areAccepted_andWork() {
        works("[When]/[Then]", DSL.replace("[when]", "[When]").replace("[then]", "[Then]"));
    }

    @Test
    void entryLinesIndentedWithSpaces_areAccepted_andWork() {
        works("indented", DSL.replace("[when]", "    [when]").replace("[then]", "    [then]"));
    }

    @Test
    void firstEntryIndentedWithATab_isAccepted_andWorks() {
        works("tab-indented", "\t" + entriesOnly());
    }

    @Test
    void commentIndentedWithANoBreakSpace_isNotCalledARuleFile() {
        // a no-break space before '#', as word processors paste it; refused before ef8bbea too (a DSL lexer error),
        // now with "a rule file must end in .drl or .dslr" for a comment line
        assertThat(refused("\u00A0# chú thích\n" + DSL)).anySatisfy(d -> {
            assertThat(d.source()).isEqualTo("chuan.dsl");
            assertThat(d.message()).doesNotContain(".drl hoặc .dslr");
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // a rule file still dropped silently

    private static final String EXTRA_RULE = """

            rule "THEM canh bao"
            when
                $o: Officer()
            then
                insert(new Warning($o.id(), "THEM", "quy tắc thêm"));
            end
            """;

    @Test
    void ruleAppendedBelowTheEntries_ofADslFile_isRefusedOrFires() {
        // a rule pasted at the end of the .dsl file (below the sentences): Drools appends lines that do not start
        // with '[' to the entry above; the rule must not silently vanish
        String text = DSL + EXTRA_RULE;
        Assessor[] built = new Assessor[1];
        Throwable thrown = catchThrowable(() -> built[0] = Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, text), BASE_DSLR).criteria(CRITERIA)
                .build());
        if (thrown == null) {
            Assessment a = built[0].assess(LocalRulesTest.dossier("o1", true, false));
            assertThat(a.toString()).as("accepted: the pasted rule must fire").contains("THEM");
        } else {
            assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        }
    }

    @Test
    void rulePastedBelowASentenceNoFileUses_ofADslFile_isRefusedOrFires() {
        // the same paste, when the last sentence of the .dsl is one no .dslr uses yet (the standard DSL has many):
        // Drools makes the rule part of that sentence's DRL, nothing expands it, and the rule is silently not in the
        // rule set; ef8bbea refuses such text only before the first entry
        String text = DSL + "[when]Cán bộ là người lãnh đạo=$o: Officer(role != Role.STAFF)\n" + EXTRA_RULE;
        Assessor[] built = new Assessor[1];
        Throwable thrown = catchThrowable(() -> built[0] = Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, text), BASE_DSLR).criteria(CRITERIA)
                .build());
        if (thrown == null) {
            Assessment a = built[0].assess(LocalRulesTest.dossier("o1", true, false));
            assertThat(a.toString()).as("accepted: the pasted rule THEM must fire, or the file be refused")
                    .contains("THEM");
        } else {
            assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        }
    }

    @Test
    void control_theSameRuleAsADrlFile_fires() {
        Assessor assessor = Assessor.builder().rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, DSL), BASE_DSLR,
                RuleSource.drl("them.drl", "package org.chuanmuc.test.them;\nimport org.chuanmuc.model.*;\n"
                        + EXTRA_RULE)).criteria(CRITERIA).build();
        assertThat(assessor.assess(LocalRulesTest.dossier("o1", true, false)).toString()).contains("THEM");
    }

    @Test
    void dslrSavedAsDsl_isRefused() {
        Throwable thrown = catchThrowable(() -> Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, DSL),
                        RuleSource.of("chuan-dslr.dsl", RuleSource.Kind.DSL, DSLR)).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void drlStartingWithABracketedHeading_savedAsDsl_isRefused() {
        // a DRL whose author starts it with a bracketed heading line ("[Quy định 4] ...") and saves it as .dsl
        String drl = "[Quy định 4] Quy tắc bổ sung\n" + """
                package org.chuanmuc.test.them;
                import org.chuanmuc.model.*;
                """ + EXTRA_RULE;
        Throwable thrown = catchThrowable(() -> Assessor.builder()
                .rules(RuleSource.of("chuan.dsl", RuleSource.Kind.DSL, DSL), BASE_DSLR,
                        RuleSource.of("them.dsl", RuleSource.Kind.DSL, drl)).criteria(CRITERIA).build());
        assertThat(thrown).as("a rule file saved as .dsl, first line in brackets").isInstanceOf(
                RuleCompilationException.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // hot reload

    @Test
    void reload_dslHalfWritten_isRejected_andTheRulesInUseStay(@TempDir Path folder) throws Exception {
        Path dsl = Files.writeString(folder.resolve("chuan.dsl"), DSL, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("chuan.dslr"), DSLR, StandardCharsets.UTF_8);
        try (RuleRepository repo = RuleRepository.builder(folder).build()) {
            RuleSetInfo good = repo.current().ruleSet();
            for (String half : List.of("", "# Một bộ câu nhỏ giống", DSL.substring(0, DSL.indexOf("[then]")),
                    DSL.substring(0, DSL.indexOf("[when]") + 3))) {
                Files.writeString(dsl, half, StandardCharsets.UTF_8);

                ReloadResult result = repo.reload();

                assertThat(result).as("half-written: %s", half).isInstanceOf(ReloadResult.Rejected.class);
                assertThat(repo.current().ruleSet()).isEqualTo(good);
            }
            Files.writeString(dsl, DSL, StandardCharsets.UTF_8);
            assertThat(repo.reload()).isNotInstanceOf(ReloadResult.Rejected.class);
        }
    }
}
