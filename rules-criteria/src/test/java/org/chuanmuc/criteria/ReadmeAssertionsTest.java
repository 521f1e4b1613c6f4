package org.chuanmuc.criteria;

import static org.chuanmuc.assertions.ChuanmucAssertions.assertThat;

import java.nio.file.Path;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/** The README's "Assertions for your tests" line, on the 2025 sample it is written for. */
class ReadmeAssertionsTest {

    @Test
    void readmeReportAssertion_holdsOnTheSample() {
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        AssessmentReport report = assessor.assessAll(DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes())
                .read(Path.of("..", "examples", "data", "sample-2025.json")).dossiers());

        // the one officer under 6 months worked is proposed xuất sắc for information and counted in no level, as
        // assess's summary counts them (byRating 1, notRated 1)
        assertThat(report).hasAssessed(55).hasCount(RatingLevel.HOAN_THANH_XUAT_SAC, 1).hasNotRated(1)
                .assessmentOf("CB-0038").hasReviewFlag("LS-KHT2");
    }
}
