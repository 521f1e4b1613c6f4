package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Local folders can only restrict the base criteria. The base is a small bundle built like the standard criteria
 * ({@code base/}: a DSL, sentences that cap, a table-like parameter and a quota in the second phase); the folders
 * under {@code local/} either try to undo or raise what the base concludes (each says what in its first line and
 * names the diagnostic it must get in its second) or are legitimate local rules.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class LocalRulesTest {
    private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+):(\\d+): (.+)");
    private static final List<Criterion> CATALOGUE = SampleDossiers.SIGNS;
    private static final RuleBundle BASE = new RuleBundle("chuẩn thử", "1",
            RuleFiles.list("base", ".dsl", ".dslr", ".drl").stream().map(LocalRulesTest::source).toList(), CATALOGUE);

    static List<Path> refusedFolders() {
        try (Stream<Path> folders = Files.list(folder("local"))) {
            return folders.filter(f -> RuleFiles.text(ruleFile(f)).startsWith("// Attempt: ")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFolders")
    void build_localFolderThatCouldUndoOrRaise_isRefusedWithItsDiagnostic(Path folder) {
        Path file = ruleFile(folder);
        Matcher expect = EXPECT.matcher(RuleFiles.text(file).lines().skip(1).findFirst().orElse(""));
        assertThat(expect.matches()).as("second line names the expected diagnostic").isTrue();

        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> CorpusCost.measure(
                folder.getFileName().toString(), () -> Assessor.builder().rules(BASE).rules(folder).build()));

        assertThat(e.diagnostics()).contains(new Diagnostic(file.toString(), Integer.parseInt(expect.group(1)),
                Integer.parseInt(expect.group(2)), expect.group(3)));
    }

    @Test
    void build_deleteAllAsBaseCriteria_compilesAndMakesEveryoneXuatSac_soTheLocalRefusalIsWhatStopsIt() {
        // the control: the same two rules given as base criteria (the whole language) really undo every cap
        List<RuleSource> deleteAll = RuleFiles.sources(ruleFile(folder("local").resolve("delete-all")));
        Assessor undone = Assessor.builder().rules(BASE).rules(deleteAll).build();
        Assessor base = Assessor.builder().rules(BASE).build();
        Dossier signed = dossier("o1", true, false);

        assertThat(base.assess(signed).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(undone.assess(signed).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void assess_legitimateLocalRule_lowersTheRatingKeepsEveryBaseReasonAndNamesItself() {
        Assessor base = Assessor.builder().rules(BASE).build();
        Assessor local = Assessor.builder().rules(BASE).rules(folder("local").resolve("lower")).build();
        Dossier complained = dossier("o1", false, true);

        Assessment before = base.assess(complained);
        Assessment after = local.assess(complained);

        assertThat(before.rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT); // the quota of the base
        assertThat(after.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(after.reasons()).containsAll(firstPhase(before));
        assertThat(after.localRules()).containsExactly("DP-01 có phản ánh đã xác minh: không quá Hoàn thành");
        assertThat(after.reviewFlags()).extracting(Flag::code).contains("DP-01");
        assertThat(before.localRules()).isEmpty();
    }

    @Test
    void assessAll_legitimateLocalRule_neverRaisesARatingNorRemovesAReason() {
        Assessor base = Assessor.builder().rules(BASE).build();
        Assessor local = Assessor.builder().rules(BASE).rules(folder("local").resolve("lower")).build();
        List<Dossier> unit = List.of(dossier("a", false, false), dossier("b", true, false), dossier("c", false, true),
                dossier("d", true, true), SampleDossiers.busy("e"), SampleDossiers.plain("f"));

        List<Assessment> before = base.assessAll(unit).assessments();
        List<Assessment> after = local.assessAll(unit).assessments();

        for (int i = 0; i < unit.size(); i++) {
            assertThat(after.get(i).rating().rank()).as(unit.get(i).officer().id())
                    .isGreaterThanOrEqualTo(before.get(i).rating().rank());
            assertThat(after.get(i).reasons()).containsAll(firstPhase(before.get(i)));
        }
        assertThat(after).filteredOn(a -> !a.localRules().isEmpty()).extracting(Assessment::officerId)
                .containsExactly("c", "d", "e");
    }

    @Test
    void assess_localDslReroutingAStandardSentence_changesOnlyTheLocalRules() {
        Assessor local = Assessor.builder().rules(BASE).rules(folder("local").resolve("dsl-reroute")).build();
        Dossier both = dossier("o1", true, false);

        Assessment a = local.assess(both);

        // the base sentence still caps (its rule was expanded with the base DSL only)...
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.reasonsFor("NQ4-DD-03")).extracting(Reason::kind).contains(ReasonKind.CAP);
        // ...while the local rule, written with the same sentence, means what its own folder says
        assertThat(a.warnings()).extracting(Flag::code).containsExactly("DP-C1");
        assertThat(a.reasonsFor("DP-C1")).isEmpty();
        assertThat(a.localRules()).containsExactly("DP-C1 nhắc nhở khi có biểu hiện NQ4-DD-05");
    }

    @Test
    void assess_reroutingDslGivenAsBaseCriteria_doesUndoTheCap_soScopingIsWhatStopsIt() {
        // the control: loaded with the base sentences (what Drools' single expander did), the [then] re-routes them
        List<RuleSource> sources = new ArrayList<>();
        // the re-routing file first: of two sentences with the same words, the first one added applies
        sources.add(source(folder("local").resolve("dsl-reroute").resolve("chuyen.dsl")));
        sources.addAll(BASE.sources());
        Assessor rerouted = Assessor.builder().rules(new RuleBundle("trộn", "1", sources, CATALOGUE)).build();

        assertThat(rerouted.assess(dossier("o1", true, false)).reasonsFor("NQ4-DD-03"))
                .extracting(Reason::kind).doesNotContain(ReasonKind.CAP);
    }

    @Test
    void build_dslWithDebugOptions_compilesWithoutPrintingAnything() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Assessment a;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Assessor local = Assessor.builder().rules(BASE).rules(folder("local").resolve("dsl-debug")).build();
            a = local.assess(dossier("o1", false, true));
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(a.warnings()).extracting(Flag::code).containsExactly("DP-G2");
    }

    @Test
    void build_localFileNamedLikeABaseFile_isRefused() {
        // the compiler takes a second resource of the same name for a new version of the first and drops the
        // first one's rules: a local folder could replace a base file by naming a file like it
        Path lower = folder("local").resolve("lower");
        String name = lower.resolve("ha-bac.drl").toString();
        RuleSource base = RuleSource.drl(name, RuleFiles.text(ruleFile(folder("local").resolve("lower")))
                .replace("diaphuong.habac", "chuan.habac"));

        RuleCompilationException e = assertThrows(RuleCompilationException.class,
                () -> Assessor.builder().rules(base).rules(lower).build());

        assertThat(e.diagnostics()).containsExactly(new Diagnostic(name, 1, 1, GuardMessages.duplicateSource()));
    }

    @Test
    void localInsert_messagesNameTheTypesALocalRuleMayInsert() {
        assertThat(GuardMessages.localInsert("Parameter")).contains("RatingCap, Finding, ReviewFlag hoặc Warning");
    }

    @AfterAll
    static void printCost() {
        CorpusCost.print("local");
    }

    /**
     * The reasons of the first phase: all but the quota's, which exist only for officers proposed for the top
     * level. A local cap that lowers an officer takes them out of the quota, by law, not by removing anything.
     */
    private static List<Reason> firstPhase(Assessment a) {
        return a.reasons().stream().filter(r -> !r.criterion().equals("HAN-MUC")).toList();
    }

    /** An officer with all tasks done, optionally a verified NQ4-DD-03 and NQ4-DD-05 sign, optionally a complaint. */
    static Dossier dossier(String id, boolean signed, boolean complained) {
        var officer = Officer.builder(id, SampleDossiers.UNIT.id(), Role.STAFF).tasks(10, 10, 10, 10);
        if (signed) {
            officer.sign(new SignFinding("NQ4-DD-03", true, Optional.of(LocalDate.of(2025, 5, 1)), "kết luận"))
                    .sign("NQ4-DD-05", true);
        }
        if (complained) {
            officer.feedback(new CitizenFeedback(LocalDate.of(2025, 4, 1), FeedbackKind.COMPLAINT, "BIET-01", true));
        }
        return new Dossier(new Period(2025), SampleDossiers.UNIT, officer.build());
    }

    private static RuleSource source(Path file) {
        String name = file.getFileName().toString();
        return RuleSource.of(name, RuleSource.Kind.ofFileName(name).orElseThrow(), RuleFiles.text(file));
    }

    static Path folder(String name) {
        try {
            return Path.of(LocalRulesTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path ruleFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> rules = new ArrayList<>(files.filter(f -> !f.toString().endsWith(".dsl")).sorted().toList());
            return rules.get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
