package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;

/**
 * One staff member who meets every condition of the top level (40 of 40 tasks on time and at quality; from 2026 also
 * 28 + 65 = 93 points) in an outstanding unit, so that the quota plays no part: without anything else in the dossier
 * the decrees rate him Hoàn thành xuất sắc. Tests add one list to the dossier and read it as the CLI reads a file.
 */
final class TopLevelStaff {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();
    private static final DossierReader READER =
            DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());

    private TopLevelStaff() {
    }

    /**
     * @param field the officer's list field, e.g. {@code citizenFeedback}
     * @param items the list's elements as JSON, separated by commas
     * @return the input file of that one officer in the given year
     */
    static String json(int year, String field, CharSequence items) {
        return "{\"period\":{\"year\":" + year + "},\"units\":[{\"id\":\"DV\",\"name\":\"Đội\","
                + "\"outstanding\":true}],\"officers\":[{\"id\":\"CB-1\",\"unitId\":\"DV\",\"role\":\"STAFF\","
                + "\"monthsWorked\":12,\"tasks\":{\"assigned\":40,\"completed\":40,\"onTime\":40,\"highQuality\":40}"
                + (year >= 2026 ? ",\"scores\":{\"general\":28,\"tasks\":65}" : "")
                + ",\"" + field + "\":[" + items + "]}]}";
    }

    /** @return the officer of {@code json} assessed with the standard criteria; fails when the reader rejects it */
    static Assessment assess(String json) {
        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r4.json");
        assertThat(file.rejected()).as(json).isEmpty();
        return ASSESSOR.assess(file.dossiers().get(0));
    }
}
