package org.chuanmuc.examples;

import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;

/** The embedding example of the README, kept compiling here; a test checks the two are the same code. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        // README:start
        Assessor assessor = Assessor.builder()
                .rules(StandardCriteria.rules())           // the published criteria, guarded and compiled once
                .build();                                   // immutable and thread-safe: keep one per application
        Officer officer = Officer.builder("CB-0001", "PC08", Role.STAFF)
                .name("Nguyễn Văn An").monthsWorked(12)
                .tasks(40, 40, 36, 34)                      // assigned, completed, on time, at quality
                .sign("NQ4-DD-03", true)                    // a verified sign of Resolution 04-NQ/TW
                .build();
        Dossier dossier = new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), officer);
        Assessment result = assessor.assess(dossier);
        System.out.println(result.ratingLabel());           // Không hoàn thành nhiệm vụ
        result.reasons().forEach(r -> System.out.println(r.criterion() + ": " + r.message() + " — " + r.citation()));
        // README:end
    }
}
