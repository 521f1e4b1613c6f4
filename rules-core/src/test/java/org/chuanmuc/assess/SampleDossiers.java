package org.chuanmuc.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Severity;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Unit;

/** Dossiers for the guard and reload tests. */
public final class SampleDossiers {
    /** The unit every sample officer belongs to. */
    public static final Unit UNIT = Unit.of("u1", "Đội Cảnh sát giao thông");
    /**
     * The signs the sample officers carry, as a catalogue: the assessor refuses a sign its catalogue lacks, so a
     * test with a catalogue of its own lists at least these.
     */
    public static final List<Criterion> SIGNS = List.of(
            new Criterion("NQ4-DD-03", "DD", "Kê khai không trung thực", "Quy định 4", Optional.of(Severity.NGHIEM_TRONG)),
            new Criterion("NQ4-DD-05", "DD", "Né tránh trách nhiệm", "Quy định 4", Optional.of(Severity.NHE)));

    private SampleDossiers() {
    }

    /** @return a staff member with no findings at all, in 2025 */
    public static Dossier plain(String officerId) {
        return dossier(Officer.builder(officerId, UNIT.id(), Role.STAFF).tasks(10, 10, 10, 8));
    }

    /** @return a party member with something for most rules to match: signs, discipline, feedback, weak tasks */
    public static Dossier busy(String officerId) {
        return dossier(Officer.builder(officerId, UNIT.id(), Role.HEAD)
                .partyMember(true)
                .tasks(10, 6, 5, 2)
                .sign(new SignFinding("NQ4-DD-03", true, Optional.of(LocalDate.of(2025, 12, 10)), "biên bản"))
                .sign("NQ4-DD-05", true)
                .sign("NQ4-DD-03", false)
                .discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.PARTY,
                        LocalDate.of(2025, 3, 1), "QĐ 12/QĐ-UBKT", true))
                .discipline(new DisciplineRecord(DisciplineForm.CANH_CAO, DisciplineSystem.STATE,
                        LocalDate.of(2025, 5, 1), "QĐ 34/QĐ-CAT", true))
                .feedback(new CitizenFeedback(LocalDate.of(2025, 4, 1), FeedbackKind.COMPLAINT, "NQ4-DD-03", true))
                .feedback(new CitizenFeedback(LocalDate.of(2025, 6, 1), FeedbackKind.PRAISE, "PC-01", true))
                .style("PC-01", false)
                .style("PC-02", true)
                .history(2024, org.chuanmuc.model.RatingLevel.KHONG_HOAN_THANH)
                .history(2023, org.chuanmuc.model.RatingLevel.KHONG_HOAN_THANH));
    }

    private static Dossier dossier(OfficerBuilder officer) {
        return new Dossier(new Period(2025), UNIT, officer.build());
    }
}
