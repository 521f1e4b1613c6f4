package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.law.GeneratedUnit;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.junit.jupiter.api.Test;

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
                    + "|quyết định kỷ luật|đánh giá phong cách|phản ánh của người dân)\\s*$");

    @Test
    void standardCriteria_rateAsWithThePlainHeads_onGeneratedUnitsOfEveryYear() {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> plain = new ArrayList<>();
        int replaced = 0;
        for (RuleSource s : standard.sources()) {
            if (s.kind() == RuleSource.Kind.DSLR) {
                Matcher m = FILTERED_HEAD.matcher(s.text());
                String text = m.replaceAll("$1$2");
                replaced += FILTERED_HEAD.matcher(s.text()).results().count();
                plain.add(RuleSource.of(s.name(), s.kind(), text));
            } else {
                plain.add(s);
            }
        }
        // every one of the 21 rules of the three .dslr files starts from a filtered head
        assertThat(replaced).isEqualTo(21);
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

    @Test
    void aLocalRuleWithTheHeadAlone_firesForAnOfficerWithAnEntry_andStopsAtOneWithout() {
        RuleSource local = RuleSource.of("dia-phuong/phan-anh.dslr", RuleSource.Kind.DSLR, """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                rule "PA-CO có phản ánh của người dân: đề nghị xem xét"
                when
                    Có cán bộ có phản ánh của người dân
                then
                    >insert(new ReviewFlag($o.id(), "PA-CO", "Có phản ánh của người dân"));
                end
                """);
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).rules(local).build();
        GeneratedUnit unit = new UnitGenerator(CriteriaCatalogue.standard()).unit(7L, 1);
        Officer any = unit.officers().get(0);
        Officer without = withFeedback(any, List.of());
        Officer with = withFeedback(any, List.of(new CitizenFeedback(LocalDate.of(unit.year(), 3, 1),
                FeedbackKind.PRAISE, "BIET-01", true)));

        List<String> flagsWith = flagCodes(assessor, new GeneratedUnit(unit.year(), unit.unit(), List.of(with)));
        List<String> flagsWithout = flagCodes(assessor, new GeneratedUnit(unit.year(), unit.unit(), List.of(without)));

        assertThat(flagsWith).contains("PA-CO");
        assertThat(flagsWithout).doesNotContain("PA-CO");
    }

    private static List<String> flagCodes(Assessor assessor, GeneratedUnit unit) {
        return assessor.assessAll(unit.dossiers()).assessments().get(0).reviewFlags().stream()
                .map(Flag::code).toList();
    }

    private static Officer withFeedback(Officer o, List<CitizenFeedback> feedback) {
        return new Officer(o.id(), o.name(), o.unitId(), o.group(), o.role(), o.partyMember(), o.monthsWorked(),
                o.tasks(), o.scores(), o.signs(), o.disciplines(), o.styleEvaluations(), feedback, o.history());
    }
}
