package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.law.GeneratedUnit;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The head sentences "Có cán bộ có …" (an officer with at least one entry in one list of the dossier) only let the
 * engine skip officers with nothing to examine: the standard criteria rate exactly as they would with the plain
 * "Có cán bộ", "Có đảng viên", "Có người lãnh đạo, quản lý" heads, and a local rule using such a head alone fires
 * for officers with an entry and stops at an officer without one.
 */
class OfficerWithEntriesSentenceTest {
    /** "Có X có …" at the start of a line of a condition, the head the standard .dslr files use. */
    private static final Pattern FILTERED_HEAD = Pattern.compile(
            "(?m)^(\\s+)(Có cán bộ|Có đảng viên|Có người lãnh đạo, quản lý) có (ghi nhận biểu hiện suy thoái"
                    + "|quyết định kỷ luật|đánh giá phong cách không đạt|phản ánh của người dân)\\s*$");

    @Test
    void standardCriteria_rateAsWithThePlainHeads_onGeneratedUnitsOfEveryYear() {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> plain = new ArrayList<>();
        int replaced = 0;
        for (RuleSource s : standard.sources()) {
            if (s.kind() == RuleSource.Kind.DSLR) {
                replaced += FILTERED_HEAD.matcher(s.text()).results().count();
                plain.add(RuleSource.of(s.name(), s.kind(), FILTERED_HEAD.matcher(s.text()).replaceAll("$1$2")));
            } else {
                plain.add(s);
            }
        }
        // 18 of the 21 rules of the three .dslr files start from a filtered head; the three that compare a count
        // with a parameter (PC-NHIEU, CANH-BAO-SOM, PA-NHIEU) match an empty list at a threshold of 0 and keep
        // the plain one
        assertThat(replaced).isEqualTo(18);
        Assessor filtered = Assessor.builder().rules(standard).build();
        Assessor unfiltered = Assessor.builder()
                .rules(new RuleBundle(standard.name(), standard.version(), plain, standard.criteria())).build();

        UnitGenerator generator = new UnitGenerator(CriteriaCatalogue.standard());
        int withEntries = 0;
        int officers = 0;
        Set<String> firedEither = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            GeneratedUnit unit = generator.unit(20261205L, i);
            AssessmentReport a = filtered.assessAll(unit.dossiers());
            AssessmentReport b = unfiltered.assessAll(unit.dossiers());
            assertThat(a.firedRules()).as("unit %d (%d)", i, unit.year()).isEqualTo(b.firedRules());
            assertThat(a.assessments()).hasSameSizeAs(b.assessments());
            for (int k = 0; k < a.assessments().size(); k++) {
                Assessment x = a.assessments().get(k);
                Assessment y = b.assessments().get(k);
                assertThat(x.rating()).as("%s of unit %d", x.officerId(), i).isEqualTo(y.rating());
                assertThat(x.partyRating()).isEqualTo(y.partyRating());
                assertThat(x.reasons()).isEqualTo(y.reasons());
                assertThat(x.reviewFlags()).isEqualTo(y.reviewFlags());
                assertThat(x.warnings()).isEqualTo(y.warnings());
            }
            firedEither.addAll(a.firedRules());
            officers += unit.officers().size();
            withEntries += (int) unit.officers().stream().filter(o -> !o.signs().isEmpty() || !o.disciplines().isEmpty()
                    || !o.styleEvaluations().isEmpty() || !o.citizenFeedback().isEmpty()).count();
        }
        // the comparison means something: the units hold officers with and without entries, and the rules of the
        // three .dslr files fire
        assertThat(withEntries).isBetween(officers / 20, officers - officers / 20);
        assertThat(firedEither).anyMatch(r -> r.startsWith("PC "))
                .anyMatch(r -> r.startsWith("PA "))
                .anyMatch(r -> r.startsWith("NQ4-NHE"))
                .anyMatch(r -> r.startsWith("KL-DANG") || r.startsWith("QD366-KL") || r.startsWith("QD124-KL"));
    }

    /** An officer of the head's kind with one entry of the head's list, and the same officer without it. */
    record Head(String sentence, boolean leader, boolean partyMember, String list) {
        @Override
        public String toString() {
            return sentence;
        }
    }

    static List<Head> heads() {
        return List.of(
                new Head("Có cán bộ có ghi nhận biểu hiện suy thoái", false, false, "signs"),
                new Head("Có người lãnh đạo, quản lý có ghi nhận biểu hiện suy thoái", true, false, "signs"),
                new Head("Có đảng viên có ghi nhận biểu hiện suy thoái", false, true, "signs"),
                new Head("Có cán bộ có quyết định kỷ luật", false, false, "disciplines"),
                new Head("Có đảng viên có quyết định kỷ luật", false, true, "disciplines"),
                new Head("Có cán bộ có đánh giá phong cách không đạt", false, false, "unmet style"),
                new Head("Có cán bộ có phản ánh của người dân", false, false, "feedback"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void aLocalRuleWithTheHeadAlone_firesForAnOfficerWithAnEntry_andStopsAtOneWithout(Head head) {
        RuleSource local = RuleSource.of("dia-phuong/dau-cau.dslr", RuleSource.Kind.DSLR, """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                rule "DAU-CAU câu mở đầu có danh sách"
                when
                    %s
                then
                    >insert(new ReviewFlag($o.id(), "DAU-CAU", "Câu mở đầu khớp"));
                end
                """.formatted(head.sentence()));
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).rules(local).build();
        GeneratedUnit unit = new UnitGenerator(CriteriaCatalogue.standard()).unit(7L, 1);
        int year = unit.year();
        Officer o = unit.officers().get(0);
        Officer bare = new Officer(o.id(), o.name(), o.unitId(), o.group(), head.leader() ? Role.HEAD : Role.STAFF,
                head.partyMember(), o.monthsWorked(), o.tasks(), o.scores(), List.of(), List.of(),
                List.of(new StyleEvaluation("PC-CT-01", true)), List.of(), o.history());
        Officer with = switch (head.list()) {
            case "signs" -> copy(bare, List.of(new SignFinding("NQ4-DD-01", true, Optional.of(LocalDate.of(year, 2, 1)),
                    "Biên bản")), bare.disciplines(), bare.styleEvaluations(), bare.citizenFeedback());
            case "disciplines" -> copy(bare, bare.signs(), List.of(new DisciplineRecord(DisciplineForm.KHIEN_TRACH,
                    DisciplineSystem.PARTY, LocalDate.of(year, 3, 1), "QĐ 1", false)), bare.styleEvaluations(),
                    bare.citizenFeedback());
            case "unmet style" -> copy(bare, bare.signs(), bare.disciplines(),
                    List.of(new StyleEvaluation("PC-CT-01", true), new StyleEvaluation("PC-CV-01", false)),
                    bare.citizenFeedback());
            default -> copy(bare, bare.signs(), bare.disciplines(), bare.styleEvaluations(),
                    List.of(new CitizenFeedback(LocalDate.of(year, 3, 1), FeedbackKind.PRAISE, "BIET-01", true)));
        };
        // the other kinds of officer do not match a head that names one
        Officer otherKind = new Officer(with.id(), with.name(), with.unitId(), with.group(),
                head.leader() ? Role.STAFF : with.role(), !head.partyMember() && with.partyMember(), with.monthsWorked(),
                with.tasks(), with.scores(), with.signs(), with.disciplines(), with.styleEvaluations(),
                with.citizenFeedback(), with.history());

        assertThat(flagCodes(assessor, unit, with)).contains("DAU-CAU");
        assertThat(flagCodes(assessor, unit, bare)).doesNotContain("DAU-CAU");
        if (head.leader() || head.partyMember()) {
            assertThat(flagCodes(assessor, unit, otherKind)).doesNotContain("DAU-CAU");
        }
    }

    private static List<String> flagCodes(Assessor assessor, GeneratedUnit unit, Officer officer) {
        return assessor.assessAll(new GeneratedUnit(unit.year(), unit.unit(), List.of(officer)).dossiers())
                .assessments().get(0).reviewFlags().stream().map(Flag::code).toList();
    }

    private static Officer copy(Officer o, List<SignFinding> signs, List<DisciplineRecord> disciplines,
                                List<StyleEvaluation> style, List<CitizenFeedback> feedback) {
        return new Officer(o.id(), o.name(), o.unitId(), o.group(), o.role(), o.partyMember(), o.monthsWorked(),
                o.tasks(), o.scores(), signs, disciplines, style, feedback, o.history());
    }
}
