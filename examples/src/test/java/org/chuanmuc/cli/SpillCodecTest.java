package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;

/** What goes into a spill file comes back equal, for every officer of both samples. */
class SpillCodecTest {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();

    @Test
    void roundTrip_everyDossierAndAssessmentOfTheSamples_comesBackEqual() {
        SpillCodec codec = new SpillCodec(true);
        for (String sample : List.of("data/sample-2025.json", "data/sample-2026.json")) {
            DossierFile file = Readers.standard().read(Path.of(sample));
            List<UnitAssessment.Outcome> outcomes = new UnitAssessment(ASSESSOR).assess(file.entries());
            assertThat(outcomes).hasSize(file.entries().size());
            for (UnitAssessment.Outcome outcome : outcomes) {
                UnitAssessment.Assessed a = (UnitAssessment.Assessed) outcome;
                Dossier dossier = a.dossier();
                assertThat(codec.dossier(codec.dossier(dossier))).isEqualTo(dossier);
                assertThat(codec.outcome(codec.outcome(outcome))).isEqualTo(outcome);
            }
        }
    }

    @Test
    void roundTrip_withoutDossiers_keepsTheAssessmentOnly() {
        SpillCodec codec = new SpillCodec(false);
        DossierFile file = Readers.standard().read(Path.of("data/sample-2025.json"));
        UnitAssessment.Assessed a = (UnitAssessment.Assessed) new UnitAssessment(ASSESSOR)
                .assess(file.entries()).get(11);
        UnitAssessment.Assessed back = (UnitAssessment.Assessed) codec.outcome(codec.outcome(a));
        Assessment assessment = back.assessment();
        assertThat(assessment).isEqualTo(a.assessment());
        assertThat(assessment.reasons()).isNotEmpty();
        assertThat(back.dossier()).isNull();
        assertThat(back.index()).isEqualTo(11);
    }

    @Test
    void roundTrip_refusal_keepsIndexIdNameUnitAndEveryError() {
        SpillCodec codec = new SpillCodec(true);
        UnitAssessment.Refused refused = new UnitAssessment.Refused(7, new RejectedOfficer(7, "CB-Đỗ", "Đỗ Thị Hằng",
                "PC08", List.of(new FieldError("officers[7].tasks", "bắt buộc phải có (required)"),
                        new FieldError("officers[7].unitId", "không có đơn vị (no such unit)"))));
        assertThat(codec.outcome(codec.outcome(refused))).isEqualTo(refused);
    }
}
